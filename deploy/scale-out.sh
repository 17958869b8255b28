#!/usr/bin/env bash
# Two instances of the app behind nginx (round robin, no sticky sessions) on one PostgreSQL,
# all on loopback, and the checks that they behave as one app:
#   1. a public screening started on one instance finishes on the other;
#   2. a staff session survives the instance that signed it in being killed;
#   2a. a reference code saved through one instance is found by staff on the other;
#   3. killing one instance in the middle of a load loses no reference code and no call-back
#      request that got a success page (each has its row);
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
UPSTREAMS=$(screen_through_lb "$JAR_A")
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
tr -d '\r' < "$WORK/headers" | grep -qi "^location: /staff\$" || fail "lead could not sign in: $(head -n1 "$WORK/headers")"
signed_in_by=$(upstream_of "$WORK/headers")

# 2a. A reference code saved through one instance is found by staff on the other.
token=$(csrf_of "$WORK/result.html")
curl -s -c "$JAR_A" -b "$JAR_A" -D "$WORK/headers" -o /dev/null "$LB/screening/code" --data "consent=yes&_csrf=$token"
saved_by=$(upstream_of "$WORK/headers")
curl -s -c "$JAR_A" -b "$JAR_A" -o "$WORK/code.html" "$LB/screening/code"
CODE=$(grep -o 'data-reference-code[^>]*>[^<]*' "$WORK/code.html" | sed 's/.*>//' | tr -d ' \n')
[ -n "$CODE" ] || fail "no reference code was shown"
other_port=$A_PORT; [ "$saved_by" = "127.0.0.1:$A_PORT" ] && other_port=$B_PORT
code=$(curl -s -b "$STAFF" -o "$WORK/record.html" -w '%{http_code}' "http://127.0.0.1:$other_port/staff/screenings/$CODE")
[ "$code" = 200 ] && grep -q 'data-level="IOP"' "$WORK/record.html" \
  || fail "code $CODE saved through $saved_by was not found on port $other_port ($code)"
pass "reference code $CODE saved through $saved_by, found by staff on 127.0.0.1:$other_port"
victim=a; [ "$signed_in_by" = "127.0.0.1:$B_PORT" ] && victim=b
kill -9 "${PID[$victim]}"; wait "${PID[$victim]}" 2>/dev/null || true
for i in 1 2 3 4; do
  code=$(curl -s -c "$STAFF" -b "$STAFF" -D "$WORK/headers" -o /dev/null -w '%{http_code}' "$LB/staff")
  [ "$code" = 200 ] || fail "after instance $victim died, /staff answered $code (request $i)"
done
pass "signed in through $signed_in_by; after instance $victim was killed, the console still opened (200 x4)"
[ "$victim" = a ] && start_instance a "$A_PORT" && wait_up "$A_PORT"
[ "$victim" = b ] && start_instance b "$B_PORT" && wait_up "$B_PORT"

# 3. Kill an instance in the middle of a load of reference codes, call-back requests and API
#    calls: every success answer (a 303 to the code page or to "we will call you") has its row.
count_rows() { # table condition
  as_postgres "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d iopfit -tAc "SELECT count(*) FROM $1 WHERE $2"
}
if command -v wrk >/dev/null; then
  XSRF=$(awk '$6=="XSRF-TOKEN"{print $7}' "$JAR_A")
  ANSWERS=$(awk '$6=="screening"{print $7}' "$JAR_A")
  token=$(csrf_of "$WORK/result.html")
  cat > "$WORK/mixed.lua" <<LUA
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args)
  codes, callbacks, api, failed, n = 0, 0, 0, 0, 0
  local form = { ["Content-Type"] = "application/x-www-form-urlencoded", ["Cookie"] = "XSRF-TOKEN=$XSRF; screening=$ANSWERS" }
  requests = {
    wrk.format("POST", "/screening/code", form, "consent=yes&_csrf=$token"),
    wrk.format("POST", "/screening/call-back", form,
      "firstName=Sam&phone=555-201-7788&bestTime=mornings&voicemail=false&consent=yes&_csrf=$token"),
    wrk.format("POST", "/api/v1/screenings", { ["Content-Type"] = "application/json" },
      [[{"respondent":"SELF","crisis":{"suicidalThoughts":false,"overdoseOrMedicalEmergency":false,"severeWithdrawalNow":false},"criteria":["CRAVING"],"substances":["ALCOHOL"],"withdrawalHistory":"NONE","medicalMonitoringNeeded":false,"mentalHealth":"NONE","support":"STRONG","stableHousing":true,"substanceUseAtHome":false,"canAttend":"YES","needsFlexibility":false,"recentInpatientDischarge":false,"relapsedAfterTreatment":false}]]),
  }
end
function request()
  n = n + 1
  return requests[(n % #requests) + 1]
end
function response(status, headers, body)
  local location = headers["Location"] or headers["location"] or ""
  if status == 303 and string.find(location, "/screening/code", 1, true) then codes = codes + 1
  elseif status == 303 and string.find(location, "/call-back/sent", 1, true) then callbacks = callbacks + 1
  elseif status == 200 and string.find(body, '"decidedBy"', 1, true) then api = api + 1
  else failed = failed + 1 end
end
function done(summary, latency, requests)
  local c, b, a, f = 0, 0, 0, 0
  for _, t in ipairs(threads) do c = c + t:get("codes"); b = b + t:get("callbacks"); a = a + t:get("api"); f = f + t:get("failed") end
  local e = summary.errors
  io.write(string.format("codes %d callbacks %d api %d failed %d socket-errors %d\\n", c, b, a, f,
    e.connect + e.read + e.write + e.timeout))
end
LUA
  codes_before=$(count_rows saved_screening "source = 'ONLINE'")
  callbacks_before=$(count_rows call_back_request "first_name = 'Sam'")
  wrk -t2 -c20 -d12s -s "$WORK/mixed.lua" "$LB" > "$WORK/wrk.txt" 2>&1 &
  WRK=$!
  sleep 5
  kill -9 "${PID[b]}"; wait "${PID[b]}" 2>/dev/null || true
  wait "$WRK" || true
  summary=$(grep '^codes' "$WORK/wrk.txt") || fail "wrk gave no summary: $(cat "$WORK/wrk.txt")"
  read -r _ codes _ callbacks _ api _ failed _ socket <<< "$summary"
  new_codes=$(( $(count_rows saved_screening "source = 'ONLINE'") - codes_before ))
  new_callbacks=$(( $(count_rows call_back_request "first_name = 'Sam'") - callbacks_before ))
  [ "$codes" -gt 0 ] && [ "$callbacks" -gt 0 ] || fail "no success during the load: $summary"
  # A row may exist without its success page (the instance died after the commit), never the
  # other way round.
  [ "$new_codes" -ge "$codes" ] || fail "$codes code pages but only $new_codes saved screenings"
  [ "$new_callbacks" -ge "$callbacks" ] || fail "$callbacks call-back pages but only $new_callbacks requests saved"
  pass "instance b killed mid-load: $codes code pages / $new_codes rows, $callbacks call-back pages / $new_callbacks rows, $api API answers, $failed failed, $socket socket errors"
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
