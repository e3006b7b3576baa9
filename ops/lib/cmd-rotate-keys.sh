# ops/hubs rotate-keys
# shellcheck shell=bash
source "$HUBS_LIB/stack.sh"

cmd_help() {
  cat <<'HELP'
Usage: ops/hubs rotate-keys [--oidc-only | --pseudonymisation-only] [--yes]

Rotates the local stack's keys (the stack must be up):
  OIDC signing/encryption keys  Identity's `rotate-keys 24`: a new key pair signs from now on; the old
                                one still validates tokens for 24 hours, so nobody is signed out.
                                Retire it later with `dotnet Hubs.Identity.dll retire-keys`.
  pseudonymisation key          a new Pseudonymisation__Key for Web. Every journey key the Insights
                                side has seen changes, so the aggregates are rebuilt from the event
                                store straight after (Insights emptied, every event replayed): counts
                                are unchanged, the old keys can no longer be linked to anything, and
                                dashboards show partial figures while the replay runs.
Production: see ops/runbooks/rotate-oidc-keys.md; the pseudonymisation key lives in the Web secret.
HELP
}

cmd_main() {
  local oidc=1 pseudonymisation=1 yes=0 arg
  for arg in "$@"; do
    case $arg in
      --oidc-only) pseudonymisation=0 ;;
      --pseudonymisation-only) oidc=0 ;;
      --yes) yes=1 ;;
      *) die "unknown option: $arg" ;;
    esac
  done
  load_settings
  load_secrets
  host_healthy web && host_healthy insights || die "the stack is not up: start it with ops/hubs up"
  if ((oidc)); then
    say "rotating the OIDC signing and encryption keys (old keys valid for 24 h)"
    run_host_command identity rotate-keys 24
  fi
  ((pseudonymisation)) || return 0
  if ((!yes)); then
    read -r -p "Rotate the pseudonymisation key and rebuild the Insights aggregates? Type 'rotate': " answer
    [[ $answer == rotate ]] || die "nothing rotated"
  fi
  local key
  key=$(head -c 32 /dev/urandom | base64 -w0)
  sed -i "s|^HUBS_PSEUDONYMISATION_KEY=.*|HUBS_PSEUDONYMISATION_KEY=$key|" "$SECRETS_FILE"
  load_secrets
  say "restarting Web with the new pseudonymisation key"
  stop_host web
  start_host web
  wait_healthy "${HUBS_UP_TIMEOUT:-120}"
  HUBS_SKIP_BUILD=1 source "$HUBS_LIB/cmd-rebuild.sh"
  HUBS_SKIP_BUILD=1 cmd_main
}
