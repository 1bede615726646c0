#!/usr/bin/env bash
# A bounded load test: exactly 100,000 chat requests at 64 connections on loopback against a running server,
# reporting errors, latency and memory before and after. Prints a Markdown section.
# Usage: bench/load.sh PID URL CLASSPATH     (bench/run.sh starts the server and calls this)
set -euo pipefail
cd "$(dirname "$0")/.."
PID=$1
URL=$2
CP=$3
rss() { awk '/VmRSS/ {printf "%d", $2/1024}' /proc/$PID/status; }
heap() {
  jcmd "$PID" GC.run >/dev/null
  jcmd "$PID" GC.heap_info | awk '/generation|heap/ && /used/ {for (i=1;i<=NF;i++) if ($i=="used") {v=$(i+1); sub(/K.*/,"",v); kb+=v}}
    END {print int(kb/1024)}'
}
field() { sed -E "s/.*$1=([^ ]+).*/\1/" <<< "$2"; }
rss_before=$(rss); heap_before=$(heap)
result=$(java -cp "$CP" careerbot.bench.LoadGenerator "$URL/api/chat" 100000 64 bench/questions.txt)
rss_after=$(rss); heap_after=$(heap)
echo "## Load: 100,000 chat requests at 64 connections (\`bench/load.sh\`, \`careerbot.bench.LoadGenerator\`)"
echo
echo "| requests | errors | requests/s | p50 ms | p99 ms | max ms | RSS before → after | heap after full GC, before → after |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
echo "| $(field requests "$result") | $(field errors "$result") | $(field rps "$result") | $(field p50_ms "$result") | $(field p99_ms "$result") | $(field max_ms "$result") | $rss_before → $rss_after MB | $heap_before → $heap_after MB |"
echo
echo "The load generator runs on the same 2 cores as the server, so its requests/s is below wrk's."
echo
