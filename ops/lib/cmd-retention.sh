# ops/hubs retention
# shellcheck shell=bash
source "$HUBS_LIB/stack.sh"

cmd_help() {
  cat <<'HELP'
Usage: ops/hubs retention --dry-run
       ops/hubs retention --by NAME [--reference REF] [--yes]

The yearly retention run (Web's `retention`; ops/runbooks/retention-run.md). A keyworker's data key is
due when every journey of theirs has ended (discharge, withdrawal, closed at triage) at least
Privacy__Retention__YearsAfterCareEnds years ago (default 20, src/DOMAIN-RULES.md); a journey still open keeps it.
--dry-run only counts; otherwise each due key is destroyed as by `ops/hubs erase-keyworker` with the
ground retention-expired, recorded with --by and --reference. Prints counts only, never names; an
interrupted run is simply run again. Asks for confirmation unless --dry-run or --yes.
HELP
}

cmd_main() {
  local -a args=()
  local yes=0 dry=0 arg
  for arg in "$@"; do
    case $arg in
      --yes) yes=1 ;;
      --dry-run) dry=1; args+=("$arg") ;;
      *) args+=("$arg") ;;
    esac
  done
  load_settings
  load_secrets
  host_healthy web || die "Web is not running: start the stack with ops/hubs up"
  if ((!yes && !dry)); then
    read -r -p "Destroy the personal data of every keyworker due? Run --dry-run first. Type 'destroy': " answer
    [[ $answer == destroy ]] || die "nothing destroyed"
  fi
  build_solution
  run_host_command_here web retention "${args[@]}"
}
