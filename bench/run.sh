#!/usr/bin/env bash
# careerbot benchmarks: throughput and latency (wrk), the pipeline alone (JMH), start-up, memory and knowledge-base
# scale. Needs a JDK 17, Maven (to build the jar and the JMH harness) and wrk (Debian: apt-get install -y wrk).
# Writes bench/RESULTS.md. Takes about 15 minutes on 2 cores. Rate limiting is off for every run.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
command -v java >/dev/null || { echo "a JDK 17 is missing" >&2; exit 1; }

PORT=${BENCH_PORT:-18080}
URL=http://127.0.0.1:$PORT
JAR=target/careerbot-0.1.jar
FLAGS=$(cat bin/jvm.options)   # the flags bin/careerbot runs the bot with
OUT=bench/RESULTS.md
WORK=target/bench
mkdir -p "$WORK"
export CAREERBOT_RATE_LIMIT_ENABLED=false MICRONAUT_SERVER_PORT=$PORT

echo "building the jar and the JMH harness…"
mvn -B -q package -DskipTests
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=$WORK/classpath.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat $WORK/classpath.txt)"

SERVER=""
STARTED_MS=0
start_server() { # start_server LOG JVM-ARGS… : starts the jar, waits for a correct answer; sets SERVER and STARTED_MS
  local log=$1; shift
  start_command "$log" java "$@" -jar $JAR
}
start_command() { # start_command LOG COMMAND… : the same for any command that starts the bot
  local log=$1; shift
  local question=${QUESTION:-what+does+a+product+owner+do}
  local expect=${EXPECT:-development teams}
  local t0; t0=$(date +%s%N)
  "$@" > "$log" 2>&1 &
  SERVER=$!
  until curl -sf "$URL/api/ask?q=$question" 2>/dev/null | grep -q "$expect"; do
    kill -0 $SERVER 2>/dev/null || { echo "server died, see $log" >&2; exit 1; }
    sleep 0.02
  done
  STARTED_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
}
stop_server() { kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
heap_used_mb() { # after a full GC
  jcmd "$1" GC.run >/dev/null
  jcmd "$1" GC.heap_info | awk '/generation|heap/ && /used/ {for (i=1;i<=NF;i++) if ($i=="used") {v=$(i+1); sub(/K.*/,"",v); kb+=v}}
    END {print int(kb/1024)}'
}
wrk_row() { # wrk_row LABEL CONNECTIONS ARGS… → "| label | c | req/s | p50 | p99 |"
  local label=$1 c=$2; shift 2
  local t=$(( c < 2 ? 1 : 2 ))
  wrk -t$t -c$c -d10s --latency "$@" > $WORK/wrk.txt
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {print $2}' $WORK/wrk.txt)
  p50=$(awk '$1=="50%" {print $2}' $WORK/wrk.txt)
  p99=$(awk '$1=="99%" {print $2}' $WORK/wrk.txt)
  errors=$(awk '/Non-2xx|Socket errors/ {print}' $WORK/wrk.txt | tr '\n' ' ')
  echo "| $label | $c | $rps | $p50 | $p99 | ${errors:-none} |"
}
jmh_percentiles() { # jmh_percentiles ARGS… → "p50 p99" in µs
  java -Xmx3g -cp "$CP" org.openjdk.jmh.Main PipelineBenchmark -wi 2 -w 2 -i 3 -r 3 "$@" > $WORK/jmh.txt 2>&1
  echo "$(awk '$1 ~ /:p0.50$/ {print $(NF-1)}' $WORK/jmh.txt) $(awk '$1 ~ /:p0.99$/ {print $(NF-1)}' $WORK/jmh.txt)"
}

{
echo "# Benchmark results"
echo
echo "Written by \`bench/run.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'). Rate limiting off."
echo
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB memory, $(java -version 2>&1 | head -1)."
echo "Server JVM flags: \`$FLAGS\` (\`bin/jvm.options\`, what \`bin/careerbot\` runs the bot with)."
echo
} > $OUT

echo "throughput and latency…"
start_server $WORK/server.log $FLAGS
PID=$SERVER
wrk -t2 -c64 -d15s -s bench/chat.lua "$URL/api/chat" > /dev/null   # warm-up: JIT
wrk -t2 -c64 -d5s "$URL/page.css" > /dev/null
{
echo "## Throughput and latency (wrk on loopback, 10 s a row, same process)"
echo
echo "\`chat\` is \`POST /api/chat\` cycling through the $(grep -c . bench/questions.txt) questions of \`bench/questions.txt\`"
echo "(\`bench/chat.lua\`); \`ceiling\` is \`GET /page.css\`, a constant text of the same server."
echo
echo "| endpoint | connections | requests/s | p50 | p99 | errors |"
echo "| --- | --- | --- | --- | --- | --- |"
for c in 1 16 64; do
  wrk_row ceiling $c "$URL/page.css"
  wrk_row chat $c -s bench/chat.lua "$URL/api/chat"
done
wrk_row chat-floor 64 -s bench/floor.lua "$URL/api/chat"
} > $WORK/throughput.md
cat $WORK/throughput.md >> $OUT
chat64=$(awk -F'|' '$2 ~ /chat / && $3+0==64 {print $4+0}' $WORK/throughput.md)
floor64=$(awk -F'|' '$2 ~ /chat-floor/ {print $4+0}' $WORK/throughput.md)
ceil64=$(awk -F'|' '$2 ~ /ceiling/ && $3+0==64 {print $4+0}' $WORK/throughput.md)
{
echo
echo "Chat / ceiling at 64 connections: $(awk -v a=$chat64 -v b=$ceil64 'BEGIN {printf "%.0f%%", 100*a/b}')."
echo "\`chat-floor\` is \`POST /api/chat\` with \"bye\" only (\`bench/floor.lua\`): a reply that retrieves nothing, so what"
echo "a chat request costs before any retrieval. Chat-floor / ceiling: $(awk -v a=$floor64 -v b=$ceil64 'BEGIN {printf "%.0f%%", 100*a/b}')."
echo "Peak RSS of the server (VmHWM, after the 64-connection runs): $(awk '/VmHWM/ {printf "%d MB", $2/1024}' /proc/$PID/status)."
echo
} >> $OUT

echo "load: 100,000 requests…"
bench/load.sh $PID $URL "$CP" >> $OUT

echo "1,000,000 distinct sessions…"
sessions=$(java -cp "$CP" careerbot.bench.LoadGenerator "$URL/api/chat" 1000000 64 bench/questions.txt true)
{
echo "## Conversation store after 1,000,000 distinct sessionIds"
echo
echo "\`LoadGenerator … 1000000 64 bench/questions.txt true\` (each request a new sessionId): $sessions."
echo "Then a full GC: heap used $(heap_used_mb $PID) MB; peak RSS $(awk '/VmHWM/ {printf "%d MB", $2/1024}' /proc/$PID/status)."
echo "The store keeps at most \`careerbot.conversations.max-size\` (100,000) conversations."
echo
} >> $OUT
stop_server

echo "memory vs Redis store…"
if command -v redis-server >/dev/null; then
  rport=$((PORT + 1))
  redis-server --port $rport --bind 127.0.0.1 --save "" --appendonly no > $WORK/redis.log 2>&1 &
  RPID=$!
  sleep 0.5
  # A port already taken stops redis-server at once: the bot would then measure a store it can't reach.
  kill -0 $RPID 2>/dev/null || { echo "redis-server did not start on port $rport: $(tail -1 $WORK/redis.log)" >&2; exit 1; }
  {
  echo "## Conversation store: memory vs Redis (same machine, Redis on loopback)"
  echo
  echo "Each request a new conversation: the store is read once (a miss) and written once."
  echo
  echo "| store | connections | requests/s | p50 | p99 | errors |"
  echo "| --- | --- | --- | --- | --- | --- |"
  } >> $OUT
  for store in memory redis; do
    CAREERBOT_STATE_STORE=$store REDIS_URI=redis://127.0.0.1:$rport start_server $WORK/store-$store.log $FLAGS
    wrk -t2 -c64 -d15s -s bench/chat.lua "$URL/api/chat" > /dev/null
    for c in 1 64; do wrk_row $store $c -s bench/chat.lua "$URL/api/chat" >> $OUT; done
    stop_server
  done
  kill $RPID
  m1=$(awk -F'|' '$2 ~ /memory/ && $3+0==1 {print $5}' $OUT | tail -1)
  r1=$(awk -F'|' '$2 ~ /redis/ && $3+0==1 {print $5}' $OUT | tail -1)
  echo >> $OUT
  echo "Cost of the Redis round-trips per request: p50 at 1 connection, redis − memory = $r1 − $m1." >> $OUT
  echo >> $OUT
else
  echo "redis-server not installed: memory vs Redis skipped (apt-get install -y redis-server)" >> $OUT
fi

echo "pipeline (JMH)…"
read -r p50 p99 <<< "$(jmh_percentiles -p knowledge=knowledge -p questions=bench/questions.txt)"
{
echo "## The pipeline alone (JMH, sample time, classify + retrieve + compose, real knowledge)"
echo
echo "\`PipelineBenchmark\` over \`bench/questions.txt\`: median **${p50} µs**, p99 **${p99} µs** per question."
echo
echo "Per question, one thread after a warm-up (\`careerbot.bench.QuestionCosts\`): mean time and bytes allocated."
echo
java -Xmx1g -cp "$CP" careerbot.bench.QuestionCosts knowledge bench/questions.txt 2>/dev/null | grep '^|'
echo
} >> $OUT

echo "start-up…"
times=()
for i in 1 2 3 4 5; do start_server $WORK/start.log $FLAGS; times+=($STARTED_MS); stop_server; done
cold=$(printf '%s\n' "${times[@]}" | median)
# bin/careerbot on a jar of its own: its first run writes the AppCDS archive as it stops, later runs map it.
cp $JAR $WORK/launched.jar
rm -f $WORK/launched.jsa
CAREERBOT_JAR=$WORK/launched.jar start_command $WORK/start.log bin/careerbot
first=$STARTED_MS
t0=$(date +%s%N); stop_server; dump_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
archive_mb=$(( $(stat -c %s $WORK/launched.jsa) / 1048576 ))
times=()
for i in 1 2 3 4 5; do CAREERBOT_JAR=$WORK/launched.jar start_command $WORK/start.log bin/careerbot; times+=($STARTED_MS); stop_server; done
cds=$(printf '%s\n' "${times[@]}" | median)
{
echo "## Start-up: from launch to the first correct answer over HTTP (median of 5)"
echo
echo "| started by | ms |"
echo "| --- | --- |"
echo "| \`bin/careerbot\`: the flags above and the AppCDS archive its first run wrote ($archive_mb MB) | **$cds** |"
echo "| \`java\` with the flags above, no archive | $cold |"
echo "| \`bin/careerbot\`, first run of a new jar (no archive yet; it writes one as it stops: $dump_ms ms from TERM to exit) | $first |"
echo
} >> $OUT

echo "knowledge-base scale…"
{
echo "## Scale: synthetic knowledge bases (\`careerbot.bench.SyntheticKnowledge\`, ~100 passages an article)"
echo
echo "| articles | passages | read ms | index ms | index passages/s | start-up to first answer ms | pipeline p50 µs | pipeline p99 µs | heap after start MB |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
} >> $OUT
for n in 1 100 1000 10000; do
  kb=$WORK/kb-$n
  # The questions stand beside the folder (the bot reads a .txt in it as an article); a folder written by an older
  # generator, with its questions inside, is written again.
  [[ -f $kb-questions.txt ]] || { rm -rf $kb; java -cp "$CP" careerbot.bench.SyntheticKnowledge $kb $n; }
  cp knowledge/intents.yml knowledge/templates.yml knowledge/synonyms.txt $kb/   # a kept knowledge base, current files
  q=$(head -1 $kb-questions.txt | sed 's/ /+/g; s/?//g')
  CAREERBOT_KNOWLEDGE_PATH=$kb QUESTION="$q" EXPECT="does" start_server $WORK/scale-$n.log -Xmx4g -XX:+UseSerialGC
  ms=$STARTED_MS
  heap=$(heap_used_mb $SERVER)
  stop_server
  line=$(grep -a "Knowledge base" $WORK/scale-$n.log)
  passages=$(sed -E 's/.* ([0-9]+) passages;.*/\1/' <<< "$line")
  read_ms=$(sed -E 's/.*read in ([0-9]+) ms.*/\1/' <<< "$line")
  index_ms=$(sed -E 's/.*indexed in ([0-9]+) ms.*/\1/' <<< "$line")
  rate=$(sed -E 's/.*\(([0-9]+) passages\/s\).*/\1/' <<< "$line")
  read -r p50 p99 <<< "$(jmh_percentiles -p knowledge=$kb -p questions=$kb-questions.txt)"
  echo "| $n | $passages | $read_ms | $index_ms | $rate | $ms | $p50 | $p99 | $heap |" >> $OUT
done

cat bench/PROFILE.md >> $OUT
{
echo
echo "## Commands"
echo
echo "\`bench/run.sh\` ran all of the above; its steps, by hand:"
echo
echo '```sh'
echo "java $FLAGS -jar $JAR                       # CAREERBOT_RATE_LIMIT_ENABLED=false MICRONAUT_SERVER_PORT=$PORT"
echo "bin/careerbot                                # the same flags, with the AppCDS archive of its first run"
echo "wrk -t2 -c64 -d10s --latency -s bench/chat.lua $URL/api/chat"
echo "wrk -t2 -c64 -d10s --latency $URL/page.css"
echo "wrk -t2 -c64 -d10s --latency -s bench/floor.lua $URL/api/chat"
echo "java -cp <test classpath> careerbot.bench.LoadGenerator $URL/api/chat 100000 64 bench/questions.txt"
echo "java -cp <test classpath> careerbot.bench.LoadGenerator $URL/api/chat 1000000 64 bench/questions.txt true   # then jcmd GC.heap_info"
echo "java -cp <test classpath> org.openjdk.jmh.Main PipelineBenchmark -wi 2 -w 2 -i 3 -r 3 -p knowledge=knowledge"
echo "java -cp <test classpath> careerbot.bench.QuestionCosts knowledge bench/questions.txt"
echo "java -cp <test classpath> careerbot.bench.SyntheticKnowledge $WORK/kb-10000 10000"
echo '```'
} >> $OUT
echo "wrote $OUT"
