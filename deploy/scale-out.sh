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

LB_PORT=${LB_PORT:-18180}
A_PORT=${A_PORT:-18181}
B_PORT=${B_PORT:-18182}
PG_PORT=${PG_PORT:-25432}
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)}
LB="http://127.0.0.1:$LB_PORT"
ADMIN_PASSWORD="scale out quietly with two instances"

command -v nginx >/dev/null || { echo "nginx is missing: apt-get install nginx" >&2; exit 1; }
[ -x "$PG_BIN/initdb" ] || { echo "PostgreSQL is missing: apt-get install postgresql" >&2; exit 1; }

WORK=$(mktemp -d /tmp/scale-out.XXXXXX)
chmod 755 "$WORK"
declare -A PID
cleanup() {
  for pid in "${PID[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -m fast stop >/dev/null 2>&1 || true
  [ "${KEEP_WORK:-}" = 1 ] || rm -rf "$WORK"
}
trap cleanup EXIT
fail() { echo "FAILED: $*" >&2; echo "logs: $WORK (kept)" >&2; KEEP_WORK=1; exit 1; }
pass() { echo "ok: $*"; }

# PostgreSQL refuses to run as root.
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

if [ -z "${JAR:-}" ]; then
  echo "Building the jar..."
  ./mvnw -q -B -ntp -Dmaven.test.skip=true package
  JAR=$(ls target/iop-fit-screener-*.jar | grep -v plain | head -n1)
fi
JAR=$(readlink -f "$JAR")

echo "Starting PostgreSQL on 127.0.0.1:$PG_PORT..."
mkdir -p "$WORK/pg"
[ "$(id -u)" = 0 ] && chown postgres "$WORK/pg"
as_postgres "$PG_BIN/initdb" -D "$WORK/pg" -U postgres --auth=trust >/dev/null
as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg/server.log" -w \
  -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1" start >/dev/null
as_postgres "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres iopfit

# Every instance: the same database, the same key for the answers' cookie, the same first admin.
SECRET=$(head -c 48 /dev/urandom | base64 | tr -d '\n/+=' | head -c 48)
start_instance() { # name port
  SPRING_PROFILES_ACTIVE=postgres \
  DATABASE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/iopfit" DATABASE_USERNAME=postgres DATABASE_PASSWORD=unused \
  SCREENER_ANSWERSCOOKIE_SECRET="$SECRET" ADMIN_USERNAME=lead ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    java -Xmx256m -jar "$JAR" --server.port="$2" >> "$WORK/$1.log" 2>&1 &
  PID[$1]=$!
}
wait_up() { # port
  for _ in $(seq 1 240); do
    curl -fs -o /dev/null "http://127.0.0.1:$1/actuator/health/readiness" && return 0
    sleep 0.5
  done
  fail "the instance on port $1 did not come up"
}
echo "Starting two instances..."
start_instance a "$A_PORT"
start_instance b "$B_PORT"
wait_up "$A_PORT"
wait_up "$B_PORT"

mkdir -p "$WORK/nginx-tmp"
cat > "$WORK/nginx.conf" <<NGINX
$( [ "$(id -u)" = 0 ] && echo "user root;" )
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx-tmp/body;
  proxy_temp_path $WORK/nginx-tmp/proxy;
  fastcgi_temp_path $WORK/nginx-tmp/fastcgi;
  uwsgi_temp_path $WORK/nginx-tmp/uwsgi;
  scgi_temp_path $WORK/nginx-tmp/scgi;
  upstream app {
    # Round robin, no stickiness: every request may land on either instance.
    server 127.0.0.1:$A_PORT max_fails=1 fail_timeout=5s;
    server 127.0.0.1:$B_PORT max_fails=1 fail_timeout=5s;
    keepalive 32;
  }
  server {
    listen 127.0.0.1:$LB_PORT;
    location / {
      proxy_pass http://app;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      # Without it, Tomcat takes the default port of the scheme for redirects.
      proxy_set_header X-Forwarded-Port \$server_port;
      # For these checks only: which instance answered.
      add_header X-Upstream \$upstream_addr always;
    }
  }
}
NGINX
nginx -p "$WORK" -c "$WORK/nginx.conf" 2>> "$WORK/nginx-error.log" || fail "nginx did not start"
for _ in $(seq 1 40); do curl -fs -o /dev/null "$LB/" && break; sleep 0.25; done

csrf_of() { grep -o 'name="_csrf" value="[^"]*"' "$1" | head -n1 | sed 's/.*value="//; s/"$//'; }
upstream_of() { grep -i '^x-upstream:' "$1" | tail -n1 | tr -d '\r' | awk '{print $2}'; }

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
