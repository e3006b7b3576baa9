#!/bin/bash
# Compose one-shot job (postgres:15 image): per-host login roles and schemas from ops/sql, in the
# compose PostgreSQL's `hubs` database. Idempotent, so it runs on every `up`.
set -euo pipefail
PGPASSWORD=$(cat /run/secrets/postgres_superuser_password)
export PGPASSWORD PGHOST=postgres PGUSER=postgres
psql -v ON_ERROR_STOP=1 -d postgres -f /sql/roles.sql \
  -v clinical_password="$HUBS_CLINICAL_DB_PASSWORD" \
  -v insights_password="$HUBS_INSIGHTS_DB_PASSWORD" \
  -v identity_password="$HUBS_IDENTITY_DB_PASSWORD"
psql -v ON_ERROR_STOP=1 -d hubs -v dbname=hubs -f /sql/schemas.sql
