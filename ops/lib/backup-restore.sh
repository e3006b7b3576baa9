# The steps of `restore` around pg_restore itself. Sourced by cmd-restore.sh.
# shellcheck shell=bash

# A restore under a running host would mix its writes into the restored data, or fail halfway.
refuse_while_in_use() { # FORCE(0|1)
  local -a running=()
  local host sessions
  if [[ $TARGET_MODE == local ]]; then
    for host in "${HOSTS[@]}"; do
      if host_running "$host"; then running+=("$host"); fi
    done
  fi
  sessions=$(psql_target postgres -tA -F ' ' -v dbs="${TARGET_DATABASES[*]}" <<<"
    SELECT datname, usename, coalesce(nullif(application_name, ''), '-'), coalesce(client_addr::text, 'socket')
    FROM pg_stat_activity WHERE datname = ANY (string_to_array(:'dbs', ' ')) AND pid <> pg_backend_pid()")
  if ((${#running[@]} == 0)) && [[ -z $sessions ]]; then return 0; fi
  if ((${#running[@]})); then say "the local stack's hosts are running: ${running[*]} (ops/hubs down stops them)"; fi
  if [[ -n $sessions ]]; then
    say "sessions connected to the databases (database, role, application, client):"
    sed 's/^/  /' <<<"$sessions" >&2
  fi
  (($1)) || die "stop the hosts first (every replica), or use --force to cut them off: nothing restored"
  say "--force: going on; those connections will be cut"
}

confirm_restore() { # DIR YES(0|1)
  say "backup $1: $(jq -r '"taken \(.createdUtc) from \(.server) (PostgreSQL \(.postgresVersion)), Hubs \(.hubsCommit)"' "$1/backup.json")"
  say "this REPLACES $(target_label): everything written since the backup is lost"
  if (($2)); then return 0; fi
  [[ -t 0 ]] || die "not a terminal: use ops/hubs restore DIR --yes"
  local answer
  read -r -p "Type 'restore' to go on: " answer
  [[ $answer == restore ]] || die "nothing restored"
}

# roles.sql is pg_dumpall's: CREATE ROLE fails for a role that exists, so each becomes "create if
# missing". The dump holds no passwords, so existing roles keep theirs.
restore_roles() { # ROLES_SQL
  say "recreating the roles (existing ones keep their passwords)"
  sed -E 's/^CREATE ROLE (.+);$/DO $restore$ BEGIN CREATE ROLE \1; EXCEPTION WHEN duplicate_object THEN NULL; END $restore$;/' "$1" \
    | psql_target postgres >/dev/null || die "recreating the roles failed: no database was touched"
}

# One line per database: size, tables and exact rows per schema, and the event store's extent.
print_restored() {
  local db
  for db in "${TARGET_DATABASES[@]}"; do
    psql_target "$db" -tA <<'SQL'
SELECT format('%s (%s): %s', current_database(), pg_size_pretty(pg_database_size(current_database())),
         coalesce(string_agg(format('%s: %s tables, %s rows', schemaname, tables, total), '; ' ORDER BY schemaname), 'no tables'))
FROM (SELECT schemaname, count(*) AS tables,
             sum((xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM %I.%I', schemaname, tablename),
                 false, true, '')))[1]::text::bigint) AS total
      FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema') GROUP BY schemaname) s;
SELECT format('  event store: %s streams, %s events', (xpath('/row/n/text()', query_to_xml('SELECT count(*) AS n FROM clinical.mt_streams', false, true, '')))[1],
         (xpath('/row/n/text()', query_to_xml('SELECT count(*) AS n FROM clinical.mt_events', false, true, '')))[1])
WHERE to_regclass('clinical.mt_events') IS NOT NULL AND to_regclass('clinical.mt_streams') IS NOT NULL;
SQL
  done
}
