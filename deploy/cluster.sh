#!/usr/bin/env bash
# Sourced by scale-out.sh and soak.sh: starts PostgreSQL, two instances of the jar and nginx in
# front of them, all on loopback, in a work folder that is removed on exit. Defines LB, WORK,
# PID[a], PID[b], start_instance, wait_up, fail, pass, as_postgres, csrf_of, upstream_of.
LB_PORT=${LB_PORT:-18180}
A_PORT=${A_PORT:-18181}
B_PORT=${B_PORT:-18182}
PG_PORT=${PG_PORT:-25432}
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)}
LB="http://127.0.0.1:$LB_PORT"
ADMIN_PASSWORD="scale out quietly with two instances"
JAVA_OPTS=${JAVA_OPTS:--Xmx256m}

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
# The second factor is optional here: curl has no passkey (PasskeyBrowserTest covers them).
# And https is not required: everything here is plain http on loopback (no certificate), the
# checks also ask an instance directly, and curl keeps a Secure (__Host-) cookie off http.
# Production ends TLS at the proxy, which sends X-Forwarded-Proto: https.
SECRET=$(head -c 48 /dev/urandom | base64 | tr -d '\n/+=' | head -c 48)
# shellcheck disable=SC2086
start_instance() { # name port (JAVA_OPTS split into words on purpose)
  SPRING_PROFILES_ACTIVE=postgres \
  DATABASE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/iopfit" DATABASE_USERNAME=postgres DATABASE_PASSWORD=unused \
  SCREENER_ANSWERSCOOKIE_SECRET="$SECRET" ADMIN_USERNAME=lead ADMIN_PASSWORD="$ADMIN_PASSWORD" \
  SCREENER_SECURITY_SECONDFACTOR=optional SCREENER_REQUIREHTTPS=false \
    java $JAVA_OPTS -jar "$JAR" --server.port="$2" >> "$WORK/$1.log" 2>&1 &
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
# A visitor (cookie jar $1) answers every page through the balancer, as a moderate IOP case;
# prints which instances served each post and its next page.
STEPS=(
  "who|respondent=SELF"
  "safety|crisis.suicidalThoughts=false&crisis.overdoseOrMedicalEmergency=false&crisis.severeWithdrawalNow=false"
  "signs|substances=ALCOHOL&criteria=CRAVING&criteria=TOLERANCE&criteria=TIME_SPENT&criteria=WITHDRAWAL"
  "health|withdrawalHistory=NONE&pastOverdose=false&medicalMonitoringNeeded=false&pregnant=false"
  "mental-health|mentalHealth=NONE"
  "support|support=SOME&stableHousing=true&substanceUseAtHome=false"
  "life|ageGroup=AGE_26_OR_OVER&canAttend=YES&needsFlexibility=true&recentInpatientDischarge=false&relapsedAfterTreatment=false&readiness=READY"
)
screen_through_lb() { # cookie-jar
  curl -s -c "$1" -b "$1" -o "$WORK/page.html" "$LB/screening"
  local upstreams="" step slug fields token code
  for step in "${STEPS[@]}"; do
    slug=${step%%|*}; fields=${step#*|}
    token=$(csrf_of "$WORK/page.html")
    code=$(curl -s -L -c "$1" -b "$1" -D "$WORK/headers" -o "$WORK/page.html" -w '%{http_code}' \
      "$LB/screening/$slug" --data "$fields&_csrf=$token")
    [ "$code" = 200 ] || fail "the $slug page answered $code"
    # The post and the page it redirects to: with two instances, round robin gives them one each.
    upstreams="$upstreams $(grep -i '^x-upstream:' "$WORK/headers" | tr -d '\r' | awk '{print $2}' | paste -sd+)"
  done
  echo "${upstreams# }"
}
