#!/usr/bin/env bash
# The speed benchmark: this app against the bare stack serving the same bytes (baseline/),
# side by side in one run on this machine. Builds both jars, starts both with -Xmx256m,
# warms them up, then drives each route with wrk A/B/A/B and prints requests/s, p99, the
# ratio to the baseline, the CPU time each request costs (and its ratio), start-up time,
# RSS after the load and page weights.
#
#   bench/run.sh            # 20 s per run, 30 s warm-up per route and app
#   SECONDS_PER_RUN=10 WARMUP=15 bench/run.sh
#   JAVA_OPTS='-Xmx256m -XX:+UseSerialGC' ONLY='POST' bench/run.sh   # both apps, some routes
#
# Needs wrk (Debian: apt-get install wrk) and curl. Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
RUN=${SECONDS_PER_RUN:-20}
WARM=${WARMUP:-30}
CONNECTIONS=${CONNECTIONS:-50}
APP_PORT=${APP_PORT:-18080}
BASE_PORT=${BASE_PORT:-18081}
JAVA_OPTS=${JAVA_OPTS:--Xmx256m}

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
WORK=$(mktemp -d)
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

echo "Building the app and the baseline..."
./mvnw -q -B -ntp -Dmaven.test.skip=true package
./mvnw -q -B -ntp -Dmaven.test.skip=true -f bench/baseline/pom.xml package
APP_JAR=$(ls "$ROOT"/target/iop-fit-screener-*.jar | grep -v plain | head -n1)
BASE_JAR="$ROOT/bench/baseline/target/baseline-3.jar"

wait_up() { # url
  for _ in $(seq 1 240); do curl -fs -o /dev/null "$1" && return 0; sleep 0.25; done
  echo "not up: $1" >&2; exit 1
}

# shellcheck disable=SC2086
java $JAVA_OPTS -jar "$APP_JAR" --server.port=$APP_PORT \
  --screener.answers-cookie.key-file="$WORK/answers.key" \
  --spring.datasource.url="jdbc:h2:file:$WORK/db/iopfit" > "$WORK/app.log" 2>&1 &
APP_PID=$!; PIDS+=("$APP_PID")
wait_up "http://127.0.0.1:$APP_PORT/actuator/health"
STARTUP=$(grep -o 'Started IopFitApplication in [0-9.]* seconds' "$WORK/app.log" | grep -o '[0-9.]*' | head -n1)
APP="http://127.0.0.1:$APP_PORT"

# The bytes the baseline serves: this app's own pages and API answer.
mkdir -p "$WORK/pages"
cat > "$WORK/answers.json" <<'JSON'
{"respondent":"SELF","crisis":{"suicidalThoughts":false,"overdoseOrMedicalEmergency":false,"severeWithdrawalNow":false},
 "criteria":["LARGER_OR_LONGER","CANNOT_CUT_DOWN","CRAVING","TOLERANCE"],"substances":["ALCOHOL"],"withdrawalHistory":"NONE",
 "medicalMonitoringNeeded":false,"mentalHealth":"NONE","support":"STRONG","stableHousing":true,"substanceUseAtHome":false,
 "canAttend":"YES","needsFlexibility":true,"recentInpatientDischarge":false,"relapsedAfterTreatment":false}
JSON
curl -s "$APP/" > "$WORK/pages/landing.html"
curl -s "$APP/screening" | sed -E 's/<input type="hidden" name="_csrf"[^>]*>//; s/ action="([^"]*)"/ th:action="@{\1}"/' > "$WORK/pages/step.html"
curl -s "$APP/api/v1/screenings" -H 'Content-Type: application/json' -d @"$WORK/answers.json" > "$WORK/pages/api.json"

# A step post with every earlier answer: the safety page, with the answers cookie of the
# first page and a CSRF token, as a browser sends it.
csrf_of() { grep -o 'name="_csrf" value="[^"]*"' | head -n1 | sed 's/.*value="//; s/"$//'; }
TOKEN=$(curl -s -c "$WORK/jar" "$APP/screening" | csrf_of)
curl -s -b "$WORK/jar" -c "$WORK/jar" -o /dev/null "$APP/screening/who" -d "respondent=SELF&_csrf=$TOKEN"
XSRF=$(awk '$6=="XSRF-TOKEN"{print $7}' "$WORK/jar")
ANSWERS=$(awk '$6=="screening"{print $7}' "$WORK/jar")
STEP_BODY="crisis.suicidalThoughts=false&crisis.overdoseOrMedicalEmergency=false&crisis.severeWithdrawalNow=false&_csrf=$TOKEN"
SET_COOKIE=$(curl -s -D - -o /dev/null -b "$WORK/jar" "$APP/screening/safety" -d "$STEP_BODY" | grep -i '^set-cookie: screening=' | sed 's/^[Ss]et-[Cc]ookie: //' | tr -d '\r')
[ -n "$ANSWERS" ] && [ -n "$SET_COOKIE" ] || { echo "could not set up the step post" >&2; exit 1; }

java $JAVA_OPTS -jar "$BASE_JAR" --server.port=$BASE_PORT --spring.thymeleaf.prefix="file:$WORK/pages/" \
  --baseline.api-response="$WORK/pages/api.json" --baseline.answers-cookie="$SET_COOKIE" > "$WORK/base.log" 2>&1 &
BASE_PID=$!; PIDS+=("$BASE_PID")
BASE="http://127.0.0.1:$BASE_PORT"
wait_up "$BASE/"
BASE_TOKEN=$(curl -s -c "$WORK/basejar" "$BASE/screening" | csrf_of)
BASE_XSRF=$(awk '$6=="XSRF-TOKEN"{print $7}' "$WORK/basejar")

cat > "$WORK/api.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$WORK/answers.json"); wrk.body = f:read("*a"); f:close()
LUA
step_lua() { # file xsrf answers token
  cat > "$1" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = "XSRF-TOKEN=$2; screening=$3"
wrk.body = "crisis.suicidalThoughts=false&crisis.overdoseOrMedicalEmergency=false&crisis.severeWithdrawalNow=false&_csrf=$4"
LUA
}
step_lua "$WORK/step-app.lua" "$XSRF" "$ANSWERS" "$TOKEN"
step_lua "$WORK/step-base.lua" "$BASE_XSRF" "$ANSWERS" "$BASE_TOKEN"

# Check once that each route answers as it should on both, before measuring.
check() { # expected-status url [curl args]
  local want=$1 url=$2; shift 2
  local got; got=$(curl -s -o /dev/null -w '%{http_code}' "$@" "$url")
  [ "$got" = "$want" ] || { echo "$url answered $got, not $want" >&2; exit 1; }
}
for host in "$APP" "$BASE"; do
  check 200 "$host/"; check 200 "$host/screening"
  check 200 "$host/api/v1/screenings" -H 'Content-Type: application/json' -d @"$WORK/answers.json"
done
check 303 "$APP/screening/safety" -H "Cookie: XSRF-TOKEN=$XSRF; screening=$ANSWERS" -d "$STEP_BODY"
check 303 "$BASE/screening/safety" -H "Cookie: XSRF-TOKEN=$BASE_XSRF; screening=$ANSWERS" -d "${STEP_BODY%_csrf=*}_csrf=$BASE_TOKEN"

# route name | path | wrk script for the app | for the baseline
ROUTES=("GET /|/||" "GET /screening (no cookies)|/screening||"
  "POST a step (earlier answers in the cookie)|/screening/safety|$WORK/step-app.lua|$WORK/step-base.lua"
  "POST /api/v1/screenings|/api/v1/screenings|$WORK/api.lua|$WORK/api.lua")

# ONLY=regex keeps the routes whose name matches (e.g. ONLY='POST'), for a quicker look.
if [ -n "${ONLY:-}" ]; then
  KEPT=(); for route in "${ROUTES[@]}"; do [[ "${route%%|*}" =~ $ONLY ]] && KEPT+=("$route"); done
  ROUTES=("${KEPT[@]}")
fi

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
drive() { # url seconds [script] [pid] -> "rps p99ms cpu-ms-per-request"
  local args=(-t2 -c"$CONNECTIONS" -d"$2"s --latency)
  [ -n "${3:-}" ] && args+=(-s "$3")
  local before=0; [ -n "${4:-}" ] && before=$(cpu_ticks "$4")
  local out; out=$(wrk "${args[@]}" "$1")
  local after=0; [ -n "${4:-}" ] && after=$(cpu_ticks "$4")
  local rps; rps=$(echo "$out" | awk '/Requests\/sec/{print $2}')
  local p99; p99=$(echo "$out" | awk '$1=="99%"{print $2}')
  local n; n=$(echo "$out" | awk '/requests in/{print $1}')
  local cpu; cpu=$(awk -v a="$before" -v b="$after" -v n="$n" -v t="$(getconf CLK_TCK)" 'BEGIN{printf "%.3f", (b-a)*1000/t/n}')
  echo "$rps $(to_ms "$p99") $cpu"
}
to_ms() { case "$1" in *us) awk -v v="${1%us}" 'BEGIN{printf "%.2f", v/1000}';; *ms) echo "${1%ms}";;
  *s) awk -v v="${1%s}" 'BEGIN{printf "%.2f", v*1000}';; *) echo "$1";; esac; }

echo "Warming up ($WARM s per route and app)..."
for route in "${ROUTES[@]}"; do
  IFS='|' read -r name path app_lua base_lua <<< "$route"
  drive "$APP$path" "$WARM" "$app_lua" > /dev/null
  drive "$BASE$path" "$WARM" "$base_lua" > /dev/null
done

# Requests per second depend on what else the machine runs; CPU time per request (the
# process's own, from /proc) much less so: its ratio is the steadier figure on a shared machine.
printf '\n%-44s %10s %8s %8s %10s %8s %8s %6s %6s\n' "route ($CONNECTIONS connections, ${RUN}s x2 each)" \
  "app req/s" "app p99" "app cpu" "base req/s" "base p99" "base cpu" "ratio" "cpu r."
for route in "${ROUTES[@]}"; do
  IFS='|' read -r name path app_lua base_lua <<< "$route"
  read -r a1 ap1 ac1 <<< "$(drive "$APP$path" "$RUN" "$app_lua" "$APP_PID")"
  read -r b1 bp1 bc1 <<< "$(drive "$BASE$path" "$RUN" "$base_lua" "$BASE_PID")"
  read -r a2 ap2 ac2 <<< "$(drive "$APP$path" "$RUN" "$app_lua" "$APP_PID")"
  read -r b2 bp2 bc2 <<< "$(drive "$BASE$path" "$RUN" "$base_lua" "$BASE_PID")"
  awk -v n="$name" -v a1="$a1" -v a2="$a2" -v b1="$b1" -v b2="$b2" -v ap1="$ap1" -v ap2="$ap2" -v bp1="$bp1" -v bp2="$bp2" \
    -v ac1="$ac1" -v ac2="$ac2" -v bc1="$bc1" -v bc2="$bc2" \
    'BEGIN{a=(a1+a2)/2; b=(b1+b2)/2; ap=(ap1>ap2)?ap1:ap2; bp=(bp1>bp2)?bp1:bp2; ac=(ac1+ac2)/2; bc=(bc1+bc2)/2;
      printf "%-44s %10.0f %6.1fms %6.3fms %10.0f %6.1fms %6.3fms %6.2f %6.2f\n", n, a, ap, ac, b, bp, bc, a/b, bc/ac}'
done

rss() { awk '/VmRSS/{printf "%.0f MiB", $2/1024}' "/proc/$1/status"; }
echo
echo "Start-up (app, java -jar, first start: it creates its database): ${STARTUP} s (the README's production start, and medians: bench/startup.sh)"
echo "RSS after the load: app $(rss "$APP_PID"), baseline $(rss "$BASE_PID")"
echo "Page weights (gzip as sent, HTML only; the stylesheet is cached a year):"
for path in / /screening /help-now; do
  printf '  %-12s %6s bytes\n' "$path" "$(curl -s --compressed -o /dev/null -w '%{size_download}' -H 'Accept-Encoding: gzip' "$APP$path")"
done
CSS=$(grep -o 'href="/assets/css/[^"]*"' "$WORK/pages/landing.html" | head -n1 | sed 's/href="//; s/"$//')
printf '  %-12s %6s bytes (%s)\n' "stylesheet" "$(curl -s --compressed -o /dev/null -w '%{size_download}' -H 'Accept-Encoding: gzip' "$APP$CSS")" "$CSS"
