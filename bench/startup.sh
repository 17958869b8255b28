#!/usr/bin/env bash
# Start-up time of this app, the way the README recommends running it in production and the
# plain way, beside the bare baseline. Each way of starting is timed RUNS times, the ways taking
# turns, on one database (the first start, which creates the database and the first admin, is
# left out), until the landing page answers. Prints Spring's "Started in" figure (the median)
# and the JVM's uptime, then each start's RSS after 40 s of load (when wrk is there).
#
#   bench/startup.sh                # 5 starts of each
#   RUNS=3 bench/startup.sh
#
# What "recommended" means (README, JVM options): the jar built with ahead-of-time processing
# (-Paot) and prepared by deploy/prepare.sh (extracted, a class data sharing archive, the
# options of deploy/jvm.options), then java -Xmx256m @DIR/jvm.options -jar DIR/app.jar
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
RUNS=${RUNS:-5}
PORT=${PORT:-18085}
JAVA_OPTS=${JAVA_OPTS:--Xmx256m}
WORK=$(mktemp -d)
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

echo "Building the app (with ahead-of-time processing) and the baseline..."
./mvnw -q -B -ntp -Paot -Dmaven.test.skip=true package
./mvnw -q -B -ntp -Dmaven.test.skip=true -f bench/baseline/pom.xml package
APP_JAR=$(ls "$ROOT"/target/iop-fit-screener-*.jar | grep -v plain | head -n1)
BASE_JAR="$ROOT/bench/baseline/target/baseline-3.jar"
APP_EXTRACTED=$(deploy/prepare.sh "$APP_JAR" "$WORK/app")
java -Djarmode=tools -jar "$BASE_JAR" extract --destination "$WORK/base" > /dev/null
BASE_EXTRACTED="$WORK/base/$(basename "$BASE_JAR")"
mkdir -p "$WORK/pages" && echo '<p>x</p>' > "$WORK/pages/landing.html"

APP_ARGS=(--server.port=$PORT --screener.answers-cookie.key-file="$WORK/answers.key"
  --spring.datasource.url="jdbc:h2:file:$WORK/db/iopfit")
BASE_ARGS=(--server.port=$PORT --spring.thymeleaf.prefix="file:$WORK/pages/")

start() { # log-file java-args... -> prints "started-in uptime"
  local log=$1; shift
  # shellcheck disable=SC2086
  java $JAVA_OPTS "$@" > "$log" 2>&1 &
  local pid=$!; PIDS+=("$pid")
  for _ in $(seq 1 400); do
    curl -fs -o /dev/null "http://127.0.0.1:$PORT/" && break
    kill -0 "$pid" 2>/dev/null || { echo "did not start, see $log" >&2; exit 1; }
    sleep 0.1
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true
  grep -o 'Started [A-Za-z]* in [0-9.]* seconds (process running for [0-9.]*)' "$log" | awk '{print $4, $9}' | tr -d ')'
}

# The baseline's class data sharing archive: one training start, stopped once the context is up
# (the app's is made by deploy/prepare.sh, as for production).
java $JAVA_OPTS -XX:ArchiveClassesAtExit="$WORK/base.jsa" -Dspring.context.exit=onRefresh \
  -jar "$BASE_EXTRACTED" "${BASE_ARGS[@]}" > "$WORK/train-base.log" 2>&1

RECOMMENDED="@$WORK/app/jvm.options"
# The same options but those naming $1, for what they buy.
without() { grep -v -- "$1" "$WORK/app/jvm.options" > "$WORK/without-$1.options"; echo "@$WORK/without-$1.options"; }
JIT_DEFAULTS=$(without Tier4)
# The starts compared, one function each; they take turns (one start of each per round), so a
# busier spell of the machine falls on all of them alike.
app_plain() { start "$WORK/start.log" -jar "$APP_JAR" "${APP_ARGS[@]}"; }
app_recommended() { start "$WORK/start.log" "$RECOMMENDED" -jar "$APP_EXTRACTED" "${APP_ARGS[@]}"; }
app_jit_defaults() { start "$WORK/start.log" "$JIT_DEFAULTS" -jar "$APP_EXTRACTED" "${APP_ARGS[@]}"; }
base_plain() { start "$WORK/start.log" -jar "$BASE_JAR" "${BASE_ARGS[@]}"; }
base_cds() { start "$WORK/start.log" -XX:SharedArchiveFile="$WORK/base.jsa" -jar "$BASE_EXTRACTED" "${BASE_ARGS[@]}"; }
STARTS=(app_plain app_recommended app_jit_defaults base_plain base_cds)
declare -A NAMES=([app_plain]="app: java -jar (plain)"
  [app_recommended]="app: recommended (extracted, CDS, AOT, jvm.options)"
  [app_jit_defaults]="app: recommended, C2 at the JVM's thresholds"
  [base_plain]="baseline: java -jar (plain)" [base_cds]="baseline: extracted + CDS")

start "$WORK/first.log" -jar "$APP_JAR" "${APP_ARGS[@]}" > /dev/null   # creates the database
declare -A FIGURES
for _ in $(seq 1 "$RUNS"); do
  for s in "${STARTS[@]}"; do FIGURES[$s]+="$($s)"$'\n'; done
done
echo
printf '%-52s %10s %10s %13s\n' "start ($RUNS runs, $JAVA_OPTS)" "started in" "JVM up" "range"
for s in "${STARTS[@]}"; do
  printf '%s' "${FIGURES[$s]}" | sort -n | awk -v n="${NAMES[$s]}" '{s[NR]=$1; u[NR]=$2} END {m=int((NR+1)/2);
    printf "%-52s %8.2f s %8.2f s %6.2f-%.2f s\n", n, s[m], u[m], s[1], s[NR]}'
done

# Memory after a short load, for the ways of starting the app: the class data sharing archive
# is resident too (Debian's JDK maps it at a new address and rewrites its pointers, so its pages
# count as the process's own); the young generation's cap keeps the heap's touched pages down.
cat > "$WORK/api.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"respondent":"SELF","crisis":{"suicidalThoughts":false,"overdoseOrMedicalEmergency":false,"severeWithdrawalNow":false},"criteria":["LARGER_OR_LONGER","CANNOT_CUT_DOWN","CRAVING","TOLERANCE"],"substances":["ALCOHOL"],"withdrawalHistory":"NONE","medicalMonitoringNeeded":false,"mentalHealth":"NONE","support":"STRONG","stableHousing":true,"substanceUseAtHome":false,"canAttend":"YES","needsFlexibility":true,"recentInpatientDischarge":false,"relapsedAfterTreatment":false}'
LUA
rss_after_load() { # name java-args...
  local name=$1; shift
  # shellcheck disable=SC2086
  java $JAVA_OPTS "$@" > "$WORK/rss.log" 2>&1 &
  local pid=$!; PIDS+=("$pid")
  for _ in $(seq 1 400); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/" && break; sleep 0.1; done
  wrk -t2 -c50 -d15s "http://127.0.0.1:$PORT/screening" > /dev/null
  wrk -t2 -c50 -d10s "http://127.0.0.1:$PORT/" > /dev/null
  wrk -t2 -c50 -d15s -s "$WORK/api.lua" "http://127.0.0.1:$PORT/api/v1/screenings" > /dev/null
  awk -v n="$name" '/VmRSS|RssAnon|RssFile/{v[$1]=$2} END {printf "%-52s %6.0f MiB (anonymous %.0f, files %.0f)\n", n,
    v["VmRSS:"]/1024, v["RssAnon:"]/1024, v["RssFile:"]/1024}' "/proc/$pid/status"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}
if command -v wrk > /dev/null; then
  echo
  echo "RSS after 40 s of load (wrk -c50 on /screening, / and the API):"
  rss_after_load "app: java -jar (plain)" -jar "$APP_JAR" "${APP_ARGS[@]}"
  rss_after_load "app: recommended" "$RECOMMENDED" -jar "$APP_EXTRACTED" "${APP_ARGS[@]}"
  rss_after_load "app: recommended without -XX:MaxNewSize=64m" "$(without MaxNewSize)" -jar "$APP_EXTRACTED" \
    "${APP_ARGS[@]}"
fi
