#!/usr/bin/env bash
# Container health check for the platform images, which have no curl:
#   healthcheck [path] [port]   exits 0 when GET http://127.0.0.1:<port><path> answers 200.
# Defaults: path /actuator/health, port $SERVER_PORT. Bash built-ins only (/dev/tcp, printf, read).
set -eu
path="${1:-/actuator/health}"
port="${2:-${SERVER_PORT:?SERVER_PORT is not set}}"

exec 3<>"/dev/tcp/127.0.0.1/$port"
printf 'GET %s HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' "$path" >&3
read -r -t 5 _ status _ <&3
[[ "${status%$'\r'}" == 200 ]]
