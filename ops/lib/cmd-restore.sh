# ops/hubs restore
# shellcheck shell=bash
source "$HUBS_LIB/stack.sh"
source "$HUBS_LIB/backup-target.sh"
source "$HUBS_LIB/backup-verify.sh"
source "$HUBS_LIB/backup-restore.sh"

cmd_help() {
  cat <<'HELP'
Usage: ops/hubs restore DIR [--yes] [--force]

Restores a folder written by `ops/hubs backup`. First checks every file against MANIFEST.sha256 and
refuses, naming the file, if one is missing or altered. Then asks you to type "restore" (unless
--yes), recreates the roles (existing ones keep their passwords), and replaces each database in
the backup: DROP DATABASE, then `pg_restore --create`. Prints what was restored.

Stop the hosts first (every replica of Web, Insights and Identity): restore refuses while the local
stack's hosts run or while anything else is connected to the databases, unless --force (which cuts
those connections off). Targets the same databases as `backup` (HUBS_PG_DATABASES on
HUBS_PG_HOST:HUBS_PG_PORT, the ConnectionStrings__* databases, or the local stack's `hubs`); they
must be the databases the backup holds. On the local stack the role passwords are then set from
.hubs/secrets.env; elsewhere, new roles need theirs from your secret store (ops/sql/roles.sql).
HELP
}

cmd_main() {
  local dir="" yes=0 force=0 arg
  for arg in "$@"; do
    case $arg in
      --yes) yes=1 ;;
      --force) force=1 ;;
      -*) die "unknown option: $arg" ;;
      *) [[ -z $dir ]] || die "restore takes one folder"; dir=$arg ;;
    esac
  done
  [[ -n $dir ]] || die "usage: ops/hubs restore DIR [--yes] [--force]"
  apt_ensure postgresql-client-15 jq
  verify_backup "$dir"
  dir="$(cd "$dir" && pwd)"
  resolve_target
  same_set "${TARGET_DATABASES[*]}" "${BACKUP_DATABASES[*]}" \
    || die "the backup holds ${BACKUP_DATABASES[*]} but the target is $(target_label): nothing restored"
  ensure_local_server create
  require_server
  refuse_while_in_use "$force"
  confirm_restore "$dir" "$yes"
  restore_roles "$dir/roles.sql"
  local db
  for db in "${TARGET_DATABASES[@]}"; do
    say "restoring database $db"
    psql_target postgres -v db="$db" <<<'SET client_min_messages = warning; DROP DATABASE IF EXISTS :"db" WITH (FORCE);'
    pg_tool pg_restore --create --exit-on-error --dbname=postgres "$dir/$db.dump" \
      || die "pg_restore of $db failed: $db is incomplete; fix the cause and restore again"
  done
  if [[ $TARGET_MODE == local ]]; then
    load_secrets
    psql_target postgres -f "$HUBS_REPO/ops/sql/roles.sql" -v clinical_password="$HUBS_CLINICAL_PASSWORD" \
      -v insights_password="$HUBS_INSIGHTS_PASSWORD" -v identity_password="$HUBS_IDENTITY_PASSWORD" >/dev/null
  fi
  say "restored $(target_label) from $dir"
  print_restored
}
