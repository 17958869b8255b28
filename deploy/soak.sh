#!/usr/bin/env bash
# The soak: a mixed load through nginx against two instances on one PostgreSQL for a while
# (10 minutes at 50 connections by default), then: zero errors, memory flat (heap after a
# full GC at the end within 10% of the same after the warm-up), the connection pool never
# exhausted (no "Connection is not available" in either log).
#
#   deploy/soak.sh                            # builds the jar first
#   MINUTES=2 JAR=target/x.jar deploy/soak.sh  # a shorter run
#
# The mix, in turn: the landing page, the first step without cookies, a step post with the
# earlier answers in the cookie, the JSON API, a reference code saved, a staff member looking a
# code up, and the staff console's page.
# Needs what scale-out.sh needs, and wrk.
set -euo pipefail
cd "$(dirname "$0")/.."
MINUTES=${MINUTES:-10}
CONNECTIONS=${CONNECTIONS:-50}
WARMUP=${WARMUP:-60}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

# shellcheck source=deploy/cluster.sh
source deploy/cluster.sh

# A visitor who has answered every page (the step post re-sends the safety page with the
# answers so far), a reference code for those answers, and a signed-in staff member.
VISITOR="$WORK/visitor"
screen_through_lb "$VISITOR" > /dev/null
curl -s -c "$VISITOR" -b "$VISITOR" -o "$WORK/result.html" "$LB/screening/result"
TOKEN=$(csrf_of "$WORK/result.html")
XSRF=$(awk '$6=="XSRF-TOKEN"{print $7}' "$VISITOR")
ANSWERS=$(awk '$6=="screening"{print $7}' "$VISITOR")
[ -n "$XSRF" ] && [ -n "$ANSWERS" ] && [ -n "$TOKEN" ] || fail "could not set up the visitor"
curl -s -c "$VISITOR" -b "$VISITOR" -o /dev/null "$LB/screening/code" --data "consent=yes&_csrf=$TOKEN"
CODE=$(curl -s -b "$VISITOR" "$LB/screening/code" | grep -o 'data-reference-code[^>]*>[^<]*' | sed 's/.*>//' | tr -d ' -')
[ -n "$CODE" ] || fail "no reference code"
# Eight staff members at their desks: eight sessions (one shared session would have every
# request wait for the others' update of the same session row).
SESSIONS=""
for i in 1 2 3 4 5 6 7 8; do
  STAFF="$WORK/staff$i"
  curl -s -c "$STAFF" -b "$STAFF" -o "$WORK/login.html" "$LB/staff/login"
  STAFF_TOKEN=$(csrf_of "$WORK/login.html")
  curl -s -c "$STAFF" -b "$STAFF" -o /dev/null "$LB/staff/login" --data-urlencode "username=lead" \
    --data-urlencode "password=$ADMIN_PASSWORD" --data-urlencode "_csrf=$STAFF_TOKEN"
  SESSION=$(awk '$6=="SESSION"{print $7}' "$STAFF")
  [ -n "$SESSION" ] || fail "lead could not sign in"
  [ "$(curl -s -o /dev/null -w '%{http_code}' -b "$STAFF" "$LB/staff/screenings/$CODE")" = 200 ] || fail "the code was not found"
  SESSIONS="$SESSIONS\"$SESSION\", "
done

cat > "$WORK/mix.lua" <<LUA
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args)
  errors = 0
  n = 0
  sessions = { $SESSIONS }
  requests = {
    wrk.format("GET", "/"),
    wrk.format("GET", "/screening"),
    wrk.format("POST", "/screening/safety", {
      ["Content-Type"] = "application/x-www-form-urlencoded",
      ["Cookie"] = "XSRF-TOKEN=$XSRF; screening=$ANSWERS" },
      "crisis.suicidalThoughts=false&crisis.overdoseOrMedicalEmergency=false&crisis.severeWithdrawalNow=false&_csrf=$TOKEN"),
    wrk.format("POST", "/api/v1/screenings", { ["Content-Type"] = "application/json" },
      [[{"respondent":"SELF","crisis":{"suicidalThoughts":false,"overdoseOrMedicalEmergency":false,"severeWithdrawalNow":false},"criteria":["CRAVING","TOLERANCE"],"substances":["ALCOHOL"],"withdrawalHistory":"NONE","medicalMonitoringNeeded":false,"mentalHealth":"NONE","support":"SOME","stableHousing":true,"substanceUseAtHome":false,"canAttend":"YES","needsFlexibility":false,"recentInpatientDischarge":false,"relapsedAfterTreatment":false}]]),
    wrk.format("POST", "/screening/code", {
      ["Content-Type"] = "application/x-www-form-urlencoded",
      ["Cookie"] = "XSRF-TOKEN=$XSRF; screening=$ANSWERS" }, "consent=yes&_csrf=$TOKEN"),
  }
end
function request()
  n = n + 1
  local i = (n % (#requests + 2)) + 1
  if i <= #requests then return requests[i] end
  local session = sessions[(n % #sessions) + 1]
  local path = (i == #requests + 1) and "/staff/screenings/$CODE" or "/staff"
  return wrk.format("GET", path, { ["Cookie"] = "SESSION=" .. session })
end
function response(status, headers, body)
  if status >= 400 then errors = errors + 1 end
end
function done(summary, latency, requests)
  local e = 0
  for _, t in ipairs(threads) do e = e + t:get("errors") end
  local s = summary.errors
  io.write(string.format("requests %d errors %d socket-errors %d p50 %.1f ms p99 %.1f ms\n", summary.requests, e,
    s.connect + s.read + s.write + s.timeout, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
LUA

heap_after_gc() { # pid -> used KiB after a full GC
  jcmd "$1" GC.run >/dev/null
  jcmd "$1" GC.heap_info | grep -o 'used [0-9]*K' | head -n1 | grep -o '[0-9]*'
}
echo "Warming up for $WARMUP s..."
wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s "$WORK/mix.lua" "$LB" > "$WORK/warmup.txt"
START_A=$(heap_after_gc "${PID[a]}"); START_B=$(heap_after_gc "${PID[b]}")
echo "Soaking for $MINUTES min at $CONNECTIONS connections..."
wrk -t2 -c"$CONNECTIONS" -d"${MINUTES}m" --timeout 10s -s "$WORK/mix.lua" "$LB" > "$WORK/soak.txt"
END_A=$(heap_after_gc "${PID[a]}"); END_B=$(heap_after_gc "${PID[b]}")
RESULT=$(grep '^requests' "$WORK/soak.txt")
RPS=$(awk '/Requests\/sec/{print $2}' "$WORK/soak.txt")
echo "$RESULT, $RPS requests/s"
echo "heap after full GC (KiB): a $START_A -> $END_A, b $START_B -> $END_B"
for f in a b; do echo "RSS $f: $(awk '/VmRSS/{printf "%.0f MiB", $2/1024}' "/proc/${PID[$f]}/status")"; done

errors=$(echo "$RESULT" | awk '{print $4 + $6}')
[ "$errors" = 0 ] || fail "$errors errors during the soak"
for pair in "$START_A $END_A" "$START_B $END_B"; do
  read -r s e <<< "$pair"
  awk -v s="$s" -v e="$e" 'BEGIN{exit !(e <= s * 1.10)}' || fail "heap grew from $s to $e KiB"
done
if grep -q 'Connection is not available' "$WORK"/a.log "$WORK"/b.log; then fail "the connection pool ran out"; fi
pass "soak: no errors, heap flat, the pool never ran out"
