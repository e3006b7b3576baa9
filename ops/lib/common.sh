# Shared helpers for the ops scripts. Sourced, never run.
# shellcheck shell=bash

HUBS_REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HUBS_LIB="$HUBS_REPO/ops/lib"
HUBS_STATE="${HUBS_STATE_DIR:-$HUBS_REPO/.hubs}"
[[ $HUBS_STATE == /* ]] || HUBS_STATE="$PWD/$HUBS_STATE"

source "$HUBS_LIB/nuget.sh"

say()  { printf '%s\n' "hubs: $*" >&2; }
die()  { printf '%s\n' "hubs: error: $*" >&2; exit 1; }
is_root() { [[ $(id -u) -eq 0 ]]; }

# Runs a command as USER when we are root (servers refuse root); as ourselves otherwise.
as_user() {
  local user=$1; shift
  if is_root && [[ $user != root ]]; then runuser -u "$user" -- "$@"; else "$@"; fi
}

# apt-get install the packages that are missing; refresh the lists only when an install needs them.
apt_ensure() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  ((${#missing[@]})) || return 0
  is_root || die "missing packages (${missing[*]}); run as root or install them with apt-get"
  say "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null; then
    apt-get update -q >/dev/null
    apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

# Makes DIR (created if needed) owned by USER and every parent directory traversable by it, so that a
# server running as USER can live under a root-owned checkout or a private temp dir.
own_dir() {
  local user=$1 dir=$2 parent
  mkdir -p "$dir"
  dir="$(cd "$dir" && pwd)"
  is_root || return 0
  chown "$user:" "$dir"
  parent=$(dirname "$dir")
  while [[ $parent != / ]]; do
    runuser -u "$user" -- test -x "$parent" || chmod o+x "$parent"
    parent=$(dirname "$parent")
  done
}

# A TCP port on 127.0.0.1 that nothing listens on, from 20000 up to the kernel's ephemeral range. Never from
# that range: the kernel hands its ports to outgoing connections (a test host's database pool, rabbitmqctl's
# own distribution port, 35672-35772), which can take a port between our check and the server's bind.
# The test fixtures pick below 20000 (tests/Hubs.Testing/FreePort.cs), so the two never pick the same one.
free_port() {
  local port low=32768
  read -r low _ </proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || true
  ((low > 21000 && low <= 35672)) || low=32768
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % (low - 20000)))
    port_busy "$port" || { echo "$port"; return 0; }
  done
  die "no free port found"
}

# free_ports N: N distinct free ports, space separated.
free_ports() {
  local -a ports=()
  local port
  while ((${#ports[@]} < $1)); do
    port=$(free_port)
    [[ " ${ports[*]} " == *" $port "* ]] || ports+=("$port")
  done
  echo "${ports[*]}"
}

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Reads the pid in FILE and succeeds when that process is alive.
pid_alive() {
  local file=$1 pid
  [[ -s $file ]] || return 1
  pid=$(head -n1 "$file" | tr -dc 0-9)
  [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null
}

# Succeeds while process PID exists and is not a zombie (an unreaped dead process).
pid_running() {
  [[ -n $1 && -d /proc/$1 && $(awk '{print $3}' "/proc/$1/stat" 2>/dev/null) != Z ]]
}

# With HUBS_OWNER_PID set (e.g. by a test process that started us), runs COMMAND… once that process
# has gone, so services outlive no crashed or killed owner.
stop_with_owner() {
  [[ -n ${HUBS_OWNER_PID:-} ]] || return 0
  setsid bash -c 'source "$1"; while pid_running "$2"; do sleep 2; done; shift 2; exec "$@"' \
    _ "$HUBS_LIB/common.sh" "$HUBS_OWNER_PID" "$@" >/dev/null 2>&1 </dev/null &
}

# Prints a random secret made of letters and digits.
random_secret() {
  local s
  s=$(head -c 96 /dev/urandom | base64 -w0 | tr -dc 'A-Za-z0-9')
  echo "${s:0:${1:-24}}"
}
