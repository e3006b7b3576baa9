# Settings and dev secrets of the local stack. Sourced by stack.sh.
# shellcheck shell=bash
# shellcheck disable=SC2034  # these are read by hosts.sh, stack.sh and the cmd-*.sh files

HOSTS=(web identity insights)
RUN_DIR="$HUBS_STATE/run"
LOG_DIR="$HUBS_STATE/logs"
SETTINGS_FILE="$RUN_DIR/stack.env"
SECRETS_FILE="$HUBS_STATE/secrets.env"
SETTING_NAMES=(HUBS_PG_PORT HUBS_AMQP_PORT HUBS_RABBIT_NODE HUBS_WEB_PORT HUBS_IDENTITY_PORT HUBS_INSIGHTS_PORT)

# Settings: the environment first, then what the last `up` of this state dir used, then defaults.
load_settings() {
  local name value
  if [[ -f $SETTINGS_FILE ]]; then
    while IFS='=' read -r name value; do
      [[ -n $name && -z ${!name:-} ]] && printf -v "$name" '%s' "$value"
    done <"$SETTINGS_FILE"
  fi
  HUBS_PG_PORT=${HUBS_PG_PORT:-5433}
  HUBS_AMQP_PORT=${HUBS_AMQP_PORT:-5673}
  HUBS_RABBIT_NODE=${HUBS_RABBIT_NODE:-hubs-dev@localhost}
  HUBS_WEB_PORT=${HUBS_WEB_PORT:-5100}
  HUBS_IDENTITY_PORT=${HUBS_IDENTITY_PORT:-5101}
  HUBS_INSIGHTS_PORT=${HUBS_INSIGHTS_PORT:-5102}
}

save_settings() {
  mkdir -p "$RUN_DIR"
  local name
  for name in "${SETTING_NAMES[@]}"; do echo "$name=${!name}"; done >"$SETTINGS_FILE"
}

# Dev-only secrets, generated once per state dir and reused.
load_secrets() {
  if [[ ! -s $SECRETS_FILE ]]; then
    mkdir -p "$HUBS_STATE"
    (
      umask 077
      cat >"$SECRETS_FILE" <<SECRETS
# Development secrets for this local stack only. Never use them elsewhere.
HUBS_CLINICAL_PASSWORD=$(random_secret)
HUBS_INSIGHTS_PASSWORD=$(random_secret)
HUBS_IDENTITY_PASSWORD=$(random_secret)
HUBS_PSEUDONYMISATION_KEY=$(head -c 32 /dev/urandom | base64 -w0)
SECRETS
    )
  fi
  # State dirs made before data keys were wrapped get their master key now.
  grep -q '^HUBS_DATA_MASTER_KEY=' "$SECRETS_FILE" || echo "HUBS_DATA_MASTER_KEY=$(head -c 32 /dev/urandom | base64 -w0)" >>"$SECRETS_FILE"
  # The sites' sign-in clients on a stack without the demo seed (which makes its own): see site_clients.
  local client
  for client in WEB INSIGHTS; do
    grep -q "^HUBS_${client}_CLIENT_SECRET=" "$SECRETS_FILE" || echo "HUBS_${client}_CLIENT_SECRET=$(random_secret 32)" >>"$SECRETS_FILE"
  done
  # shellcheck source=/dev/null
  source "$SECRETS_FILE"
}

