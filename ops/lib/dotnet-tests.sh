# The .NET test projects of `ops/hubs test`, one `dotnet test` each, with TRX results.
# shellcheck shell=bash

# Test projects: under tests/, marked IsTestProject or referencing Microsoft.NET.Test.Sdk.
test_projects() {
  local project
  for project in "$HUBS_REPO"/tests/*/*.csproj; do
    [[ -f $project ]] || continue
    grep -q '<IsTestProject>false' "$project" && continue
    if grep -qE '<IsTestProject>true|"Microsoft\.NET\.Test\.Sdk"' "$project"; then echo "$project"; fi
  done
}

# Runs one test project; a non-zero exit with no failed test in its TRX (a crashed or hung test
# host, a missing TRX) still counts as one failure.
run_test_project() {
  local project=$1 results=$2 name before after
  name=$(basename "$project" .csproj)
  echo "== $name"
  before=$(trx_totals "$results/$name" | awk '{print $2}')
  if dotnet test "$project" -c Release --no-build --nologo --logger trx \
       --results-directory "$results/$name" --blame-hang-timeout 10m </dev/null; then
    return 0
  fi
  after=$(trx_totals "$results/$name" | awk '{print $2}')
  if ((after == before)); then
    say "$name: dotnet test failed without a failed test in its results (crash, hang or no TRX)"
    EXTRA_FAILED=$((EXTRA_FAILED + 1))
  fi
}
