# ops/hubs rotate-keys
# shellcheck shell=bash
source "$HUBS_LIB/stack.sh"

cmd_help() {
  cat <<'HELP'
Usage: ops/hubs rotate-keys [--oidc-only | --data-keys-only | --pseudonymisation-only] [--yes]

Rotates the local stack's keys (the stack must be up):
  OIDC signing/encryption keys  Identity's `rotate-keys 24`: a new key pair signs from now on; the old
                                one still validates tokens for 24 hours, so nobody is signed out.
                                Retire it later with `dotnet Hubs.Identity.dll retire-keys`.
  data master key               a new DataKeys__MasterKey for Web; the old one stays as
                                DataKeys__PreviousMasterKeys__0 while Web's `rewrap-data-keys` moves
                                every keyworker's data key under the new one, then it is dropped.
                                Nothing is re-encrypted in the event store; nobody notices.
  pseudonymisation key          a new Pseudonymisation__Key for Web. Every journey key the Insights
                                side has seen changes, so the aggregates are rebuilt from the event
                                store straight after (Insights emptied, every event replayed): counts
                                are unchanged, the old keys can no longer be linked to anything, and
                                dashboards show partial figures while the replay runs.
An interrupted data-key rotation is finished (not restarted) by running the command again.
Production: ops/runbooks/rotate-oidc-keys.md and ops/runbooks/rotate-data-master-key.md.
HELP
}

# set_secret NAME VALUE: replaces (or adds) NAME in the secrets file; an empty VALUE removes it.
set_secret() {
  sed -i "/^$1=/d" "$SECRETS_FILE"
  [[ -z $2 ]] || echo "$1=$2" >>"$SECRETS_FILE"
}

restart_web() {
  stop_host web
  start_host web
  wait_healthy "${HUBS_UP_TIMEOUT:-120}"
}

rotate_data_master_key() {
  if [[ -z ${HUBS_DATA_PREVIOUS_MASTER_KEY:-} ]]; then
    say "new data master key; the old one stays readable until every data key is re-wrapped"
    set_secret HUBS_DATA_PREVIOUS_MASTER_KEY "$HUBS_DATA_MASTER_KEY"
    set_secret HUBS_DATA_MASTER_KEY "$(head -c 32 /dev/urandom | base64 -w0)"
    load_secrets
    restart_web
  else
    say "finishing an interrupted data master key rotation"
  fi
  run_host_command web rewrap-data-keys
  tail -n 1 "$LOG_DIR/web-rewrap-data-keys.log"
  set_secret HUBS_DATA_PREVIOUS_MASTER_KEY ""
  unset HUBS_DATA_PREVIOUS_MASTER_KEY
  load_secrets
  say "restarting Web without the old data master key"
  restart_web
}

cmd_main() {
  local oidc=1 data_keys=1 pseudonymisation=1 yes=0 arg
  for arg in "$@"; do
    case $arg in
      --oidc-only) data_keys=0 pseudonymisation=0 ;;
      --data-keys-only) oidc=0 pseudonymisation=0 ;;
      --pseudonymisation-only) oidc=0 data_keys=0 ;;
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
  if ((data_keys)); then rotate_data_master_key; fi
  ((pseudonymisation)) || return 0
  if ((!yes)); then
    read -r -p "Rotate the pseudonymisation key and rebuild the Insights aggregates? Type 'rotate': " answer
    [[ $answer == rotate ]] || die "nothing rotated"
  fi
  set_secret HUBS_PSEUDONYMISATION_KEY "$(head -c 32 /dev/urandom | base64 -w0)"
  load_secrets
  say "restarting Web with the new pseudonymisation key"
  restart_web
  HUBS_SKIP_BUILD=1 source "$HUBS_LIB/cmd-rebuild.sh"
  HUBS_SKIP_BUILD=1 cmd_main
}
