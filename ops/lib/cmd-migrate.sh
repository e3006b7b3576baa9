# ops/hubs migrate
# shellcheck shell=bash
source "$HUBS_LIB/stack.sh"

cmd_help() {
  cat <<'HELP'
Usage: ops/hubs migrate

Applies the database schema by running each host's own `migrate` command (Web: the clinical
event store; Insights: the aggregate store; Identity: its tables). Use it in production, where
Hubs__Schema__AutoCreate is false.

With ConnectionStrings__Clinical, ConnectionStrings__Insights and ConnectionStrings__Identity all
set in the environment, those databases are migrated; otherwise the local stack (.hubs) is, and
PostgreSQL is started and prepared first. Builds Hubs.sln unless HUBS_SKIP_BUILD=1.
HELP
}

cmd_main() {
  (($# == 0)) || die "migrate takes no arguments"
  build_solution
  if [[ -n ${ConnectionStrings__Clinical:-} && -n ${ConnectionStrings__Insights:-} && -n ${ConnectionStrings__Identity:-} ]]; then
    local host
    for host in "${HOSTS[@]}"; do
      say "applying the $host schema"
      (cd "$(dirname "$(host_dll "$host")")" && dotnet "$(host_dll "$host")" migrate)
    done
    return 0
  fi
  load_settings
  load_secrets
  save_settings
  apt_ensure postgresql-15
  "$HUBS_LIB/postgres.sh" start "$HUBS_STATE/postgres" "$HUBS_PG_PORT"
  prepare_database
  migrate_all
}
