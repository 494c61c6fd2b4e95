#!/usr/bin/env bash
# The estate at scale: `marketplane estate audit` and `marketplane estate fix-contacts` over a 1,000-account
# organization on the emulator binary with Account Management's published request rates enforced
# (`enforce_rate_limits = true`), timed end to end, against the bound the quotas set.
#
#   bash benches/estate.sh                  # 1,000 accounts (about 10 minutes)
#   ACCOUNTS=200 bash benches/estate.sh     # a quicker look
#   BUILD=release bash benches/estate.sh    # release binaries
#
# The bound of a phase is the slowest of its operations: (calls - burst) / rate, the calls all charged to the
# calling (management) account. The audit reads every account's contacts and Regions at once, so its bound is that
# of its slowest operation; fix-contacts plans (reads) and then applies (writes), so its bound is the sum of its two
# phases. The script prints each bound, each time and their ratio; the goal is a ratio within 1.2.
set -euo pipefail
cd "$(dirname "$0")/.."

ACCOUNTS="${ACCOUNTS:-1000}"
BUILD="${BUILD:-debug}"
TARGET_DIR="${CARGO_TARGET_DIR:-target}"
PORT="${PORT:-4593}"
WORK="$(mktemp -d)"
trap 'kill "${EMULATOR_PID:-}" 2>/dev/null || true; rm -rf "$WORK"' EXIT

if [ "$BUILD" = release ]; then
  cargo build --quiet --release -p marketplane-emulator -p marketplane-cli
else
  cargo build --quiet -p marketplane-emulator -p marketplane-cli
fi
BIN="$TARGET_DIR/$BUILD"

# The organization: management account 100000000000 and ACCOUNTS-1 members spread over ten units under two
# parents, trusted access for Account Management, a root-deny SCP on one parent.
python3 - "$ACCOUNTS" >"$WORK/world.toml" <<'PY'
import sys
n = int(sys.argv[1])
print('[settings]\nenforce_rate_limits = true\n')
print('[[organizations]]\nid = "o-benchmark01"\nmanagement_account = "100000000000"')
print('trusted_access = ["account.amazonaws.com", "cloudtrail.amazonaws.com"]\n')
for parent in ("Prod", "Dev"):
    print(f'[[organizational_units]]\norganization = "o-benchmark01"\npath = "{parent}"\n')
    for i in range(5):
        print(f'[[organizational_units]]\norganization = "o-benchmark01"\npath = "{parent}/team-{i}"\n')
print('[[policies]]\norganization = "o-benchmark01"\nname = "DenyRootUser"')
print("""content = '{"Statement":[{"Effect":"Deny","Action":"*","Resource":"*","Condition":{"StringLike":{"aws:PrincipalArn":"arn:aws:iam::*:root"}}}]}'""")
print('targets = ["Prod"]\n')
print('[[accounts]]\nid = "100000000000"\nname = "management"\nemail = "root@example.com"\norganization = "o-benchmark01"\n')
for i in range(1, n):
    parent = ("Prod", "Dev")[i % 2]
    print(f'[[accounts]]\nid = "{100000000000 + i}"\nname = "member {i}"\nemail = "m{i}@example.com"')
    print(f'organization = "o-benchmark01"\nparent = "{parent}/team-{i % 5}"\ntags = {{ customer = "c{i % 50}" }}\n')
PY
cat >"$WORK/contacts.toml" <<'TOML'
[SECURITY]
name = "Security Team"
title = "Security"
email = "security@lists.example.com"
phone = "+1 206 555 0100"
TOML

"$BIN/marketplane-emulator" --bind "127.0.0.1:$PORT" --world "$WORK/world.toml" >"$WORK/emulator.log" 2>&1 &
EMULATOR_PID=$!
for _ in $(seq 100); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then break; fi
  sleep 0.1
done

export AWS_ACCESS_KEY_ID=100000000000 AWS_SECRET_ACCESS_KEY=benchmark AWS_REGION=us-east-1
export AWS_ENDPOINT_URL="http://127.0.0.1:$PORT"
unset AWS_PROFILE AWS_SESSION_TOKEN

# seconds: (calls - burst) / rate
bound() { python3 -c "print(max(0.0, ($1 - $2) / $3))"; }
timed() {
  local start end
  start=$(date +%s.%N)
  "$@"
  end=$(date +%s.%N)
  python3 -c "print(f'{$end - $start:.1f}')"
}

echo "organization: $ACCOUNTS accounts, rates enforced by the emulator ($BIN)"

# Audit: per account GetContactInformation (10/s, burst 15), GetAlternateContact x3 (10/s, burst 15), ListRegions
# (5/s, burst 5).
AUDIT_BOUND=$(python3 -c "print(max(($ACCOUNTS*3-15)/10, ($ACCOUNTS-15)/10, ($ACCOUNTS-5)/5))")
AUDIT_TIME=$(timed sh -c "'$BIN/marketplane' estate audit --format json >'$WORK/audit.json' || [ \$? = 1 ]")
FINDINGS=$(python3 -c "import json; f=json.load(open('$WORK/audit.json')); print(len(f), sum(1 for x in f if 'TooManyRequests' in x['detail']))")
echo "audit:        ${AUDIT_TIME} s  bound ${AUDIT_BOUND} s  ratio $(python3 -c "print(f'{$AUDIT_TIME/$AUDIT_BOUND:.3f}')")  (findings, throttled reads: $FINDINGS)"

# fix-contacts: plan = GetAlternateContact(SECURITY) per account (10/s, burst 15); apply = PutAlternateContact per
# account (5/s, burst 8).
FIX_BOUND=$(python3 -c "print(($ACCOUNTS-15)/10 + ($ACCOUNTS-8)/5)")
FIX_TIME=$(timed sh -c "'$BIN/marketplane' estate fix-contacts --contacts '$WORK/contacts.toml' --format json >'$WORK/fix.json'")
APPLIED=$(python3 -c "import json; print(sum(1 for r in json.load(open('$WORK/fix.json')) if r['outcome'] == 'APPLIED'))")
echo "fix-contacts: ${FIX_TIME} s  bound ${FIX_BOUND} s  ratio $(python3 -c "print(f'{$FIX_TIME/$FIX_BOUND:.3f}')")  (applied: $APPLIED)"
