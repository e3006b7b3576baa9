# ops/hubs reset
# shellcheck shell=bash
source "$HUBS_LIB/stack.sh"

cmd_help() {
  cat <<'HELP'
Usage: ops/hubs reset [--yes]

Stops the local stack and deletes its state dir (.hubs, or HUBS_STATE_DIR): the database, the
broker's data, logs, dev secrets and demo sign-ins. Asks you to type "reset" unless --yes.
HELP
}

cmd_main() {
  case ${1:-} in
    --yes) ;;
    "")
      [[ -t 0 ]] || die "not a terminal: use ops/hubs reset --yes"
      local answer
      read -r -p "This deletes all local Hubs data in $HUBS_STATE. Type 'reset' to go on: " answer
      [[ $answer == reset ]] || die "nothing deleted"
      ;;
    *) die "unknown option: $1" ;;
  esac
  [[ -d $HUBS_STATE ]] || { say "nothing to reset ($HUBS_STATE does not exist)"; return 0; }
  load_settings
  stop_hosts
  stop_infrastructure
  rm -rf "$HUBS_STATE"
  say "deleted $HUBS_STATE"
}
