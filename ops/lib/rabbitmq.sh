#!/usr/bin/env bash
# A project-local RabbitMQ node (Debian's rabbitmq-server):
#   ops/lib/rabbitmq.sh start|stop|status BASEDIR AMQP_PORT NODENAME
#   ops/lib/rabbitmq.sh add-vhost|delete-vhost BASEDIR NODENAME VHOST...
#   ops/lib/rabbitmq.sh list-vhosts BASEDIR NODENAME
# Everything the node writes (Mnesia, logs, pid, cookie, config) lives in BASEDIR; it listens on
# 127.0.0.1 only, with a distribution port of its own, so several nodes can run side by side.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

RABBIT_BIN=/usr/lib/rabbitmq/bin

usage() {
  cat <<'USAGE'
Usage: ops/lib/rabbitmq.sh start|stop|status BASEDIR AMQP_PORT NODENAME
       ops/lib/rabbitmq.sh add-vhost|delete-vhost BASEDIR NODENAME VHOST...
       ops/lib/rabbitmq.sh list-vhosts BASEDIR NODENAME
  With HUBS_OWNER_PID=<pid>, start also arranges a stop once that process has exited.
  start      start the node (idempotent; clears a stale pid file); returns once AMQP is accepted
  stop       stop the node (no-op when not running)
  status     exit 0 when the node runs
  add-vhost  create each VHOST (if missing) and give guest full permissions on it
  delete-vhost  delete each VHOST with its exchanges and queues (no-op when it is already gone)
  list-vhosts   the node's vhosts, one a line
USAGE
}

# The node's environment, passed explicitly: runuser would otherwise reset HOME, and the Debian
# defaults (/etc/rabbitmq, /var/lib/rabbitmq) must not leak in.
node_env() {
  ENV=(
    HOME="$BASE/home"
    RABBITMQ_NODENAME="$NODE"
    RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
    RABBITMQ_MNESIA_BASE="$BASE/mnesia"
    RABBITMQ_LOG_BASE="$BASE/log"
    RABBITMQ_PID_FILE="$BASE/rabbitmq.pid"
    RABBITMQ_CONFIG_FILE="$BASE/rabbitmq.conf"
    RABBITMQ_ADVANCED_CONFIG_FILE="$BASE/advanced.config"
    RABBITMQ_ENABLED_PLUGINS_FILE="$BASE/enabled_plugins"
    RABBITMQ_CONF_ENV_FILE="$BASE/rabbitmq-env.conf"
    # CLI tools are Erlang nodes too; give them a wide port range so parallel calls never starve.
    RABBITMQ_CTL_DIST_PORT_MIN=35672
    RABBITMQ_CTL_DIST_PORT_MAX=35772
    # Erlang distribution (and an epmd we start) on loopback only, like AMQP.
    ERL_EPMD_ADDRESS=127.0.0.1
    RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
    RABBITMQ_CTL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
  )
}

rabbit() { as_user rabbitmq env "${ENV[@]}" "$@"; }
ctl() { rabbit "$RABBIT_BIN/rabbitmqctl" -q -n "$NODE" "$@"; }
node_pid() { tr -dc 0-9 2>/dev/null <"$BASE/rabbitmq.pid" || true; }

node_alive() {
  local pid
  pid=$(node_pid)
  [[ -n $pid && -d /proc/$pid && $(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null) != Z ]]
}

prepare() {
  own_dir rabbitmq "$BASE"
  BASE="$(cd "$BASE" && pwd)"
  node_env
  mkdir -p "$BASE/home" "$BASE/mnesia" "$BASE/log"
  if [[ ! -s $BASE/home/.erlang.cookie ]]; then
    random_secret 32 >"$BASE/home/.erlang.cookie"
    chmod 400 "$BASE/home/.erlang.cookie"
  fi
  [[ -s $BASE/dist_port ]] || free_port >"$BASE/dist_port"
  echo '[].' >"$BASE/enabled_plugins"
  : >"$BASE/rabbitmq-env.conf"
  cat >"$BASE/rabbitmq.conf" <<CONF
listeners.tcp.default = 127.0.0.1:$PORT
loopback_users.guest = true
log.console = false
log.file.level = info
disk_free_limit.absolute = 100MB
vm_memory_high_watermark.relative = 0.25
CONF
  is_root && chown -R rabbitmq: "$BASE"
  ENV+=(RABBITMQ_NODE_PORT="$PORT" RABBITMQ_DIST_PORT="$(cat "$BASE/dist_port")")
}

# The Erlang VM writes its pid file itself (rabbit_prelaunch, file:write_file: open with O_TRUNC, then one write),
# and `rabbitmqctl wait` fails at once with garbage_in_pid_file when it reads the file between the two; so wait
# here until it holds a whole number.
# wait_for_pid_file SERVER_PID: fails as soon as the server script has exited (a port clash, a bad config).
wait_for_pid_file() {
  for _ in $(seq 1 240); do
    [[ $(node_pid) =~ ^[0-9]+$ ]] && sleep 0.2 && [[ $(node_pid) =~ ^[0-9]+$ ]] && return 0
    pid_running "$1" || return 1
    sleep 0.5
  done
  return 1
}

wait_for_amqp() {
  for _ in $(seq 1 120); do
    port_busy "$PORT" && return 0
    sleep 0.5
  done
  return 1
}

start() {
  apt_ensure rabbitmq-server
  prepare
  if node_alive; then
    ctl --timeout 120 await_startup && wait_for_amqp && return 0
    die "a RabbitMQ node runs from $BASE but does not come up (log: $BASE/log)"
  fi
  rm -f "$BASE/rabbitmq.pid"
  port_busy "$PORT" && die "port $PORT is already in use by another process"
  if port_busy "$(cat "$BASE/dist_port")"; then   # taken since the last start: pick another
    free_port >"$BASE/dist_port"
    ENV+=(RABBITMQ_DIST_PORT="$(cat "$BASE/dist_port")")
  fi
  say "starting RabbitMQ node $NODE on 127.0.0.1:$PORT"
  stop_with_owner "$HUBS_LIB/rabbitmq.sh" stop "$BASE" "$PORT" "$NODE"
  # setsid: Ctrl-C in the caller's terminal must not reach the broker; ops stops it in order. -w: $! lives as long
  # as the server, even where setsid has to fork.
  local as_rabbitmq=()
  is_root && as_rabbitmq=(runuser -u rabbitmq --)
  setsid -w bash -c 'cd "$1" && shift && exec "$@"' _ "$BASE" \
    "${as_rabbitmq[@]}" env "${ENV[@]}" "$RABBIT_BIN/rabbitmq-server" \
    >"$BASE/log/startup.log" 2>&1 </dev/null &
  if ! wait_for_pid_file $! || ! ctl wait --timeout 120 "$BASE/rabbitmq.pid" >/dev/null \
     || ! ctl --timeout 120 await_startup || ! wait_for_amqp; then
    tail -n 30 "$BASE/log/startup.log" >&2
    die "RabbitMQ did not start (logs: $BASE/log)"
  fi
  say "RabbitMQ ready on 127.0.0.1:$PORT (node $NODE)"
}

stop() {
  [[ -d $BASE/mnesia ]] || return 0
  node_env
  node_alive || { rm -f "$BASE/rabbitmq.pid"; return 0; }
  local pid
  pid=$(node_pid)
  ctl shutdown >/dev/null 2>&1 || kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do
    node_alive || break
    sleep 0.5
  done
  node_alive && kill -9 "$pid" 2>/dev/null || true
  rm -f "$BASE/rabbitmq.pid"
  say "RabbitMQ node $NODE stopped"
}

status() {
  node_env
  if node_alive && ctl status >/dev/null 2>&1; then
    echo "rabbitmq: node $NODE running, AMQP on 127.0.0.1:$PORT ($BASE)"
  else
    echo "rabbitmq: node $NODE stopped ($BASE)"
    return 3
  fi
}

# One rabbitmqctl call (import_definitions) for the vhosts and guest's permissions on them: each call boots an Erlang
# VM (~0.5 s of CPU, 1.5 s or more of waiting), and a test run makes a vhost per test host, so tests ask for several
# at once. Importing a vhost that exists changes nothing.
add_vhost() {
  node_env
  local out vhosts=() permissions=() vhost
  for vhost in "${VHOSTS[@]}"; do
    vhosts+=("$(printf '{"name":"%s"}' "$vhost")")
    permissions+=("$(printf '{"user":"guest","vhost":"%s","configure":".*","write":".*","read":".*"}' "$vhost")")
  done
  local json
  json=$(IFS=,; printf '{"vhosts":[%s],"permissions":[%s]}' "${vhosts[*]}" "${permissions[*]}")
  out=$(ctl import_definitions --format json <<<"$json" 2>&1) \
    || die "add_vhost ${VHOSTS[*]}: $out"
  own_vhosts
}

# With HUBS_OWNER_PID, the vhosts made for that process and not yet deleted are listed in a file, and deleted (one
# call) once the process has gone: a test process is killed at the end of a run, before any exit handler of its own
# could delete what it made ahead or released for deleting later.
owned_list() { echo "${TMPDIR:-/tmp}/hubs-vhosts.$HUBS_OWNER_PID"; }

own_vhosts() {
  [[ -n ${HUBS_OWNER_PID:-} ]] || return 0
  local owned first
  owned=$(owned_list)
  first=$(
    {
      flock 9
      [[ -e $owned ]] || echo yes
      printf '%s\n' "${VHOSTS[@]}" >>"$owned"
    } 9>>"$owned.lock"
  )
  [[ -z $first ]] || stop_with_owner "$HUBS_LIB/rabbitmq.sh" delete-owned "$BASE" "$NODE" "$owned" 9>&-
}

disown_vhosts() {
  [[ -n ${HUBS_OWNER_PID:-} ]] || return 0
  local owned
  owned=$(owned_list)
  [[ -e $owned ]] || return 0
  (
    flock 9
    grep -vxF -f <(printf '%s\n' "${VHOSTS[@]}") "$owned" >"$owned.new" || true
    mv "$owned.new" "$owned"
  ) 9>>"$owned.lock"
}

delete_owned() {
  local owned=$1
  mapfile -t VHOSTS <"$owned"
  rm -f "$owned" "$owned.lock"
  ((${#VHOSTS[@]} == 0)) || HUBS_OWNER_PID='' delete_vhost
}

# A test run makes a vhost per test host; one left behind per host adds up on a shared node until add_vhost hangs.
# Several at once in one call (eval: delete_vhost takes one name); a vhost already gone is skipped.
delete_vhost() {
  node_env
  local out names=() vhost
  if ((${#VHOSTS[@]} == 1)); then
    out=$(ctl delete_vhost "${VHOSTS[0]}" 2>&1) || [[ $out == *not_found* || $out == *"does not exist"* ]] \
      || die "delete_vhost ${VHOSTS[0]}: $out"
    disown_vhosts
    return
  fi
  for vhost in "${VHOSTS[@]}"; do names+=("<<\"$vhost\">>"); done
  out=$(ctl eval "[catch rabbit_vhost:delete(V, <<\"hubs-test\">>) || V <- [$(IFS=,; echo "${names[*]}")]], ok." 2>&1) \
    || die "delete_vhost ${VHOSTS[*]}: $out"
  disown_vhosts
}

list_vhosts() {
  node_env
  ctl list_vhosts name --no-table-headers
}

[[ ${1:-} == -h || ${1:-} == --help ]] && { usage; exit 0; }
case ${1:-} in
  start|stop|status) (($# == 4)) || { usage >&2; exit 2; }; BASE=$2 PORT=$3 NODE=$4; "$1" ;;
  add-vhost) (($# >= 4)) || { usage >&2; exit 2; }; BASE=$2 NODE=$3 VHOSTS=("${@:4}"); add_vhost ;;
  delete-vhost) (($# >= 4)) || { usage >&2; exit 2; }; BASE=$2 NODE=$3 VHOSTS=("${@:4}"); delete_vhost ;;
  delete-owned) (($# == 4)) || { usage >&2; exit 2; }; BASE=$2 NODE=$3; delete_owned "$4" ;;
  list-vhosts) (($# == 3)) || { usage >&2; exit 2; }; BASE=$2 NODE=$3; list_vhosts ;;
  *) usage >&2; exit 2 ;;
esac
