# ops/hubs backup
# shellcheck shell=bash
source "$HUBS_LIB/stack.sh"
source "$HUBS_LIB/backup-target.sh"

cmd_help() {
  cat <<'HELP'
Usage: ops/hubs backup [DIR]

Backs up every Hubs database into DIR/<UTC timestamp>/ (DIR defaults to .hubs/backups) and prints
that folder's path: one `pg_dump --format=custom --create` file per database (<name>.dump), the
cluster's roles (roles.sql, `pg_dumpall --roles-only` WITHOUT passwords: a restore keeps existing
roles' passwords and takes new ones from your secrets), backup.json (when, which databases, the
PostgreSQL version, the Hubs commit) and MANIFEST.sha256 over every other file. The folder only
appears, under its final name, once everything in it is written and checksummed.

Which databases: HUBS_PG_DATABASES (space separated) on HUBS_PG_HOST:HUBS_PG_PORT; else those named
by ConnectionStrings__Clinical, __Insights and __Identity (all three set, as for `migrate`); else the
local stack's `hubs` database. Connects as HUBS_PG_USER (postgres), password from PGPASSWORD or
~/.pgpass. The hosts may keep running: each dump is one consistent snapshot of its database
(separate databases are dumped one after another; see ops/runbooks/restore-from-backup.md).
The files hold special-category data: encrypt them before they leave the machine.
HELP
}

cmd_main() {
  (($# <= 1)) || die "backup takes at most one argument, the folder to back up into"
  [[ ${1:-} != -* ]] || die "unknown option: $1"
  resolve_target
  local parent=${1:-$HUBS_STATE/backups}
  ensure_local_server existing
  require_server
  local db
  for db in "${TARGET_DATABASES[@]}"; do
    database_exists "$db" || die "database $db does not exist on $TARGET_HOST:$TARGET_PORT: nothing backed up"
  done

  mkdir -p "$parent"
  apt_ensure jq
  local now stamp final partial
  now=$(date -u +%s)
  stamp=$(date -u -d "@$now" +%Y%m%dT%H%M%SZ)
  final="$(cd "$parent" && pwd)/$stamp"
  [[ ! -e $final ]] || die "$final already exists"
  partial=$(mktemp -d "$parent/.partial-$stamp-XXXXXX")
  # On any failure the partial folder goes: a backup exists only once it is complete.
  trap 'rm -rf "$partial"' EXIT
  (umask 077; write_backup "$partial" "$(date -u -d "@$now" +%Y-%m-%dT%H:%M:%SZ)")
  mv -T "$partial" "$final"
  trap - EXIT
  say "backed up $(target_label) into $final"
  echo "$final"
}

write_backup() { # DIR CREATED_UTC
  local dir=$1 db
  say "dumping the roles (without passwords)"
  pg_tool pg_dumpall --roles-only --no-role-passwords --file="$dir/roles.sql" \
    || die "pg_dumpall --roles-only failed: nothing backed up"
  for db in "${TARGET_DATABASES[@]}"; do
    say "dumping database $db"
    pg_tool pg_dump --format=custom --create --file="$dir/$db.dump" --dbname="$db" \
      || die "pg_dump of $db failed: nothing backed up"
  done
  write_backup_json "$dir/backup.json" "$2"
  (cd "$dir" && sha256sum -- *.dump roles.sql backup.json >MANIFEST.sha256)
}

write_backup_json() { # FILE CREATED_UTC
  local version commit
  version=$(psql_target postgres -tAc 'SHOW server_version')
  commit=$(git -C "$HUBS_REPO" rev-parse HEAD 2>/dev/null || echo unknown)
  [[ -z $(git -C "$HUBS_REPO" status --porcelain --untracked-files=no 2>/dev/null) ]] || commit="$commit+modified"
  jq -n --arg created "$2" --arg host "$TARGET_HOST" --arg port "$TARGET_PORT" --arg version "$version" \
    --arg commit "$commit" --args '{
      format: 1, createdUtc: $created, server: "\($host):\($port)", postgresVersion: $version,
      hubsCommit: $commit, databases: $ARGS.positional,
      roles: "roles.sql, without passwords" }' "${TARGET_DATABASES[@]}" >"$1"
}
