#!/usr/bin/env bash
# Start-up benchmark of the production jar: time from launching the JVM to the first `GET /login` answered 200,
# over several runs, for several ways of starting the same jar. It builds nothing: build the jar first.
#
#   ./mvnw -DskipTests package                      # the production jar in target/
#   bench/startup.sh [-n RUNS] [VARIANT ...]         # default: 5 runs of every variant below
#
# Variants (each one reuses the extracted jar and the archives the earlier ones made, all in $WORK):
#   plain        java -jar target/chatter-*.jar
#   extracted    java -jar on the jar unpacked with `-Djarmode=tools extract` (the Spring Boot CDS/AOT layout)
#   cds          extracted + class data sharing: -XX:SharedArchiveFile from a -XX:ArchiveClassesAtExit training run
#   aot          extracted + JDK 25 AOT cache: -XX:AOTCache from a -XX:AOTCacheOutput training run
#   aot-login    like aot, but trained on a run that also served /login once (so Vaadin's UI classes are cached)
#   aot-lazy     aot-login + spring.main.lazy-initialization=true
#   spring-aot   extracted + AOT cache + Spring AOT's generated bean definitions (-Dspring.aot.enabled=true; the jar
#                that `package` builds has them): the Dockerfile's recipe
#   spring-aot-login  like spring-aot, but the cache is trained on a run that also served /login once
# Training runs use the same settings as the timed runs: -Dspring.context.exit=onRefresh stops after the context has
# started; "-login" trainings instead wait for /login to answer 200 and stop the JVM with SIGTERM.
#
# Every run uses an in-memory H2 database (Flyway creates the schema each time, as on a first start) and the
# in-memory relay: the default setup, without the ./data file. Environment: JAVA (default $JAVA_HOME/bin/java, else
# the newest JDK 25+ in /usr/lib/jvm), JAR, WORK (default target/startup-bench), PORT (default 18480), TIMEOUT
# (seconds one start may take, default 300),
# JVM_OPTS (extra JVM options for every run, e.g. -Xmx512m). Output: a Markdown table on stdout, logs in $WORK.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=5
if [ "${1-}" = -n ]; then runs=$2; shift 2; fi
variants=("$@")
[ ${#variants[@]} -gt 0 ] || variants=(plain extracted cds aot aot-login aot-lazy spring-aot spring-aot-login)

if [ -z "${JAVA-}" ]; then
  if [ -n "${JAVA_HOME-}" ]; then JAVA=$JAVA_HOME/bin/java
  else JAVA=$( (ls -d /usr/lib/jvm/*25* /usr/lib/jvm/*2[6-9]* 2>/dev/null || :) | sort -V | tail -1)/bin/java; fi
fi
JAR=${JAR:-$( (ls target/chatter-*.jar 2>/dev/null || :) | head -1)}
WORK=${WORK:-target/startup-bench}
PORT=${PORT:-18480}
read -r -a jvm_opts <<<"${JVM_OPTS:-}"
[ -f "$JAR" ] || { echo "no jar: build it with ./mvnw -DskipTests package (or set JAR)" >&2; exit 2; }
"$JAVA" -version 2>&1 | head -1 >&2
mkdir -p "$WORK"
db=(--spring.datasource.url=jdbc:h2:mem:startup-bench --server.port=$PORT)

now_ms() { date +%s%3N; }

# Starts the JVM with "$@", waits for /login to answer 200, prints the milliseconds it took and Spring's own
# "Started ... in X seconds", then stops the JVM (SIGTERM) and waits for it to exit.
time_to_login() {
  local log=$1; shift
  local start; start=$(now_ms)
  "$@" >"$log" 2>&1 &
  local pid=$!
  local code=000 deadline=$((start + ${TIMEOUT:-300} * 1000))
  while [ "$code" != 200 ]; do
    if ! kill -0 $pid 2>/dev/null; then echo "the JVM exited, see $log" >&2; return 1; fi
    if [ "$(now_ms)" -gt $deadline ]; then kill $pid; wait $pid || :; echo "no 200 in ${TIMEOUT:-300} s, see $log" >&2; return 1; fi
    sleep 0.05
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$PORT/login" || :)
  done
  local elapsed=$(( $(now_ms) - start ))
  kill -TERM $pid; wait $pid || :
  local spring; spring=$(grep -ao 'Started ChatterApplication in [0-9.]* seconds' "$log" | grep -o '[0-9.]*' | head -1 || :)
  echo "$elapsed ${spring:--}"
}

# Runs "$@" (a training run) once: with -Dspring.context.exit=onRefresh it exits by itself; otherwise it is stopped
# after its first /login.
train() {
  local log=$1; shift
  case " $* " in
    *" -Dspring.context.exit=onRefresh "*) "$@" >"$log" 2>&1 ;;
    *) time_to_login "$log" "$@" >/dev/null ;;
  esac
}

app=$WORK/app
extract() {
  if [ ! -f "$app/$(basename "$JAR")" ] || [ "$JAR" -nt "$app/$(basename "$JAR")" ]; then
    rm -rf "$app" "$WORK"/*.jsa "$WORK"/*.aot
    "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$app" >/dev/null
  fi
}

# Prints the command of one variant (after preparing what it needs) into the array `cmd`.
prepare() {
  local jar=$app/$(basename "$JAR")
  case $1 in
    plain) cmd=("$JAVA" "${jvm_opts[@]}" -jar "$JAR" "${db[@]}") ;;
    extracted) extract; cmd=("$JAVA" "${jvm_opts[@]}" -jar "$jar" "${db[@]}") ;;
    cds)
      extract
      [ -f "$WORK/app.jsa" ] || train "$WORK/train-cds.log" "$JAVA" "${jvm_opts[@]}" -XX:ArchiveClassesAtExit="$WORK/app.jsa" \
        -Dspring.context.exit=onRefresh -jar "$jar" "${db[@]}"
      cmd=("$JAVA" "${jvm_opts[@]}" -XX:SharedArchiveFile="$WORK/app.jsa" -jar "$jar" "${db[@]}") ;;
    aot)
      extract
      [ -f "$WORK/app.aot" ] || train "$WORK/train-aot.log" "$JAVA" "${jvm_opts[@]}" -XX:AOTCacheOutput="$WORK/app.aot" \
        -Dspring.context.exit=onRefresh -jar "$jar" "${db[@]}"
      cmd=("$JAVA" "${jvm_opts[@]}" -XX:AOTCache="$WORK/app.aot" -jar "$jar" "${db[@]}") ;;
    aot-login | aot-lazy)
      extract
      [ -f "$WORK/app-login.aot" ] || train "$WORK/train-aot-login.log" "$JAVA" "${jvm_opts[@]}" \
        -XX:AOTCacheOutput="$WORK/app-login.aot" -jar "$jar" "${db[@]}"
      cmd=("$JAVA" "${jvm_opts[@]}" -XX:AOTCache="$WORK/app-login.aot" -jar "$jar" "${db[@]}")
      [ "$1" = aot-login ] || cmd+=(--spring.main.lazy-initialization=true) ;;
    spring-aot)
      extract
      [ -f "$WORK/spring-aot.aot" ] || train "$WORK/train-spring-aot.log" "$JAVA" "${jvm_opts[@]}" -Dspring.aot.enabled=true \
        -XX:AOTCacheOutput="$WORK/spring-aot.aot" -Dspring.context.exit=onRefresh -jar "$jar" "${db[@]}"
      cmd=("$JAVA" "${jvm_opts[@]}" -Dspring.aot.enabled=true -XX:AOTCache="$WORK/spring-aot.aot" -jar "$jar" "${db[@]}") ;;
    spring-aot-login)
      extract
      [ -f "$WORK/spring-aot-login.aot" ] || train "$WORK/train-spring-aot-login.log" "$JAVA" "${jvm_opts[@]}" \
        -Dspring.aot.enabled=true -XX:AOTCacheOutput="$WORK/spring-aot-login.aot" -jar "$jar" "${db[@]}"
      cmd=("$JAVA" "${jvm_opts[@]}" -Dspring.aot.enabled=true -XX:AOTCache="$WORK/spring-aot-login.aot" -jar "$jar" "${db[@]}") ;;
    *) echo "unknown variant $1" >&2; return 1 ;;
  esac
}

stats() { # min median max of the numbers on stdin
  sort -n | awk '{a[NR]=$1} END {if (NR==0) {print "- - -"; exit} m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; print a[1], m, a[NR]}'
}

# Prepare every variant first (extraction, training runs), then time them round-robin, so that a machine whose
# load drifts slows every variant alike.
ready=()
for v in "${variants[@]}"; do
  if prepare "$v"; then ready+=("$v"); : >"$WORK/$v.times"; : >"$WORK/$v.failed"; else echo "$v: failed to prepare" >&2; fi
done
for i in $(seq 1 "$runs"); do
  for v in "${ready[@]}"; do
    prepare "$v"
    if r=$(time_to_login "$WORK/$v-$i.log" "${cmd[@]}"); then echo "$r" >>"$WORK/$v.times"; else echo x >>"$WORK/$v.failed"; fi
    echo "run $i $v: ${r:-failed}" >&2
  done
done

echo "| variant | runs | to first /login 200, ms: min | median | max | Spring \"Started in\", s: median |"
echo "|---|---|---|---|---|---|"
for v in "${ready[@]}"; do
  read -r mn md mx < <(cut -d' ' -f1 "$WORK/$v.times" | stats)
  read -r _ smd _ < <(cut -d' ' -f2 "$WORK/$v.times" | grep -v -- - | stats)
  failed=$(wc -l <"$WORK/$v.failed")
  echo "| $v | $(wc -l <"$WORK/$v.times")$([ "$failed" = 0 ] || echo " ($failed failed)") | $mn | $md | $mx | $smd |"
done
