#!/usr/bin/env bash
# Search of practices at scale: generates N practices (100 000 by default) in an empty data
# folder, starts the server, loads GET /api/v1/practices with bench/SearchLoad.java (32
# concurrent connections, closed loop), stops the server, then times the same queries on the
# bare search backend (`practices bench-queries`: SearchResult.took, without entity loading,
# JSON or HTTP), alone and under the same concurrency. Prints a summary block at the end.
# Usage: bench/practices-search.sh [N]
# Settings (environment): WARMUP=30 DURATION=60 CONCURRENCY=32 SEED=42 ORGANISATIONS=500
#   QUERIES=bench/practices-queries.tsv PORT=18094 JAVA_OPTS="" KEEP=1 (keep the data folder)
#   LUCENE_WARMUP=10 LUCENE_ROUNDS=20 DATA=folder (reuse the practices a KEEP=1 run generated there)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
warmup=${WARMUP:-30}
duration=${DURATION:-60}
concurrency=${CONCURRENCY:-32}
seed=${SEED:-42}
organisations=${ORGANISATIONS:-500}
queries=${QUERIES:-bench/practices-queries.tsv}
port=${PORT:-18094}
lucene_warmup=${LUCENE_WARMUP:-10}
lucene_rounds=${LUCENE_ROUNDS:-20}
java_opts=(${JAVA_OPTS:-})
jar=$PWD/target/passerelle.jar

if [ ! -f "$jar" ]; then
	echo "building $jar" >&2
	./mvnw -q -B -ntp -DskipTests package
fi

work=$(mktemp -d)
data=${DATA:-$work/data}
server=
cleanup() {
	if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
	if [ -n "${KEEP:-}" ] || [ -n "${DATA:-}" ]; then echo "data folder kept: $data" >&2; fi
	if [ -n "${KEEP:-}" ]; then echo "logs kept: $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT
common=(--passerelle.data-dir="$data" --passerelle.demo=false)
passerelle() { java ${java_opts[@]+"${java_opts[@]}"} -jar "$jar" "$@" "${common[@]}"; }
value() { awk -v key="$1" '$1 == key { print $2 }' "$2"; }

started=$(date +%s%N)
if [ -n "${DATA:-}" ] && [ -d "$data" ]; then
	echo "== reusing the practices generated in $data" >&2
	: > "$work/generate.txt"
else
	echo "== generating $n practices (seed $seed, $organisations organisations)" >&2
	passerelle practices generate "$n" --seed "$seed" --organisations "$organisations" | tee "$work/generate.txt"
fi
generation_ms=$(( ($(date +%s%N) - started) / 1000000 ))

echo "== starting the server on port $port" >&2
java ${java_opts[@]+"${java_opts[@]}"} -jar "$jar" --server.port="$port" "${common[@]}" > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 1200); do
	curl -sf "http://127.0.0.1:$port/actuator/health" | grep -q '"UP"' && break
	kill -0 "$server" 2>/dev/null || { echo "the server stopped, see $work/server.log" >&2; KEEP=1; exit 1; }
	sleep 0.25
done
curl -sf "http://127.0.0.1:$port/actuator/health" | grep -q '"UP"' || { echo "the server did not become healthy" >&2; KEEP=1; exit 1; }

echo "== loading the search API: $concurrency connections, warm-up ${warmup} s, measure ${duration} s" >&2
java bench/SearchLoad.java --url "http://127.0.0.1:$port" --queries "$queries" --concurrency "$concurrency" \
	--warmup "$warmup" --duration "$duration" | tee "$work/api.txt" || echo "(the load client reported errors)" >&2

echo "== stopping the server (the embedded index takes one process at a time)" >&2
kill "$server"; wait "$server" 2>/dev/null || true; server=

echo "== bare search backend, one query at a time" >&2
passerelle practices bench-queries "$queries" --warmup "$lucene_warmup" --rounds "$lucene_rounds" \
	--concurrency 1 | tee "$work/lucene-1.txt"
echo "== bare search backend, $concurrency at a time" >&2
passerelle practices bench-queries "$queries" --warmup "$lucene_warmup" --rounds "$lucene_rounds" \
	--concurrency "$concurrency" | tee "$work/lucene-c.txt"

api_p50=$(value p50 "$work/api.txt"); api_p99=$(value p99 "$work/api.txt")
l1_p50=$(value p50 "$work/lucene-1.txt"); l1_p99=$(value p99 "$work/lucene-1.txt")
lc_p50=$(value p50 "$work/lucene-c.txt"); lc_p99=$(value p99 "$work/lucene-c.txt")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print "n/a"; else printf "%.1f", a / b }'; }
cat <<SUMMARY

===== Search of practices: summary =====
practices            $n (seed $seed, $organisations organisations)
generation           $(awk -v ms="$generation_ms" 'BEGIN { printf "%.1f s", ms / 1000 }') (command run, including start-up); $(grep -E '^\s+(practices|indexing) ' "$work/generate.txt" | tr -s ' ' | paste -sd ';' -)
API (${concurrency} conn.)      p50 ${api_p50:-n/a} ms, p99 ${api_p99:-n/a} ms, $(value throughput "$work/api.txt") req/s, errors $(value errors "$work/api.txt")
Lucene alone         p50 ${l1_p50} ms, p99 ${l1_p99} ms (one query at a time)
Lucene (${concurrency} threads)  p50 ${lc_p50} ms, p99 ${lc_p99} ms, $(value throughput "$work/lucene-c.txt") queries/s
ratio API/Lucene     p50 $(ratio "$api_p50" "$lc_p50"), p99 $(ratio "$api_p99" "$lc_p99") (same concurrency); p50 $(ratio "$api_p50" "$l1_p50") against one at a time
targets              API p99 <= 50 ms; API <= 3 x Lucene
machine              $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)
SUMMARY
