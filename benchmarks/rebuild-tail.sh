#!/usr/bin/env bash
# The Insights rebuild's tail alone (the refill of the treatment figures and the sums, and the vacuum), as a rebuild
# leaves the store: `journey_treatment` and `journey_cells` emptied, then `insights import-milestones` run with an empty
# input (it applies nothing, then runs the tail). Prints the wall time, the host's CPU and peak RSS (/usr/bin/time),
# the CPU of the PostgreSQL processes of that database (backends and autovacuum, sampled every 0.2 s from /proc: those
# ended between samples lose at most their last 0.2 s) and the load average before and after.
#   benchmarks/rebuild-tail.sh --port PORT --database NAME [--root DIR (a checkout whose Insights is built, Release)]
#     [--keep (the tables not emptied: the tail updates rather than inserts, as a resumed run does)]
# Run on the machine of the cluster (its processes are read from /proc); builds nothing.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
case ${1:-} in -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;; esac
port='' db='' keep=0
while (($#)); do
  case $1 in
    --port) port=$2; shift 2 ;;
    --database) db=$2; shift 2 ;;
    --root) root=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[[ -n $port && -n $db ]] || { sed -n '7,8p' "$0" >&2; exit 2; }
sql() { psql -h 127.0.0.1 -p "$port" -U postgres -d "$db" -Atqc "$1"; }
postmaster=$(head -n 1 "$(sql 'SHOW data_directory')/postmaster.pid")
((keep)) || sql "TRUNCATE insights.journey_treatment, insights.journey_cells"
out=$(mktemp -d /tmp/rebuild-tail.XXXXXX)
# The database's processes: "postgres: <role> <database> …" and "postgres: autovacuum worker <database>".
sample() {
  local mine="^postgres: (hubs_insights|autovacuum worker) $db( |\$)"
  declare -A seen=()
  local p t
  while [[ ! -e $out/done ]]; do
    for p in $(cat "/proc/$postmaster/task/$postmaster/children"); do
      [[ $({ tr '\0' ' ' <"/proc/$p/cmdline"; } 2>/dev/null) =~ $mine ]] || continue
      t=$(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null) || continue
      seen[$p]=$t
    done
    sleep 0.2
  done
  t=0
  for p in "${!seen[@]}"; do t=$((t + seen[$p])); done
  echo "$t" >"$out/pg"
}
before=$(cut -d' ' -f1-3 /proc/loadavg)
sample &
sampler=$!
start=$(date +%s.%N)
# The runtime settings `ops/hubs rebuild` gives the import in that checkout (its REBUILD_RUNTIME, read as
# rebuild-cpu.sh reads it).
REBUILD_RUNTIME=(DOTNET_TieredPGO=0)
runtime=$root/ops/lib/cmd-rebuild.sh
eval "$(awk '/^REBUILD_RUNTIME=/ { on = 1 } on { print } on && /\)/ { exit }' "$runtime" 2>/dev/null)"
(cd "$root/src/Hubs.Insights/bin/Release/net10.0" && : | env ASPNETCORE_ENVIRONMENT=Production "${REBUILD_RUNTIME[@]}" \
  RabbitMq__Uri=amqp://guest:guest@127.0.0.1:1/ Oidc__Authority=http://127.0.0.1:1/ \
  "ConnectionStrings__Insights=Host=127.0.0.1;Port=$port;Database=$db;Username=hubs_insights;Password=hubs-test-only" \
  /usr/bin/time -f "%U %S %M" -o "$out/host" dotnet Hubs.Insights.dll import-milestones >"$out/import.log" 2>&1) \
  || { cat "$out/import.log" >&2; exit 1; }
end=$(date +%s.%N)
touch "$out/done"
wait "$sampler"
ticks=$(getconf CLK_TCK)
read -r user system rss <"$out/host"
awk -v s="$start" -v e="$end" -v u="$user" -v y="$system" -v pg="$(cat "$out/pg")" -v t="$ticks" -v r="$rss" \
  -v b="$before" -v a="$(cut -d' ' -f1-3 /proc/loadavg)" 'BEGIN {
    printf "wall %.1f s  host CPU %.1f s  PostgreSQL CPU %.1f s  together %.1f s  peak RSS %d MB  load %s -> %s\n",
      e - s, u + y, pg / t, u + y + pg / t, r / 1024, b, a }'
rm -rf "$out"
