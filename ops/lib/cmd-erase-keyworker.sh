# ops/hubs erase-keyworker
# shellcheck shell=bash
source "$HUBS_LIB/stack.sh"

cmd_help() {
  cat <<'HELP'
Usage: ops/hubs erase-keyworker (KEYWORKER-ID | --journey JOURNEY-ID) --by NAME
                                [--ground kept-without-need|draft-expired|retention-expired]
                                [--reference REF] [--yes]

Destroys one keyworker's data key (crypto-shredding, Web's `erase-keyworker`): their personal data in
every journey, projection and later backup becomes unreadable for good; dates, states and scores stay.
Each of their journeys gets a "personal data shredded" event and an audit record keeps who ran it
(--by), the ground (default kept-without-need) and the decision's reference (e.g. the DPO's). Running
it again changes nothing. Web replicas stop showing the data within 30 seconds (their key cache).
Only after a recorded decision: ops/runbooks/erasure-request.md. Asks for confirmation unless --yes.
HELP
}

cmd_main() {
  local -a args=()
  local yes=0 arg
  for arg in "$@"; do
    if [[ $arg == --yes ]]; then yes=1; else args+=("$arg"); fi
  done
  ((${#args[@]})) || die "say whose data key: a keyworker id or --journey JOURNEY-ID (see --help)"
  load_settings
  load_secrets
  host_healthy web || die "Web is not running: start the stack with ops/hubs up"
  if ((!yes)); then
    read -r -p "This destroys the keyworker's personal data for good. Type 'erase' to go on: " answer
    [[ $answer == erase ]] || die "nothing erased"
  fi
  build_solution
  run_host_command_here web erase-keyworker "${args[@]}"
}
