#!/usr/bin/env bash
# The library's retries against injected faults, end to end: the emulator binary fails a share of the requests
# (by default 20%: throttling, 503 and dropped connections before a request runs, 500s and dropped connections after
# it ran), and the conformance-style flows of crates/emulator/examples/fault_flows.rs run through the AWS backend
# with the library's default retry policy. Then every side effect a flow meant to cause once is counted.
#
#   bash benches/faults.sh                      # 20 rounds, seed 7
#   ROUNDS=50 SEED=3 PLAN='throttle:10%,drop-after:10%' bash benches/faults.sh
#
# It exits 1 when a side effect was duplicated: a write without an idempotency token that the client retried after
# the service had applied it (its answer lost). Writes carrying a token (StartChangeSet, CreateAgreementRequest) are
# deduplicated by the service; with a retry policy that replays only reads and token-carrying writes, the count is 0.
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${ROUNDS:-20}
SEED=${SEED:-7}
PLAN=${PLAN:-'throttle:4%,503:4%,drop:4%,500-after:4%,drop-after:4%'}
TARGET=${CARGO_TARGET_DIR:-target}
TOKEN="faults-$$-$RANDOM"

cargo build -q -p marketplane-emulator --bin marketplane-emulator --example fault_flows

dir=$(mktemp -d)
pid=""
cleanup() {
    if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
    rm -rf "$dir"
}
trap cleanup EXIT

# Change sets settle at once; an organization whose management account starts the members' email updates.
{
    printf '[settings]\nchange_set_preparation_seconds = 0\nchange_set_application_seconds = 0\n\n'
    printf '[[organizations]]\nid = "o-faults0001"\nmanagement_account = "100000000000"\n'
    printf 'trusted_access = ["account.amazonaws.com"]\n\n'
    printf '[[accounts]]\nid = "100000000000"\norganization = "o-faults0001"\n\n'
    for i in $(seq 1 "$ROUNDS"); do
        printf '[[accounts]]\nid = "%012d"\norganization = "o-faults0001"\n\n' $((100000000000 + i))
    done
} > "$dir/world.toml"

"$TARGET/debug/marketplane-emulator" --bind 127.0.0.1:0 --world "$dir/world.toml" --admin-token "$TOKEN" \
    > "$dir/emulator.out" 2>&1 &
pid=$!
for _ in $(seq 1 100); do
    grep -q "listening on" "$dir/emulator.out" 2>/dev/null && break
    sleep 0.1
done
url=$(sed -n 's/.*listening on //p' "$dir/emulator.out")
[ -n "$url" ] || { cat "$dir/emulator.out"; exit 2; }

echo "emulator $url, $ROUNDS rounds, seed $SEED, plan: $PLAN"
"$TARGET/debug/examples/fault_flows" "$url" "$TOKEN" "$ROUNDS" "$PLAN" "$SEED"
