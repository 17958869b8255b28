#!/usr/bin/env bash
# Prepares a jar built with ahead-of-time processing (./mvnw -Paot package) for the start the
# README recommends: the jar extracted (java -Djarmode=tools extract), a class data sharing
# archive made by one training start (stopped once the application context is up, on an
# in-memory database of its own), and jvm.options: the recommended JVM options
# (deploy/jvm.options) with the archive's path. Prints the path of the jar to start:
#
#   APP=$(deploy/prepare.sh target/iop-fit-screener-*.jar target/production)
#   java -Xmx256m @target/production/jvm.options -jar "$APP"
set -euo pipefail
JAR=$(realpath "$1")
OPTIONS="$(dirname "$(realpath "$0")")/jvm.options"
[ -f "$OPTIONS" ] || { echo "$OPTIONS is missing" >&2; exit 1; }
mkdir -p "$2" && DIR=$(realpath "$2")
# Only what an earlier run of this script wrote there.
rm -rf "$DIR/lib" "$DIR/app.jsa" "$DIR/jvm.options" "$DIR"/*.jar
java -Djarmode=tools -jar "$JAR" extract --destination "$DIR" > /dev/null
APP="$DIR/$(basename "$JAR")"
TRAIN=$(mktemp -d)
if ! (cd "$TRAIN" && java @"$OPTIONS" -XX:ArchiveClassesAtExit="$DIR/app.jsa" \
    -Dspring.context.exit=onRefresh -jar "$APP" --spring.datasource.url=jdbc:h2:mem:training \
    --screener.answers-cookie.key-file="$TRAIN/answers.key" > "$TRAIN/training.log" 2>&1); then
  cat "$TRAIN/training.log" >&2
  exit 1
fi
rm -rf "$TRAIN"
[ -s "$DIR/app.jsa" ] || { echo "no class data sharing archive was written" >&2; exit 1; }
{ cat "$OPTIONS"; echo; echo "# The class data sharing archive made for this jar by this JVM."
  echo "-XX:SharedArchiveFile=\"$DIR/app.jsa\""; } > "$DIR/jvm.options"
echo "$APP"
