# ops/hubs test
# shellcheck shell=bash
source "$HUBS_LIB/trx.sh"
source "$HUBS_LIB/tokens.sh"
source "$HUBS_LIB/smoke.sh"
source "$HUBS_LIB/dotnet-tests.sh"

cmd_help() {
  cat <<'HELP'
Usage: ops/hubs test

Runs everything CI runs, on throwaway services that never touch a running dev stack:
  1. installs what is missing (apt: postgresql-15, rabbitmq-server, chromium, curl, jq, poppler-utils,
     whose pdftoppm draws the quarterly report's PDF pages as PNGs for the report tests, and strace, which
     holds RabbitMQ's pid-file write in the test of a late pid file, and fonts-liberation: the pages name
     Arial, and without a font of its widths Chromium falls back to DejaVu Sans, whose wider type pushes the
     printed report's tables past an A4 sheet's edge; fontconfig's fc-match checks which font stands in);
  2. starts a PostgreSQL cluster and a RabbitMQ node in a temp dir on free ports and hands them to
     the test fixtures (HUBS_TEST_POSTGRES, HUBS_TEST_RABBITMQ, HUBS_TEST_RABBITMQ_NODE,
     HUBS_TEST_RABBITMQ_BASE);
  3. builds Hubs.sln (Release) and runs each test project (TRX results in TestResults/ops-test/);
  4. smoke check: `ops/hubs up` on its own ports and state dir, POST a referral to Web, wait up to
     60 s for its Hub in Insights' GET /api/insights/referrals, `ops/hubs down` (counted as one test).
The last line is "N passed, N failed, N skipped"; the exit code is non-zero when anything failed
or no test ran. Throwaway services are stopped on exit, whatever happens.
HELP
}

TEST_TMP=""
TEST_CLEANED=0

test_cleanup() {
  ((TEST_CLEANED)) && return 0
  TEST_CLEANED=1
  stop_smoke
  if [[ -n $TEST_TMP ]]; then
    "$HUBS_LIB/rabbitmq.sh" stop "$TEST_TMP/rabbitmq" 1 "${HUBS_TEST_RABBITMQ_NODE:-none@localhost}" >/dev/null 2>&1 || true
    "$HUBS_LIB/postgres.sh" stop "$TEST_TMP/postgres" 1 >/dev/null 2>&1 || true
    rm -rf "$TEST_TMP"
  fi
}

start_test_services() {
  local ports
  read -r -a ports <<<"$(free_ports 2)"
  TEST_TMP=$(mktemp -d /tmp/hubs-ci-XXXXXX)
  export HUBS_TEST_RABBITMQ_NODE="hubs-ci-${ports[1]}@localhost"
  export HUBS_TEST_RABBITMQ_BASE="$TEST_TMP/rabbitmq"
  # HUBS_OWNER_PID: even if this script is killed outright, the services stop soon after.
  HUBS_OWNER_PID=$$ "$HUBS_LIB/postgres.sh" start "$TEST_TMP/postgres" "${ports[0]}"
  HUBS_OWNER_PID=$$ "$HUBS_LIB/rabbitmq.sh" start "$HUBS_TEST_RABBITMQ_BASE" "${ports[1]}" "$HUBS_TEST_RABBITMQ_NODE"
  # The cluster trusts its superuser on loopback (a throwaway, test-only cluster).
  export HUBS_TEST_POSTGRES="Host=127.0.0.1;Port=${ports[0]};Username=postgres"
  export HUBS_TEST_RABBITMQ="amqp://guest:guest@127.0.0.1:${ports[1]}/"
}

# Prints the counts (the smoke check is one test) as the very last line; fails when anything failed
# or when no test of the test projects ran.
test_summary() {
  local passed failed skipped ran
  SUMMARY_PRINTED=1
  read -r passed failed skipped <<<"$(trx_totals "$TEST_RESULTS")"
  ran=$((passed + failed))
  if ((SMOKE_PASSED)); then passed=$((passed + 1)); else failed=$((failed + 1)); fi
  failed=$((failed + EXTRA_FAILED))
  echo "TRX results: $TEST_RESULTS"
  ((ran > 0)) || echo "no test of the test projects ran: failing the run"
  echo "$passed passed, $failed failed, $skipped skipped"
  ((failed == 0 && ran > 0))
}

# Whatever ends the run (an error, Ctrl-C), services stop and the summary line still comes last.
test_on_exit() {
  local status=$?
  trap - EXIT
  test_cleanup
  if ((!SUMMARY_PRINTED)); then
    say "the test run stopped early (exit $status)"
    test_summary || true
    exit 1
  fi
  exit "$status"
}

cmd_main() {
  (($# == 0)) || die "test takes no arguments"
  local project projects
  TEST_RESULTS="${HUBS_TEST_RESULTS:-$HUBS_REPO/TestResults/ops-test}"
  EXTRA_FAILED=0 SMOKE_PASSED=0 SUMMARY_PRINTED=0
  trap test_on_exit EXIT
  trap 'exit 130' INT TERM

  apt_ensure postgresql-15 rabbitmq-server chromium fonts-liberation fontconfig curl jq poppler-utils strace
  rm -rf "$TEST_RESULTS"
  mkdir -p "$TEST_RESULTS"
  start_test_services

  say "building Hubs.sln (Release)"
  nuget_drop_lookalikes
  if dotnet build "$HUBS_REPO/Hubs.sln" -c Release -nologo -v quiet >"$TEST_RESULTS/build.log" 2>&1; then
    mapfile -t projects < <(test_projects)
    for project in "${projects[@]}"; do
      run_test_project "$project" "$TEST_RESULTS"
    done
    echo "== smoke check"
    if run_smoke "$TEST_TMP/smoke"; then
      SMOKE_PASSED=1; echo "smoke check: passed"
    else
      echo "smoke check: FAILED"
    fi
  else
    grep -E ' error ' "$TEST_RESULTS/build.log" | sort -u | tail -n 40
    say "build failed (log: $TEST_RESULTS/build.log)"
    EXTRA_FAILED=$((EXTRA_FAILED + 1))
  fi

  test_cleanup
  test_summary
}
