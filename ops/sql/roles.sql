-- Cluster-wide login roles, one per host, so that each host's database role can reach only its own
-- schema. Idempotent. Passwords come from psql variables (-v clinical_password=… etc.).
SELECT format('CREATE ROLE %I LOGIN', r) FROM unnest(ARRAY['hubs_clinical', 'hubs_insights', 'hubs_identity']) AS r
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) \gexec
ALTER ROLE hubs_clinical PASSWORD :'clinical_password';
ALTER ROLE hubs_insights PASSWORD :'insights_password';
ALTER ROLE hubs_identity PASSWORD :'identity_password';
