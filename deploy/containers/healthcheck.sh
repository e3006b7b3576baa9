#!/bin/bash
# Container HEALTHCHECK without curl or wget (the aspnet image has neither, and adding a client only
# for this widens the image): one HTTP/1.1 GET over bash's /dev/tcp; healthy only on a 200.
# Usage: hubs-healthcheck [path]   (default /health/live; port from HEALTHCHECK_PORT, default 8080)
set -euo pipefail
path=${1:-/health/live}
port=${HEALTHCHECK_PORT:-8080}
exec 3<>"/dev/tcp/127.0.0.1/$port"
printf 'GET %s HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' "$path" >&3
IFS= read -r -t 5 status <&3
[[ $status =~ ^HTTP/1\.[01]\ 200[[:space:]] ]]
