#!/usr/bin/env bash
# Requests per second for GetAlternateContact with keep-alive connections: marketplane-emulator vs moto's server,
# same client (wrk), same machine, same run. Prints both and the ratio.
#
#   bash benches/compare_moto.sh            # 10 s per server, 2 threads, 32 connections
#   DURATION=30s CONNECTIONS=64 bash benches/compare_moto.sh
#
# Needs: wrk (apt-get install wrk), python3 (a venv with moto[server] is created under target/bench-venv).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-10s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
OURS_PORT="${OURS_PORT:-4599}"
MOTO_PORT="${MOTO_PORT:-5599}"
VENV="${VENV:-target/bench-venv}"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
if [ ! -x "$VENV/bin/moto_server" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet "moto[server]"
fi
cargo build --release -p marketplane-emulator --quiet

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

./target/release/marketplane-emulator --bind "127.0.0.1:$OURS_PORT" >/dev/null &
pids+=($!)
"$VENV/bin/moto_server" -H 127.0.0.1 -p "$MOTO_PORT" >/dev/null 2>&1 &
pids+=($!)

wait_for() {
  for _ in $(seq 1 100); do
    curl -s -o /dev/null "http://127.0.0.1:$1/" && return 0
    sleep 0.1
  done
  echo "server on port $1 did not start" >&2; exit 1
}
wait_for "$OURS_PORT"
wait_for "$MOTO_PORT"

seed() {
  curl -s -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:$1/putAlternateContact" \
    -H 'Content-Type: application/json' -H 'X-Amz-Date: 20260101T000000Z' \
    -H 'Authorization: AWS4-HMAC-SHA256 Credential=123456789012/20260101/us-east-1/account/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=00' \
    -d '{"AlternateContactType":"BILLING","Name":"Carlos Salazar","Title":"CFO","EmailAddress":"carlos@example.com","PhoneNumber":"206-555-0199"}'
}
check() {
  curl -s -X POST "http://127.0.0.1:$1/getAlternateContact" \
    -H 'Content-Type: application/json' -H 'X-Amz-Date: 20260101T000000Z' \
    -H 'Authorization: AWS4-HMAC-SHA256 Credential=123456789012/20260101/us-east-1/account/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=00' \
    -d '{"AlternateContactType":"BILLING"}'
}
echo "seed: marketplane $(seed "$OURS_PORT"), moto $(seed "$MOTO_PORT")"
check "$OURS_PORT" | grep -q 'Carlos Salazar' || { echo "marketplane did not return the contact" >&2; exit 1; }
check "$MOTO_PORT" | grep -q 'Carlos Salazar' || { echo "moto did not return the contact" >&2; exit 1; }

rps() {
  local out
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s benches/get_alternate_contact.lua "http://127.0.0.1:$1")
  echo "$out" >&2
  if grep -q 'Non-2xx' <<<"$out"; then echo "server on port $1 answered errors" >&2; exit 1; fi
  awk '/Requests\/sec/ {print $2}' <<<"$out"
}
echo "== marketplane-emulator" >&2
ours=$(rps "$OURS_PORT")
echo "== moto_server" >&2
moto=$(rps "$MOTO_PORT")
python3 - "$ours" "$moto" <<'PY'
import sys
ours, moto = float(sys.argv[1]), float(sys.argv[2])
print(f"GetAlternateContact requests/s: marketplane-emulator {ours:,.0f}, moto_server {moto:,.0f}, ratio {ours / moto:.1f}x")
PY
