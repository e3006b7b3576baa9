# ops/hubs create-first-admin
# shellcheck shell=bash
source "$HUBS_LIB/stack.sh"

cmd_help() {
  cat <<'HELP'
Usage: ops/hubs create-first-admin --email EMAIL --hub HUB-ID

The first hub admin of a deployment started without the demo seed (HUBS_SEED_DEMO=0), through
Identity's `create-first-admin`: the account, in the Hub HUB-ID (an id of Web's Hubs__Directory, e.g.
north), and a one-time link, valid for a day, to hand to that person: they choose their password and
set up their authenticator app, then invite everyone else from the admin pages. No password is ever
printed. Refused (nothing changed, exit 1) once any hub admin exists; two runs at once take turns
(a PostgreSQL advisory lock), so one makes the admin and the other is refused.

With ConnectionStrings__Identity and Oidc__Issuer set in the environment, that Identity database is
used and the link points at Oidc__Issuer; otherwise the local stack's (.hubs).
HELP
}

cmd_main() {
  local email="" hub=""
  while (($#)); do
    case $1 in
      --email) email=${2:-}; shift 2 || shift ;;
      --hub) hub=${2:-}; shift 2 || shift ;;
      *) die "unknown argument: $1 (see --help)" ;;
    esac
  done
  [[ -n $email && -n $hub ]] || die "give the admin's --email and their --hub (see --help)"
  build_solution
  if [[ -n ${ConnectionStrings__Identity:-} && -n ${Oidc__Issuer:-} ]]; then
    (cd "$(dirname "$(host_dll identity)")" && dotnet "$(host_dll identity)" create-first-admin \
      --email "$email" --hub "$hub")
    return
  fi
  load_settings
  load_secrets
  run_host_command_here identity create-first-admin --email "$email" --hub "$hub" \
    --url "http://127.0.0.1:$HUBS_IDENTITY_PORT"
}
