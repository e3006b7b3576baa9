# The smoke check of `ops/hubs test`: a whole stack through `ops/hubs up` on its own ports and state
# dir, one self-referral into Web by the demo keyworker (signed in through Identity with the code flow),
# and its Hub showing up in the feed read by the demo feed client (client credentials).
# shellcheck shell=bash

SMOKE_HUB=north

# Succeeds when the feed (a disclosure-controlled PublishedTable: columns + rows of cells) shows a
# count for the Hub: its column exists and some week's cell is neither 0 nor "no data" ("*" counts:
# a single referral is suppressed, as it must be).
hub_shows_count() {
  jq -e --arg hub "$SMOKE_HUB" '
    (.columns | map(.key) | index($hub)) as $i
    | $i != null and ([.rows[] | select(.isTotal | not) | .cells[$i].display
                       | select(. != "0" and . != "no data")] | length > 0)' >/dev/null 2>&1
}

smoke_referral() {
  cat <<JSON
{"hubId":"$SMOKE_HUB","name":"Smoke Check","email":"smoke@example.invalid","sector":"health",
 "staffGroup":"nursing","ageBand":"25-34","sex":"not-stated","ethnicityGroup":"not-stated",
 "disability":"not-stated","helpWith":"Smoke check of a fresh deployment.",
 "consentToSupport":true,"researchContact":false}
JSON
}

# smoke_env DIR: the settings of the smoke stack, as KEY=VALUE words for env(1).
smoke_env() {
  local ports
  read -r -a ports <<<"$(free_ports 5)"
  echo "HUBS_STATE_DIR=$1"
  echo "HUBS_PG_PORT=${ports[0]}"
  echo "HUBS_AMQP_PORT=${ports[1]}"
  echo "HUBS_RABBIT_NODE=hubs-smoke-${ports[1]}@localhost"
  echo "HUBS_WEB_PORT=${ports[2]}"
  echo "HUBS_IDENTITY_PORT=${ports[3]}"
  echo "HUBS_INSIGHTS_PORT=${ports[4]}"
  echo "HUBS_SKIP_BUILD=1"
  echo "HUBS_SEED_DEMO=accounts"
  echo "HUBS_OWNER_PID=$$"
}

# smoke_account IDENTITY_URL FILE DIR: Web's client creates a keyworker account, as a self-referral does.
smoke_account() {
  local token subject
  token=$(service_token "$1" "$2" hubs-web accounts.register) || { say "smoke: hubs-web got no accounts.register token"; return 1; }
  subject=$(jq -n --arg email "smoke.$RANDOM$RANDOM@example.invalid" '{email: $email, password: "smoke test passphrase words"}' \
    | curl -fsS -H "Authorization: Bearer $token" -H 'Content-Type: application/json' --data-binary @- "$1/api/keyworker-accounts" \
    | jq -r '.subject // empty') || true
  [[ -n $subject ]] || { say "smoke: Identity did not create a keyworker account for Web"; return 1; }
}

# run_smoke DIR: 0 when the referral reached the Insights aggregates within 60 s.
run_smoke() {
  local dir=$1 web insights body status
  mkdir -p "$dir"
  mapfile -t SMOKE_ENV < <(smoke_env "$dir")
  web=$(sed -n 's/^HUBS_WEB_PORT=//p' < <(printf '%s\n' "${SMOKE_ENV[@]}"))
  insights=$(sed -n 's/^HUBS_INSIGHTS_PORT=//p' < <(printf '%s\n' "${SMOKE_ENV[@]}"))
  if ! env "${SMOKE_ENV[@]}" "$HUBS_REPO/ops/hubs" up >"$dir/up.log" 2>&1; then
    tail -n 40 "$dir/up.log" >&2
    say "smoke: ops/hubs up failed"
    return 1
  fi
  local identity credentials="$dir/demo-credentials.json" keyworker feed login
  identity="http://127.0.0.1:$(sed -n 's/^HUBS_IDENTITY_PORT=//p' < <(printf '%s\n' "${SMOKE_ENV[@]}"))"
  read -r -a login <<<"$(demo_login "$credentials" keyworker)"
  if ! keyworker=$(person_token "$identity" "${login[0]}" "${login[1]}" hubs.web) || [[ -z $keyworker ]]; then
    say "smoke: the demo keyworker could not sign in through $identity"
    return 1
  fi
  feed=$(feed_token "$identity" "$credentials") || { say "smoke: the demo feed client got no token"; return 1; }
  smoke_account "$identity" "$credentials" "$dir" || return 1
  status=$(smoke_referral | curl -s -o "$dir/referral.json" -w '%{http_code}' -X POST -H "Authorization: Bearer $keyworker" \
    -H 'Content-Type: application/json' --data-binary @- "http://127.0.0.1:$web/api/journeys") || true
  if [[ $status != 201 ]]; then
    say "smoke: POST /api/journeys answered $status: $(cat "$dir/referral.json" 2>/dev/null)"
    return 1
  fi
  for _ in $(seq 1 60); do
    body=$(curl -fs -H "Authorization: Bearer $feed" "http://127.0.0.1:$insights/api/insights/referrals" || true)
    if hub_shows_count <<<"$body"; then
      say "smoke: referral reached Insights ($body)"
      return 0
    fi
    sleep 1
  done
  say "smoke: Hub $SMOKE_HUB did not show in GET /api/insights/referrals within 60 s; last answer: ${body:-none}"
  tail -n 20 "$dir/logs/insights.log" >&2 || true
  return 1
}

stop_smoke() {
  [[ -n ${SMOKE_ENV[*]:-} ]] || return 0
  env "${SMOKE_ENV[@]}" "$HUBS_REPO/ops/hubs" down >/dev/null 2>&1 || true
  SMOKE_ENV=()
}
