#!/usr/bin/env bash
# Issue 22's national-scale benchmark: seed-scale N journeys (default 1,000,000) over H Hubs (default 40) into a
# fresh database of the test services, then pages, API lists, Insights dashboards and feeds over real HTTP for the
# busiest Hub, staff search, the Insights rebuild, the write path (benchmarks/Hubs.Benchmarks on a fresh database of
# the same server) and peak memory, printed as one table beside the targets.
#   benchmarks/scale.sh [--journeys N] [--hubs H] [--requests R] [--rebuild-seconds S] [--seed-only]
#     [--database NAME (time a data set seeded before)] [--keys FILE (its keys; made on first use)]
#     [--only "hub overview,journey record" (just those pages: names containing a part)]
#     [--sign-ins N (people signing in to Identity, default 300; its own process, as are Web and Insights)]
#     [--write-path "S R W" (its seconds a kind, rounds and warm-up seconds, default "20 4 30"; "0" leaves it out)]
# Needs the test services, all four variables or none (HUBS_TEST_POSTGRES, HUBS_TEST_RABBITMQ, _NODE, _BASE; none
# starts throwaway ones): `source /work/test-services.env`, then override HUBS_TEST_POSTGRES for another cluster.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
case ${1:-} in -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;; esac
dotnet build "$root/benchmarks/Hubs.Benchmarks.Scale" -c Release -nologo -v quiet
dotnet build "$root/benchmarks/Hubs.Benchmarks" -c Release -nologo -v quiet
exec dotnet run --no-build -c Release --project "$root/benchmarks/Hubs.Benchmarks.Scale" -- "$@"
