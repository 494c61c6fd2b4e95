#!/usr/bin/env bash
# Requests per second for GetAlternateContact with keep-alive connections, same client (wrk), same machine, same run:
#
#   emulator (memory)   marketplane-emulator with its state in memory
#   emulator (file)     marketplane-emulator on a SQLite state file (--state)
#   nginx               nginx answering the emulator's exact response body from memory: this machine's ceiling
#   hyper floor         the emulator's HTTP stack (tokio, hyper, mimalloc) answering that body and doing nothing
#                       else (crates/emulator/examples/http_floor.rs): what any server on this stack can reach
#   moto                moto_server
#
# Prints the five rates and the ratios against their targets: emulator/moto >= 100x, emulator/nginx >= 50%,
# file/memory >= 75% (and, for reference, the hyper floor against nginx).
#
#   bash benches/compare_moto.sh            # 10 s per server, 2 threads, 32 connections, one round
#   DURATION=30s CONNECTIONS=64 ROUNDS=3 bash benches/compare_moto.sh   # the median of 3 rounds per server
#   EMULATOR=/path/to/marketplane-emulator bash benches/compare_moto.sh # another build (no cargo build)
#
# Needs: wrk and nginx (Debian/Ubuntu: apt-get install -y wrk nginx-light), python3 (a venv with moto[server] is
# created under the cargo target directory, bench-venv).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-10s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
ROUNDS="${ROUNDS:-1}"
MEM_PORT="${MEM_PORT:-4599}"
FILE_PORT="${FILE_PORT:-4598}"
NGINX_PORT="${NGINX_PORT:-4597}"
FLOOR_PORT="${FLOOR_PORT:-4596}"
MOTO_PORT="${MOTO_PORT:-5599}"
TARGET_DIR="${CARGO_TARGET_DIR:-target}"
VENV="${VENV:-$TARGET_DIR/bench-venv}"

missing=()
command -v wrk >/dev/null || missing+=(wrk)
NGINX="${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}"
[ -x "$NGINX" ] || missing+=(nginx-light)
if [ ${#missing[@]} -gt 0 ]; then
  echo "missing: ${missing[*]}; install with: apt-get install -y ${missing[*]}" >&2
  exit 1
fi
if [ ! -x "$VENV/bin/moto_server" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet "moto[server]"
fi
if [ -z "${EMULATOR:-}" ]; then
  cargo build --release -p marketplane-emulator --quiet
  EMULATOR="$TARGET_DIR/release/marketplane-emulator"
fi
cargo build --release -p marketplane-emulator --example http_floor --quiet
FLOOR="$TARGET_DIR/release/examples/http_floor"

in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for port in "$MEM_PORT" "$FILE_PORT" "$NGINX_PORT" "$FLOOR_PORT" "$MOTO_PORT"; do
  if in_use "$port"; then echo "port $port is already in use; stop what listens there or choose other ports" >&2; exit 1; fi
done

work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

"$EMULATOR" --bind "127.0.0.1:$MEM_PORT" >/dev/null &
pids+=($!)
"$EMULATOR" --bind "127.0.0.1:$FILE_PORT" --state "$work/state.db" >/dev/null &
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
for port in "$MEM_PORT" "$FILE_PORT" "$MOTO_PORT"; do wait_for "$port"; done

AUTH='AWS4-HMAC-SHA256 Credential=123456789012/20260101/us-east-1/account/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=00'
seed() {
  curl -s -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:$1/putAlternateContact" \
    -H 'Content-Type: application/json' -H 'X-Amz-Date: 20260101T000000Z' -H "Authorization: $AUTH" \
    -d '{"AlternateContactType":"BILLING","Name":"Carlos Salazar","Title":"CFO","EmailAddress":"carlos@example.com","PhoneNumber":"206-555-0199"}'
}
check() {
  curl -s -X POST "http://127.0.0.1:$1/getAlternateContact" \
    -H 'Content-Type: application/json' -H 'X-Amz-Date: 20260101T000000Z' -H "Authorization: $AUTH" \
    -d '{"AlternateContactType":"BILLING"}'
}
echo "seed: memory $(seed "$MEM_PORT"), file $(seed "$FILE_PORT"), moto $(seed "$MOTO_PORT")" >&2
for port in "$MEM_PORT" "$FILE_PORT" "$MOTO_PORT"; do
  check "$port" | grep -q 'Carlos Salazar' || { echo "the server on port $port did not return the contact" >&2; exit 1; }
done

# nginx answers with the emulator's own body, from memory (a `return` in the config), with keep-alive as the others.
body=$(check "$MEM_PORT")
escaped=$(printf '%s' "$body" | sed -e 's/\\/\\\\/g' -e "s/'/\\\\'/g")
cat >"$work/nginx.conf" <<EOF
worker_processes auto;
daemon off;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/body;
  proxy_temp_path $work/proxy;
  fastcgi_temp_path $work/fastcgi;
  uwsgi_temp_path $work/uwsgi;
  scgi_temp_path $work/scgi;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / {
      default_type application/json;
      return 200 '$escaped';
    }
  }
}
EOF
"$NGINX" -p "$work" -c "$work/nginx.conf" &
pids+=($!)
wait_for "$NGINX_PORT"
[ "$(check "$NGINX_PORT")" = "$body" ] || { echo "nginx does not answer the emulator's body" >&2; exit 1; }
printf '%s' "$body" >"$work/body.json"
"$FLOOR" "127.0.0.1:$FLOOR_PORT" "$work/body.json" >/dev/null &
pids+=($!)
wait_for "$FLOOR_PORT"
[ "$(check "$FLOOR_PORT")" = "$body" ] || { echo "the hyper floor does not answer the emulator's body" >&2; exit 1; }

rps() {
  local out
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s benches/get_alternate_contact.lua "http://127.0.0.1:$1")
  echo "$out" >&2
  if grep -q 'Non-2xx' <<<"$out"; then echo "server on port $1 answered errors" >&2; exit 1; fi
  awk '/Requests\/sec/ {print $2}' <<<"$out"
}

declare -A rates
for round in $(seq 1 "$ROUNDS"); do
  for server in memory:"$MEM_PORT" file:"$FILE_PORT" nginx:"$NGINX_PORT" floor:"$FLOOR_PORT" moto:"$MOTO_PORT"; do
    name=${server%%:*}
    echo "== round $round: $name" >&2
    rates[$name]="${rates[$name]:-} $(rps "${server#*:}")"
  done
done

python3 - "${rates[memory]}" "${rates[file]}" "${rates[nginx]}" "${rates[floor]}" "${rates[moto]}" "$ROUNDS" <<'PY'
import statistics
import sys

memory, file, nginx, floor, moto = (statistics.median(float(x) for x in arg.split()) for arg in sys.argv[1:6])
rounds = int(sys.argv[6])
print(f"GetAlternateContact requests/s ({'median of ' + str(rounds) + ' rounds' if rounds > 1 else 'one round'}):")
print(f"  marketplane-emulator, memory  {memory:>10,.0f}")
print(f"  marketplane-emulator, file    {file:>10,.0f}")
print(f"  nginx, same body from memory  {nginx:>10,.0f}")
print(f"  hyper floor, same body        {floor:>10,.0f}")
print(f"  moto_server                   {moto:>10,.0f}")


def line(name, value, target, fmt):
    verdict = "met" if value >= target else "MISSED"
    print(f"  {name:<28}{fmt(value):>10}  (target >= {fmt(target)}: {verdict})")


print("ratios:")
line("emulator / moto", memory / moto, 100, lambda v: f"{v:.0f}x")
line("emulator / nginx", memory / nginx, 0.5, lambda v: f"{v:.0%}")
line("file / memory", file / memory, 0.75, lambda v: f"{v:.0%}")
print(f"  {'hyper floor / nginx':<28}{floor / nginx:>10.0%}  (the most any server on the emulator's stack reaches)")
print(f"  {'emulator / hyper floor':<28}{memory / floor:>10.0%}")
PY
