# ops/hubs format
# shellcheck shell=bash

cmd_help() {
  cat <<'HELP'
Usage: ops/hubs format [--check] [PATH...]

Formats the C# code (src, tests and benchmarks by default, or the given paths) to lines of at most
120 columns: restores the pinned CSharpier (.config/dotnet-tools.json) and runs it with
.csharpierrc.json (.csharpierignore skips obj, bin, wwwroot, generated and XML files), then re-wraps
the /// and // comments that are still too long with ops/lib/wrap_comments.py (CSharpier never
breaks a comment). Long string literals and Razor (.cshtml) lines are not broken by either: split
them by hand. LineLengthTests in tests/Hubs.Architecture.Tests fails on any line over 120.

--check changes nothing: it lists what would change and exits 1 if anything would.
HELP
}

cmd_main() {
  local mode=format check=() paths=()
  while (($#)); do
    case $1 in
      --check) mode=check check=(--check) ;;
      -*) die "format: unknown option $1" ;;
      *) paths+=("$1") ;;
    esac
    shift
  done
  ((${#paths[@]})) || paths=(src tests benchmarks)
  apt_ensure python3
  cd "$HUBS_REPO"
  dotnet tool restore >/dev/null || die "dotnet tool restore failed (is the csharpier package on the NuGet feed?)"
  local failed=0
  say "csharpier $mode ${paths[*]}"
  dotnet csharpier "$mode" "${paths[@]}" || failed=1
  say "re-wrapping long comments"
  python3 "$HUBS_LIB/wrap_comments.py" --width 120 "${check[@]}" "${paths[@]}" || failed=1
  return $failed
}
