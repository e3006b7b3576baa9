# Access tokens for scripts, from Hubs.Identity, the way any OAuth client gets them: client credentials
# for the demo feed client, and the authorization code flow with PKCE (public client hubs-cli) for a
# person. Reads .hubs/demo-credentials.json (written by the demo seed).
# shellcheck shell=bash

readonly CLI_CLIENT=hubs-cli
readonly CLI_REDIRECT=http://127.0.0.1:8765/callback

# client_secret FILE CLIENT_ID
client_secret() {
  [[ -s $1 ]] || return 0
  jq -r --arg id "$2" '.clients[] | select(.clientId == $id) | .clientSecret // empty' "$1"
}

# demo_login FILE ROLE: "email password" of the first demo account with that role.
demo_login() {
  jq -r --arg role "$2" '[.accounts[] | select(.role == $role)][0] | "\(.email) \(.password)"' "$1"
}

# feed_token IDENTITY_URL FILE: a feeds.read token for the demo feed client.
feed_token() {
  curl -fsS "$1/connect/token" -d grant_type=client_credentials -d client_id=demo-feed \
    --data-urlencode "client_secret=$(client_secret "$2" demo-feed)" -d scope=feeds.read | jq -r .access_token
}

# service_token IDENTITY_URL FILE CLIENT_ID SCOPE: a client-credentials token a site client (hubs-web)
# may get for a service scope (accounts.register).
service_token() {
  curl -fsS "$1/connect/token" -d grant_type=client_credentials -d "client_id=$3" \
    --data-urlencode "client_secret=$(client_secret "$2" "$3")" -d "scope=$4" | jq -r .access_token
}

b64url() { base64 -w0 | tr '+/' '-_' | tr -d '='; }

# person_token IDENTITY_URL EMAIL PASSWORD SCOPE: signs in on Identity's own page (no MFA: keyworkers)
# and redeems the code with the PKCE verifier.
person_token() {
  local identity=$1 email=$2 password=$3 scope=$4 jar verifier challenge url page antiforgery location code
  jar=$(mktemp)
  verifier=$(head -c 32 /dev/urandom | b64url)
  challenge=$(printf '%s' "$verifier" | openssl dgst -sha256 -binary | b64url)
  url="$identity/connect/authorize?client_id=$CLI_CLIENT&response_type=code&state=ops&code_challenge=$challenge&code_challenge_method=S256"
  url+="&scope=$(jq -rn --arg s "openid $scope" '$s|@uri')&redirect_uri=$(jq -rn --arg s "$CLI_REDIRECT" '$s|@uri')"
  page=$(curl -fsSL -c "$jar" -b "$jar" -o "$jar.html" -w '%{url_effective}' "$url") || { rm -f "$jar" "$jar.html"; return 1; }
  antiforgery=$(grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' "$jar.html" | sed 's/.*value="//; s/"$//')
  location=$(curl -fsS -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' "$page" \
    --data-urlencode "Email=$email" --data-urlencode "Password=$password" \
    --data-urlencode "__RequestVerificationToken=$antiforgery")
  for _ in 1 2 3 4 5; do
    [[ -n $location && $location != "$CLI_REDIRECT"* ]] || break
    location=$(curl -fsS -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' "$location")
  done
  rm -f "$jar" "$jar.html"
  code=$(sed -n 's/.*[?&]code=\([^&]*\).*/\1/p' <<<"$location")
  [[ -n $code ]] || return 1
  curl -fsS "$identity/connect/token" -d grant_type=authorization_code -d client_id=$CLI_CLIENT \
    --data-urlencode "redirect_uri=$CLI_REDIRECT" --data-urlencode "code=$(printf '%b' "${code//%/\\x}")" \
    --data-urlencode "code_verifier=$verifier" | jq -r .access_token
}
