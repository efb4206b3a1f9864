#!/usr/bin/env bash
# Search benchmark (issue 3, "Speed and scale"): N synthetic cases, a full reindex, then the query mix of
# bench/search-queries.tsv three ways:
#   1. /search over HTTP with wrk (latency percentiles, requests per second), per class of query;
#   2. the engine's own time for the same requests, from the Server-Timing header of /search;
#   3. the ILIKE baseline: the same words and filters as one PostgreSQL query each (EXPLAIN ANALYZE, median of 3),
#      and the SQL browse page /cases?q=... over HTTP with wrk.
# It records the heap after the runs (jcmd GC.heap_info after a full GC), the index size, the load average before and
# after, and prints everything as Markdown for docs/benchmarks.md.
#
#   bash bench/search-benchmark.sh 10000          # or 100000
#
# Needs a JDK 17, psql (Debian postgresql-client) and wrk (apt-get install -y wrk). It starts its own application
# from target/*.jar (built if missing) with -Xmx1g, the demo profile and its own data folder (BENCH_DATA, default
# ./data/bench, so ./data is left alone), on PORT (default 8094). Settings: WARMUP (seconds of the query mix before
# measuring, default 120), DURATION (wrk seconds per run, default 20),
# CONNECTIONS (default 2), THREADS (default 1), BASELINE_DURATION (wrk seconds for /cases, default 20),
# KEEP_RUNNING=1 leaves the application running at the end; ILIKE=0 skips the per-query ILIKE table (at 100k cases it
# takes about 20 minutes), ILIKE_RUNS (default 3) sets how many times each ILIKE query runs (the median is shown),
# REINDEX_RUNS (default 1) how many times the full reindex runs (each time and the median are shown).
set -euo pipefail
cd "$(dirname "$0")/.."

n=${1:-10000}
port=${PORT:-8094}
data=${BENCH_DATA:-./data/bench}
duration=${DURATION:-20}
connections=${CONNECTIONS:-2}
threads=${THREADS:-1}
baseline_duration=${BASELINE_DURATION:-20}
ilike_runs=${ILIKE_RUNS:-3}
warmup=${WARMUP:-120}
reindex_runs=${REINDEX_RUNS:-1}
base=http://127.0.0.1:$port
out=$data/run-$n
mkdir -p "$out"
app_pid=

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
command -v psql >/dev/null || { echo "psql is missing: apt-get install -y postgresql-client" >&2; exit 1; }

jar=$(ls target/urban-sdg-platform-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [[ -z $jar ]]; then
  ./mvnw -q -DskipTests package
  jar=$(ls target/urban-sdg-platform-*.jar | grep -v plain | head -1)
fi

log() { echo "# $*" >&2; }

stop_app() {
  if [[ -n $app_pid ]] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid"
    wait "$app_pid" 2>/dev/null || true
  fi
  app_pid=
}
trap '[[ ${KEEP_RUNNING:-0} == 1 ]] || stop_app' EXIT

# start_app LOGFILE [extra arguments]: starts the application and waits until it answers.
start_app() {
  local logfile=$1
  shift
  java -Xmx1g -jar "$jar" --server.port="$port" --spring.profiles.active=demo \
    --urbansdg.database.data-dir="$data/postgres" --urbansdg.search.index-dir="$data/index" \
    --management.endpoint.health.probes.enabled=true "$@" >"$logfile" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 600); do
    # Tomcat answers before the start-up runners (demo content, reindex) are done; readiness waits for them.
    if curl -s -o /dev/null -f "$base/actuator/health/readiness"; then return 0; fi
    kill -0 "$app_pid" 2>/dev/null || { tail -50 "$logfile" >&2; echo "the application stopped" >&2; exit 1; }
    sleep 1
  done
  echo "the application did not start in 10 minutes" >&2
  exit 1
}

pg_port() { grep -o 'Embedded PostgreSQL on port [0-9]*' "$1" | tail -1 | grep -o '[0-9]*$'; }

urlencode() {
  local LC_ALL=C s=$1 i c
  for ((i = 0; i < ${#s}; i++)); do
    c=${s:i:1}
    case $c in
      [a-zA-Z0-9.~_-]) printf '%s' "$c" ;;
      ' ') printf '+' ;;
      *) printf '%%%02X' "'$c" ;;
    esac
  done
}

echo "## Search benchmark, $n cases ($(date -u '+%Y-%m-%d %H:%M UTC'))"
echo
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB memory, $(java -version 2>&1 | head -1)," \
  "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

# 1. Data: start once (creates the schema and demo content), generate the cases if the count differs.
log "starting the application (data in $data)"
start_app "$out/app-load.log"
psql_args=(-h 127.0.0.1 -p "$(pg_port "$out/app-load.log")" -U postgres -d postgres -X -q)
have=$(psql "${psql_args[@]}" -t -A -c "SELECT count(*) FROM case_study WHERE contact_email = 'synthetic@bench.invalid'")
if [[ $have != "$n" ]]; then
  log "generating $n synthetic cases (had $have)"
  started=$(date +%s.%N)
  psql "${psql_args[@]}" -v n="$n" -f bench/generate-cases.sql >"$out/generate.log"
  generated=$(echo "$(date +%s.%N) - $started" | bc)
  echo "Generated $n cases with bench/generate-cases.sql in $(printf '%.0f' "$generated") s."
else
  echo "The $n synthetic cases of an earlier run were kept."
fi
psql "${psql_args[@]}" -c "SELECT count(*) AS cases, count(*) FILTER (WHERE status = 'PUBLISHED') AS published,
  pg_size_pretty(pg_total_relation_size('case_study')) AS table_size FROM case_study" | sed 's/^/    /'
echo
stop_app

# 2. Full reindex with the mass indexer, on start (purge, then index everything; the application waits for it),
# REINDEX_RUNS times: its time varies from run to run on a small shared machine, so the median is the figure to quote.
times=()
for run in $(seq 1 "$reindex_runs"); do
  ((run == 1)) || stop_app
  log "restarting with --urbansdg.search.reindex=true (run $run of $reindex_runs)"
  started=$(date +%s.%N)
  start_app "$out/app.log" --urbansdg.search.reindex=true
  startup=$(echo "$(date +%s.%N) - $started" | bc)
  reindex=$(grep -o 'Search index rebuilt: .*' "$out/app.log" | tail -1)
  times+=("$(grep -o 'in [0-9]* ms' <<<"$reindex" | grep -o '[0-9]*')")
  echo "Full reindex (mass indexer), run $run: \`$reindex\` (start-up with reindex $(printf '%.0f' "$startup") s);" \
    "index size $(du -sh "$data/index" | cut -f1), $(ls "$data/index/case_study" | grep -c '\.si$') segments of cases."
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR] = $1} END {print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2)}')
echo
echo "Full reindex: median $(printf '%.1f' "$(echo "$median / 1000" | bc -l)") s of $reindex_runs run(s)."
echo
psql_args=(-h 127.0.0.1 -p "$(pg_port "$out/app.log")" -U postgres -d postgres -X -q)
pid=$app_pid

# 3. The query paths.
: >"$out/all.txt"
: >"$out/cases.txt"
for class in keyword faceted multilingual; do : >"$out/$class.txt"; done
while IFS=$'\t' read -r class words search cases sql; do
  [[ -z $class || $class == \#* ]] && continue
  q=$(urlencode "$words")
  path="/search?q=$q"
  [[ $search != - ]] && path+="&$search"
  echo "$path" >>"$out/$class.txt"
  echo "$path" >>"$out/all.txt"
  path="/cases?q=$q"
  [[ $cases != - ]] && path+="&$cases"
  echo "$path" >>"$out/cases.txt"
done <bench/search-queries.tsv

# Warm-up: every query once, then WARMUP seconds of the whole mix. The JIT takes minutes to settle on a page this
# size: in a cold start the same runs measured half the requests per second of the runs after two minutes.
while read -r path; do curl -s -o /dev/null "$base$path"; done <"$out/all.txt"
wrk -t"$threads" -c"$connections" -d"${warmup}s" --timeout 10s -s bench/search-mix.lua "$base" -- "$out/all.txt" warm-up \
  >/dev/null

echo "### /search over HTTP (wrk -t$threads -c$connections -d${duration}s; times in ms; engine = Hibernate Search's" \
  "took(), handler = controller before rendering, both from Server-Timing)"
echo
echo "| queries | requests | req/s | p50 | p95 | p99 | engine p50 | engine p95 | engine p99 | handler p50 | handler p95 | errors |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for class in keyword faceted multilingual all; do
  wrk -t"$threads" -c"$connections" -d"${duration}s" --timeout 10s -s bench/search-mix.lua "$base" -- \
    "$out/$class.txt" "$class ($(wc -l <"$out/$class.txt"))" | grep '^|'
done
echo

echo "### Baseline: /cases?q= (SQL LIKE on lower(text), the browse page) over HTTP (wrk -t1 -c$connections" \
  "-d${baseline_duration}s; times in ms)"
echo
echo "| queries | requests | req/s | p50 | p95 | p99 | | | | | | errors |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | --- | --- | --- | --- | --- | ---: |"
wrk -t1 -c"$connections" -d"${baseline_duration}s" --timeout 60s -s bench/search-mix.lua "$base" -- \
  "$out/cases.txt" "cases ($(wc -l <"$out/cases.txt"))" | grep '^|'
echo

if [[ ${ILIKE:-1} != 0 ]]; then
echo "### Baseline: the same words and filters as one PostgreSQL ILIKE query each (first page of 20, newest first," \
  "with the total; EXPLAIN ANALYZE execution time, median of $ilike_runs run(s), ms) against the engine's time for that query"
echo
echo "| class | query | ILIKE ms | matches | engine ms (took) | HTTP ms (one request) | ILIKE / engine | ILIKE / HTTP |"
echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |"
text="concat_ws(' ', c.title, c.summary, c.background, c.objectives, c.strategy, c.stakeholders, c.results, c.obstacles, c.success_factors, c.lessons)"
while IFS=$'\t' read -r class words search cases sql; do
  [[ -z $class || $class == \#* ]] && continue
  where="c.status = 'PUBLISHED'"
  for word in $words; do where+=" AND $text ILIKE '%$word%'"; done
  [[ $sql != - ]] && where+=" AND $sql"
  query="SELECT c.id, c.title, count(*) OVER () AS total FROM case_study c WHERE $where ORDER BY c.published_at DESC LIMIT 20"
  times=()
  for _ in $(seq 1 "$ilike_runs"); do
    times+=("$(psql "${psql_args[@]}" -t -A -c "EXPLAIN (ANALYZE, TIMING OFF) $query" | grep -o 'Execution Time: [0-9.]*' | grep -o '[0-9.]*$')")
  done
  ilike=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((ilike_runs + 1) / 2))p")
  matches=$(psql "${psql_args[@]}" -t -A -c "SELECT count(*) FROM case_study c WHERE $where")
  path="/search?q=$(urlencode "$words")"
  [[ $search != - ]] && path+="&$search"
  engine=() http=()
  for _ in 1 2 3; do
    line=$(curl -s -o /dev/null -D - -w 'time_total=%{time_total}\n' "$base$path")
    engine+=("$(grep -io 'search;dur=[0-9.]*' <<<"$line" | grep -o '[0-9.]*$')")
    http+=("$(grep -o 'time_total=[0-9.]*' <<<"$line" | grep -o '[0-9.]*$' | awk '{printf "%.1f", $1 * 1000}')")
  done
  e=$(printf '%s\n' "${engine[@]}" | sort -n | sed -n 2p)
  h=$(printf '%s\n' "${http[@]}" | sort -n | sed -n 2p)
  shown=$words
  [[ $search != - ]] && shown+=" · $search"
  echo "| $class | $shown | $ilike | $matches | $e | $h | $(echo "scale=0; $ilike / ($e + 0.05)" | bc)× | $(echo "scale=0; $ilike / $h" | bc)× |"
done <bench/search-queries.tsv
echo
fi

# 4. Heap: after the runs, before and after a full GC.
before_gc=$(jcmd "$pid" GC.heap_info | grep -m1 -i 'total' | sed 's/^ *//')
jcmd "$pid" GC.run >/dev/null
sleep 1
after_gc=$(jcmd "$pid" GC.heap_info | grep -m1 -i 'total' | sed 's/^ *//')
echo "Heap (-Xmx1g, $(jcmd "$pid" VM.flags | grep -o 'Use[A-Za-z]*GC' | head -1)): after the runs \`$before_gc\`;" \
  "after a full GC \`$after_gc\`. Errors in the log: $(grep -c -E 'ERROR|OutOfMemory' "$out/app.log" || true)."
echo
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)."
