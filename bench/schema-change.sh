#!/usr/bin/env bash
# Schema change under load: the priority → priority_rank change (V9 expand + backfill, V10 validate, V11
# contract) on TASKS tasks while a steady writer runs; see bench/SchemaChangeBench.java for what it measures.
#
#   bench/schema-change.sh                 # 1,000,000 tasks, writer at 50 ops/s (about 6 minutes)
#   bench/schema-change.sh 100000 50       # a quick run
#   REV=HEAD bench/schema-change.sh        # the migrations module of a commit instead of the working tree
#   MVNW_FLAGS=-o bench/schema-change.sh   # offline Maven
#   JAVA_OPTS="-Dbench.before=60 -Dbench.writers=16" bench/schema-change.sh
#
# Builds the migrations module (by default as it is in the working tree; with REV, from `git archive REV`
# unpacked under target/bench/src, so work in progress cannot leak into the figures) and runs the benchmark
# on a private, throwaway PostgreSQL under target/bench, which it deletes at the end.
set -euo pipefail

cd "$(dirname "$0")/.."
root=$PWD
work=$root/target/bench
mkdir -p "$work/tmp"
source=$root
measured="working tree of $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
if [[ -n "${REV:-}" ]]; then
  source=$work/src
  rm -rf "$source" && mkdir -p "$source"
  git archive "$REV" | tar -x -C "$source"
  measured="commit $(git rev-parse --short "$REV^{commit}")"
fi
# ${MVNW_FLAGS:-} unquoted on purpose: zero or more flags
(cd "$source" && ./mvnw -q ${MVNW_FLAGS:-} package -DskipTests -pl migrations)
(cd "$source" && ./mvnw -q ${MVNW_FLAGS:-} dependency:build-classpath -pl migrations -DincludeScope=runtime \
  -Dmdep.outputFile="$work/classpath.txt")
# a copy, so a rebuild of the module while the benchmark runs cannot change what it runs
cp "$source"/migrations/target/taskchat-migrations-*-SNAPSHOT.jar "$work/taskchat-migrations-classes.jar"

echo "$(date -u +%FT%TZ)  $(nproc) cores  $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)" \
  " $(java -version 2>&1 | head -1)  migrations module: $measured"
# JAVA_OPTS unquoted on purpose: zero or more options
exec java -Djava.io.tmpdir="$work/tmp" ${JAVA_OPTS:-} \
  -cp "$work/taskchat-migrations-classes.jar:$(cat "$work/classpath.txt")" \
  bench/SchemaChangeBench.java "$@"
