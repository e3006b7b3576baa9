#!/usr/bin/env bash
# The Insights rebuild's CPU per event, for a loaded machine where wall time says little: Insights emptied, then
# `web export-milestones` to a file and `insights import-milestones` from it (or piped, --piped), each process timed
# by /usr/bin/time and PostgreSQL's part read from the postmaster's reaped children (the backends of each half).
#   benchmarks/rebuild-cpu.sh --pgdata DIR --port PORT --database NAME --keys FILE [--piped] [--perf OUT-DIR]
#     [--root DIR (a checkout whose hosts are built: before and after)]
#     [--import-only DIR (a previous run's files: its export is reused, only the import runs)]
#     [--env VAR=VALUE (a runtime setting for both processes; repeatable)]
# Run it against a private cluster (nothing else of PostgreSQL's CPU is counted then); builds nothing (Release).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
case ${1:-} in -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;; esac
extra=() reuse='' pgdata='' port='' db='' keys='' piped=0 perf_dir=''
while (($#)); do
  case $1 in
    --pgdata) pgdata=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    --database) db=$2; shift 2 ;;
    --keys) keys=$2; shift 2 ;;
    --piped) piped=1; shift ;;
    --perf) perf_dir=$2; shift 2 ;;
    --root) root=$2; shift 2 ;;
    --import-only) reuse=$2; shift 2 ;;
    --env) extra+=("$2"); shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[[ -n $pgdata && -n $port && -n $db && -f $keys ]] || { sed -n '4,5p' "$0" >&2; exit 2; }
out=$(mktemp -d /tmp/rebuild-cpu.XXXXXX)
conn() { echo "Host=127.0.0.1;Port=$port;Database=$db;Username=$1;Password=hubs-test-only"; }
mapfile -t key < "$keys"
mapfile -t hubs < <(psql -h 127.0.0.1 -p "$port" -U postgres -d "$db" -Atc \
  "SELECT DISTINCT data->>'HubId' FROM clinical.mt_doc_journey ORDER BY 1")
# The runtime settings `ops/hubs rebuild` gives both processes in that checkout (before REBUILD_RUNTIME: no PGO).
REBUILD_RUNTIME=(DOTNET_TieredPGO=0)
eval "$(awk '/^REBUILD_RUNTIME=/ { on = 1 } on { print } on && /\)/ { exit }' "$root/ops/lib/cmd-rebuild.sh" 2>/dev/null)"
common=(ASPNETCORE_ENVIRONMENT=Production "${REBUILD_RUNTIME[@]}" RabbitMq__Uri=amqp://guest:guest@127.0.0.1:1/
  Oidc__Authority=http://127.0.0.1:1/ "${extra[@]}")
web=("${common[@]}" "ConnectionStrings__Clinical=$(conn hubs_clinical)" "DataKeys__MasterKey=${key[0]}"
  "Pseudonymisation__Key=${key[1]}")
for i in "${!hubs[@]}"; do web+=("Hubs__Directory__${i}__Id=${hubs[$i]}" "Hubs__Directory__${i}__Name=Hub $i"); done
insights=("${common[@]}" "ConnectionStrings__Insights=$(conn hubs_insights)")
bin() { echo "$root/src/Hubs.$1/bin/Release/net10.0"; }
# host NAME ENV-ARRAY COMMAND…: the host's one-shot command from its build output, timed (and profiled with --perf).
host() {
  local name=$1 vars="$2[@]"; shift 2
  local -a wrap=(/usr/bin/time -f "%U %S %M" -o "$out/$name.time")
  [[ -n $perf_dir ]] && wrap+=(perf record -F 499 -g -o "$perf_dir/$name.data" --)
  (cd "$(bin "${name^}")" && env "${!vars}" DOTNET_PerfMapEnabled=$((${#perf_dir} > 0)) \
    DOTNET_EnableWriteXorExecute=$((${#perf_dir} == 0)) "${wrap[@]}" dotnet "Hubs.${name^}.dll" "$@")
}
postmaster=$(head -n 1 "$pgdata/postmaster.pid")
reaped() { awk '{print $16 + $17}' "/proc/$postmaster/stat"; }
ticks=$(getconf CLK_TCK)
# cpu PID…: their user + system ticks so far (threads included).
cpu() { local p t=0; for p in "$@"; do t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0))); done
  echo "$t"; }
# PostgreSQL's CPU so far: its ended processes and those still running (a loaded machine ends a host's backends
# well after the host: its reaped children alone counted them in the next half, or in none).
pgcpu() { echo $(($(reaped) + $(cpu $(cat "/proc/$postmaster/task/$postmaster/children")))); }
# pid NAME: the host's running dotnet process of this run (by its command line and build directory).
pid() { local p; for p in /proc/[0-9]*; do
    [[ $({ tr '\0' ' ' <"$p/cmdline"; } 2>/dev/null) == "dotnet Hubs.$1.dll "* ]] \
      && [[ $(readlink "$p/cwd" 2>/dev/null) == "$(bin "$1")" ]] && { echo "${p#/proc/}"; return; }
  done; }
# Piped runs: every 3 s the events read so far and the CPU ticks of export, import and PostgreSQL (all of its
# processes, those ended included), so that the CPU an event after warm-up (JIT, caches) can be told apart.
sample() {
  local web ins
  while sleep 3; do
    web=$(pid Web) ins=$(pid Insights)
    [[ -n $web && -n $ins ]] || continue
    echo "$(grep -o '[0-9]*/[0-9]* events' "$out/export.err" | tail -n 1 | cut -d/ -f1) $(cpu "$web") $(cpu "$ins") \
      $(pgcpu)"
  done >"$out/samples"
}
for step in migrate reset-aggregates; do
  (cd "$(bin Insights)" && env "${insights[@]}" dotnet Hubs.Insights.dll "$step" >/dev/null)
done
pg0=$(pgcpu)
start=$(date +%s.%N)
if ((piped)); then
  sample &
  sampler=$!
  host web web export-milestones 2>"$out/export.err" | host insights insights import-milestones >"$out/import.out"
  kill "$sampler"
  pg1=$pg0
elif [[ -n $reuse ]]; then
  cp "$reuse/web.time" "$reuse/export.err" "$out/"
  pg1=$pg0
  host insights insights import-milestones <"$reuse/lines" >"$out/import.out"
else
  host web web export-milestones >"$out/lines" 2>"$out/export.err"
  pg1=$(pgcpu)
  host insights insights import-milestones <"$out/lines" >"$out/import.out"
fi
took=$(echo "$(date +%s.%N) - $start" | bc)
pg2=$(pgcpu)
events=$(grep -o 'milestones of [0-9]* events' "$out/export.err" | grep -o '[0-9]*')
read -r eu es ek < "$out/web.time"
read -r iu is ik < "$out/insights.time"
awk -v n="$events" -v eu="$eu" -v es="$es" -v iu="$iu" -v is="$is" -v p1="$(((pg1 - pg0)))" \
  -v p2="$(((pg2 - pg1)))" -v t="$ticks" -v w="$took" -v ek="$ek" -v ik="$ik" -v l="$(cut -d' ' -f1 /proc/loadavg)" \
  'BEGIN {
    e = eu + es; i = iu + is; pe = p1 / t; pi = p2 / t; all = e + i + pe + pi
    printf "events %d, wall %.0f s (load %s)\n", n, w, l
    printf "export %.1f s, import %.1f s, PostgreSQL %.1f s (export %.1f, import %.1f): %.1f us an event\n",
      e, i, pe + pi, pe, pi, all * 1e6 / n
    printf "  export %.1f, import %.1f, PostgreSQL %.1f us; cap on 2 cores %.0f events/s; RSS %d / %d MB\n",
      e * 1e6 / n, i * 1e6 / n, (pe + pi) * 1e6 / n, 2 * n / all, ek / 1024, ik / 1024
  }'
if ((piped)) && [[ -s $out/samples ]]; then
  # The second half of the run alone: what each further event costs once warm, as a 20-million-event rebuild runs.
  pgend=$(pgcpu)
  awk -v n="$events" -v t="$ticks" -v e="$(echo "($eu + $es) * $ticks" | bc)" \
    -v i="$(echo "($iu + $is) * $ticks" | bc)" -v p="$pgend" '
    $1 >= n / 2 && !m { m = 1; n0 = $1; e0 = $2; i0 = $3; p0 = $4 }
    END {
      if (!m) exit; d = n - n0; all = (e - e0) + (i - i0) + (p - p0)
      printf "second half (%d events): export %.1f, import %.1f, PostgreSQL %.1f us an event; %.1f us, cap %.0f/s\n",
        d, (e - e0) / t * 1e6 / d, (i - i0) / t * 1e6 / d, (p - p0) / t * 1e6 / d, all / t * 1e6 / d, 2 * d * t / all
    }' "$out/samples"
fi
cat "$out/import.out"
echo "(files in $out)"
