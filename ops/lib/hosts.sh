# The three hosts of the local stack: where they are, their environment, start, stop, health.
# Sourced by stack.sh.
# shellcheck shell=bash

host_dll() {
  case $1 in
    web) echo "$HUBS_REPO/src/Hubs.Web/bin/Release/net10.0/Hubs.Web.dll" ;;
    identity) echo "$HUBS_REPO/src/Hubs.Identity/bin/Release/net10.0/Hubs.Identity.dll" ;;
    insights) echo "$HUBS_REPO/src/Hubs.Insights/bin/Release/net10.0/Hubs.Insights.dll" ;;
  esac
}

host_port() {
  case $1 in
    web) echo "$HUBS_WEB_PORT" ;;
    identity) echo "$HUBS_IDENTITY_PORT" ;;
    insights) echo "$HUBS_INSIGHTS_PORT" ;;
  esac
}

# The environment one host gets, as KEY=VALUE words for env(1).
host_env() {
  local rabbit="amqp://guest:guest@127.0.0.1:$HUBS_AMQP_PORT/"
  echo "ASPNETCORE_ENVIRONMENT=Development"
  echo "ASPNETCORE_URLS=http://127.0.0.1:$(host_port "$1")"
  echo "HUBS_STATE_DIR=$HUBS_STATE"
  case $1 in
    web)
      echo "ConnectionStrings__Clinical=$(connection_string hubs_clinical "$HUBS_CLINICAL_PASSWORD")"
      echo "RabbitMq__Uri=$rabbit"
      echo "Pseudonymisation__Key=$HUBS_PSEUDONYMISATION_KEY"
      echo "DataKeys__MasterKey=$HUBS_DATA_MASTER_KEY"
      [[ -z ${HUBS_DATA_PREVIOUS_MASTER_KEY:-} ]] || echo "DataKeys__PreviousMasterKeys__0=$HUBS_DATA_PREVIOUS_MASTER_KEY"
      echo "Hubs__Schema__AutoCreate=true"
      echo "Hubs__Demo__CredentialsFile=$HUBS_STATE/demo-credentials.json"
      echo "Oidc__Authority=http://127.0.0.1:$HUBS_IDENTITY_PORT/"
      echo "Oidc__ClientSecret=$(site_secret hubs-web)"
      echo "Contact__SignInUrl=http://127.0.0.1:$HUBS_WEB_PORT/my"
      ;;
    insights)
      echo "ConnectionStrings__Insights=$(connection_string hubs_insights "$HUBS_INSIGHTS_PASSWORD")"
      echo "RabbitMq__Uri=$rabbit"
      echo "Hubs__Schema__AutoCreate=true"
      echo "Oidc__Authority=http://127.0.0.1:$HUBS_IDENTITY_PORT/"
      echo "Oidc__ClientSecret=$(site_secret hubs-insights)"
      ;;
    identity)
      echo "ConnectionStrings__Identity=$(connection_string hubs_identity "$HUBS_IDENTITY_PASSWORD")"
      echo "Demo__WebUrl=http://127.0.0.1:$HUBS_WEB_PORT"
      echo "Demo__InsightsUrl=http://127.0.0.1:$HUBS_INSIGHTS_PORT"
      site_clients
      ;;
  esac
}

# site_secret CLIENT_ID: the secret a site signs people in with: the demo seed's once it has written its
# clients, otherwise the state dir's own (a stack without the demo seed, HUBS_SEED_DEMO=0).
site_secret() {
  local file=$HUBS_STATE/demo-credentials.json
  if [[ -s $file ]]; then
    client_secret "$file" "$1"
  elif [[ $1 == hubs-web ]]; then
    echo "${HUBS_WEB_CLIENT_SECRET:-}"
  else
    echo "${HUBS_INSIGHTS_CLIENT_SECRET:-}"
  fi
}

# The Web and Insights sign-in clients Identity's `migrate` registers (Oidc__Clients__N__…), until the demo seed
# has written its own: without them a stack started with HUBS_SEED_DEMO=0 could sign nobody in.
site_clients() {
  [[ ! -s $HUBS_STATE/demo-credentials.json ]] || return 0
  local i=0 id port scope
  for id in hubs-web hubs-insights; do
    if [[ $id == hubs-web ]]; then port=$HUBS_WEB_PORT scope=hubs.web; else port=$HUBS_INSIGHTS_PORT scope=hubs.insights; fi
    echo "Oidc__Clients__${i}__ClientId=$id"
    echo "Oidc__Clients__${i}__ClientSecret=$(site_secret "$id")"
    echo "Oidc__Clients__${i}__Scopes__0=$scope"
    [[ $id != hubs-web ]] || echo "Oidc__Clients__${i}__ServiceScopes__0=accounts.register"
    echo "Oidc__Clients__${i}__RedirectUris__0=http://127.0.0.1:$port/signin-oidc"
    echo "Oidc__Clients__${i}__PostLogoutRedirectUris__0=http://127.0.0.1:$port/signout-callback-oidc"
    i=$((i + 1))
  done
}

host_pid_file() { echo "$RUN_DIR/$1.pid"; }

host_running() {
  local file pid
  file=$(host_pid_file "$1")
  pid_alive "$file" || return 1
  pid=$(cat "$file")
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q "$(basename "$(host_dll "$1")")"
}

start_host() {
  local host=$1 port
  port=$(host_port "$host")
  host_running "$host" && { say "$host already running"; return 0; }
  port_busy "$port" && die "port $port (for $host) is already in use; set HUBS_${host^^}_PORT"
  [[ -f $(host_dll "$host") ]] || die "$(host_dll "$host") is missing; build first"
  local -a vars
  mapfile -t vars < <(host_env "$host")
  mkdir -p "$RUN_DIR" "$LOG_DIR"
  # setsid: the host gets its own session, so a Ctrl-C meant for `ops/hubs run` is handled by us.
  (cd "$(dirname "$(host_dll "$host")")" && exec setsid env "${vars[@]}" dotnet "$(host_dll "$host")" \
    >>"$LOG_DIR/$host.log" 2>&1 </dev/null) &
  echo $! >"$(host_pid_file "$host")"
}

stop_host() {
  local host=$1 file pid
  file=$(host_pid_file "$host")
  if host_running "$host"; then
    pid=$(cat "$file")
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 40); do
      host_running "$host" || break
      sleep 0.25
    done
    host_running "$host" && kill -KILL "$pid" 2>/dev/null || true
    say "$host stopped"
  fi
  rm -f "$file"
}

host_healthy() { curl -fs -o /dev/null --max-time 5 "http://127.0.0.1:$(host_port "$1")/health/ready"; }

wait_healthy() { # seconds
  local deadline=$((SECONDS + $1)) host
  for host in "${HOSTS[@]}"; do
    until host_healthy "$host"; do
      if ! host_running "$host"; then
        tail -n 40 "$LOG_DIR/$host.log" >&2
        die "$host exited during start-up (log: $LOG_DIR/$host.log)"
      fi
      if ((SECONDS >= deadline)); then
        tail -n 40 "$LOG_DIR/$host.log" >&2
        die "$host did not answer /health/ready with 200 within $1 s (log: $LOG_DIR/$host.log; ops/hubs down stops the rest)"
      fi
      sleep 1
    done
  done
}

stop_hosts() {
  local host
  for host in "${HOSTS[@]}"; do stop_host "$host"; done
}

