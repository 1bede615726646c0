#!/usr/bin/env bash
# A bounded load test: 100,000 chat requests at 64 connections on loopback against a running server, reporting
# errors, latency and memory before and after. Prints a Markdown section.
# Usage: bench/load.sh PID URL     (bench/run.sh starts the server and calls this)
set -euo pipefail
cd "$(dirname "$0")/.."
PID=$1
URL=$2
rss() { awk '/VmRSS/ {printf "%d", $2/1024}' /proc/$PID/status; }
heap() {
  jcmd "$PID" GC.run >/dev/null
  jcmd "$PID" GC.heap_info | awk '/generation|heap/ && /used/ {for (i=1;i<=NF;i++) if ($i=="used") {v=$(i+1); sub(/K.*/,"",v); kb+=v}}
    END {print int(kb/1024)}'
}
rss_before=$(rss); heap_before=$(heap)
REQUESTS_PER_THREAD=50000 wrk -t2 -c64 -d600s --latency -s bench/load.lua "$URL/api/chat" > target/bench/load.txt
rss_after=$(rss); heap_after=$(heap)
requests=$(awk '/requests in/ {print $1}' target/bench/load.txt)
errors=$(awk '/Non-2xx|Socket errors/ {print}' target/bench/load.txt | tr '\n' ' ')
echo "## Load: 100,000 chat requests at 64 connections (\`bench/load.sh\`)"
echo
echo "| requests | errors | requests/s | p50 | p99 | RSS before → after | heap after full GC, before → after |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
echo "| $requests | ${errors:-none} | $(awk '/Requests\/sec/ {print $2}' target/bench/load.txt) | $(awk '$1=="50%" {print $2}' target/bench/load.txt) | $(awk '$1=="99%" {print $2}' target/bench/load.txt) | $rss_before → $rss_after MB | $heap_before → $heap_after MB |"
echo
