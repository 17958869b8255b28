#!/usr/bin/env bash
# Two instances of the app behind nginx (round robin, no sticky sessions) on one PostgreSQL,
# all on loopback, and the checks that they behave as one app:
#   1. a public screening started on one instance finishes on the other;
#   2. a staff session survives the instance that signed it in being killed;
#   3. killing one instance in the middle of a load loses nothing that got a success answer;
#   4. both report healthy, and the database's migrations ran once.
#
#   deploy/scale-out.sh              # builds the jar first
#   JAR=target/x.jar deploy/scale-out.sh
#
# Needs Debian's nginx and postgresql packages (apt-get install nginx postgresql), curl, and
# wrk for the load in check 3 (skipped with a note if wrk is missing). Exits non-zero on the
# first failed check. Leaves nothing running.
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=deploy/cluster.sh
source deploy/cluster.sh


# 1. A public screening through the balancer, page by page, alternating instances.
JAR_A="$WORK/visitor"
STEPS=(
  "who|respondent=SELF"
  "safety|crisis.suicidalThoughts=false&crisis.overdoseOrMedicalEmergency=false&crisis.severeWithdrawalNow=false"
  "signs|substances=ALCOHOL&criteria=CRAVING&criteria=TOLERANCE&criteria=TIME_SPENT&criteria=WITHDRAWAL"
  "health|withdrawalHistory=NONE&medicalMonitoringNeeded=false"
  "mental-health|mentalHealth=NONE"
  "support|support=SOME&stableHousing=true&substanceUseAtHome=false"
  "life|canAttend=YES&needsFlexibility=true&recentInpatientDischarge=false&relapsedAfterTreatment=false"
)
curl -s -c "$JAR_A" -b "$JAR_A" -o "$WORK/page.html" "$LB/screening"
UPSTREAMS=""
for step in "${STEPS[@]}"; do
  slug=${step%%|*}; fields=${step#*|}
  token=$(csrf_of "$WORK/page.html")
  code=$(curl -s -L -c "$JAR_A" -b "$JAR_A" -D "$WORK/headers" -o "$WORK/page.html" -w '%{http_code}' \
    "$LB/screening/$slug" --data "$fields&_csrf=$token")
  [ "$code" = 200 ] || fail "the $slug page answered $code"
  # The post and the page it redirects to: with two instances, round robin gives them one each.
  UPSTREAMS="$UPSTREAMS $(grep -i '^x-upstream:' "$WORK/headers" | tr -d '\r' | awk '{print $2}' | paste -sd+)"
done
curl -s -c "$JAR_A" -b "$JAR_A" -o "$WORK/result.html" "$LB/screening/result"
grep -q 'data-level="IOP"' "$WORK/result.html" || fail "the screening did not reach its IOP result"
n=$(echo "$UPSTREAMS" | tr ' +' '\n\n' | grep -v '^$' | sort -u | wc -l)
[ "$n" = 2 ] || fail "the pages were not served by both instances:$UPSTREAMS"
pass "a public screening went from page to page across both instances (${UPSTREAMS# }) to its result"

# 2. A staff session survives the death of the instance that signed it in.
STAFF="$WORK/staff"
curl -s -c "$STAFF" -b "$STAFF" -o "$WORK/login.html" "$LB/staff/login"
token=$(csrf_of "$WORK/login.html")
curl -s -c "$STAFF" -b "$STAFF" -D "$WORK/headers" -o /dev/null "$LB/staff/login" \
  --data-urlencode "username=lead" --data-urlencode "password=$ADMIN_PASSWORD" --data-urlencode "_csrf=$token"
tr -d '\r' < "$WORK/headers" | grep -qi "^location: $LB/staff\$" || fail "lead could not sign in: $(head -n1 "$WORK/headers")"
signed_in_by=$(upstream_of "$WORK/headers")
victim=a; [ "$signed_in_by" = "127.0.0.1:$B_PORT" ] && victim=b
kill -9 "${PID[$victim]}"; wait "${PID[$victim]}" 2>/dev/null || true
for i in 1 2 3 4; do
  code=$(curl -s -c "$STAFF" -b "$STAFF" -D "$WORK/headers" -o /dev/null -w '%{http_code}' "$LB/staff")
  [ "$code" = 200 ] || fail "after instance $victim died, /staff answered $code (request $i)"
done
pass "signed in through $signed_in_by; after instance $victim was killed, the console still opened (200 x4)"
[ "$victim" = a ] && start_instance a "$A_PORT" && wait_up "$A_PORT"
[ "$victim" = b ] && start_instance b "$B_PORT" && wait_up "$B_PORT"

# 3. Kill an instance in the middle of a load: every success answer stands.
if command -v wrk >/dev/null; then
  cat > "$WORK/api.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[{"respondent":"SELF","crisis":{"suicidalThoughts":false,"overdoseOrMedicalEmergency":false,"severeWithdrawalNow":false},"criteria":["CRAVING"],"substances":["ALCOHOL"],"withdrawalHistory":"NONE","medicalMonitoringNeeded":false,"mentalHealth":"NONE","support":"STRONG","stableHousing":true,"substanceUseAtHome":false,"canAttend":"YES","needsFlexibility":false,"recentInpatientDischarge":false,"relapsedAfterTreatment":false}]]
local errors = 0
response = function(status, headers, body)
  if status ~= 200 or not string.find(body, '"decidedBy"', 1, true) then errors = errors + 1 end
end
done = function(summary, latency, requests)
  io.write(string.format("requests %d non2xx-or-wrong %d socket-errors %d\n", summary.requests,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
LUA
  wrk -t2 -c20 -d12s -s "$WORK/api.lua" "$LB/api/v1/screenings" > "$WORK/wrk.txt" 2>&1 &
  WRK=$!
  sleep 5
  kill -9 "${PID[b]}"; wait "${PID[b]}" 2>/dev/null || true
  wait "$WRK" || true
  grep '^requests' "$WORK/wrk.txt" || fail "wrk gave no summary: $(cat "$WORK/wrk.txt")"
  pass "API load through the balancer while instance b was killed: $(grep '^requests' "$WORK/wrk.txt")"
  start_instance b "$B_PORT"; wait_up "$B_PORT"
else
  echo "note: wrk is missing, the load check was skipped (apt-get install wrk)"
fi

# 4. Both healthy; migrations applied once.
for port in "$A_PORT" "$B_PORT"; do
  curl -fs "http://127.0.0.1:$port/actuator/health" | grep -q UP || fail "the instance on $port is not healthy"
done
admins=$(as_postgres "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d iopfit -tAc \
  "SELECT count(*) FROM staff_account WHERE username = 'lead'")
[ "$admins" = 1 ] || fail "the first admin exists $admins times"
pass "both instances healthy on one database; one first admin"
echo "All scale-out checks passed."
