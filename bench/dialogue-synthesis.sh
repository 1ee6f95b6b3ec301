#!/usr/bin/env bash
# Synthesis of a large dialogue: generates organisations and practices, then a dialogue of
# N published contributions (10 000 by default) in an empty data folder; times building
# the synthesis model and rendering it as PDF and DOCX in the application
# (`dialogues synthesis-bench`: RUNS times after a warm-up), then starts the server and
# times the synthesis page over HTTP (RUNS times after a warm-up). Prints a summary block.
# Usage: bench/dialogue-synthesis.sh [N]
# Settings (environment): RUNS=5 PRACTICES=2000 ORGANISATIONS=300 SEED=42 PORT=18095
#   JAVA_OPTS="" KEEP=1 (keep the data folder and logs) DATA=folder (reuse what a KEEP=1 run
#   generated there: the dialogue "bench")
# Targets: page <= 3 s, PDF <= 15 s.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
runs=${RUNS:-5}
practices=${PRACTICES:-2000}
organisations=${ORGANISATIONS:-300}
seed=${SEED:-42}
port=${PORT:-18095}
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
	if [ -n "${KEEP:-}" ]; then echo "data and logs kept: $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT
common=(--passerelle.data-dir="$data" --passerelle.demo=false)
passerelle() { java ${java_opts[@]+"${java_opts[@]}"} -jar "$jar" "$@" "${common[@]}"; }
value() { awk -v key="$1" '$1 == key { print $2 }' "$2"; }
maximum() { awk -v key="$1" '$1 == key { print $4 }' "$2"; }

if [ -n "${DATA:-}" ] && [ -d "$data" ]; then
	echo "== reusing the dialogue generated in $data" >&2
else
	echo "== generating $practices practices and $organisations organisations" >&2
	passerelle practices generate "$practices" --seed "$seed" --organisations "$organisations" > "$work/practices.txt"
	echo "== generating a dialogue of $n contributions" >&2
	passerelle dialogues generate --contributions "$n" --slug bench --seed "$seed" | tee "$work/generate.txt"
fi

echo "== synthesis model, PDF and DOCX in the application ($runs runs after a warm-up)" >&2
passerelle dialogues synthesis-bench --slug bench --rounds "$runs" | tee "$work/synthesis.txt"

echo "== starting the server on port $port" >&2
java ${java_opts[@]+"${java_opts[@]}"} -jar "$jar" --server.port="$port" "${common[@]}" > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 1200); do
	curl -sf "http://127.0.0.1:$port/actuator/health" | grep -q '"UP"' && break
	kill -0 "$server" 2>/dev/null || { echo "the server stopped, see $work/server.log" >&2; KEEP=1; exit 1; }
	sleep 0.25
done

echo "== synthesis page over HTTP ($runs runs after a warm-up)" >&2
page=()
for i in $(seq 0 "$runs"); do
	t=$(curl -s -o "$work/page.html" -w '%{http_code} %{time_total} %{size_download}' \
		-H 'Accept-Language: fr' "http://127.0.0.1:$port/dialogues/bench/synthesis")
	echo "  run $i: HTTP ${t%% *}, $(awk -v s="$(echo "$t" | cut -d' ' -f2)" 'BEGIN { printf "%.0f ms", s * 1000 }'), $(echo "$t" | cut -d' ' -f3) bytes" >&2
	[ "$i" -gt 0 ] && page+=("$(awk -v s="$(echo "$t" | cut -d' ' -f2)" 'BEGIN { printf "%.0f", s * 1000 }')")
done
page_sorted=$(printf '%s\n' "${page[@]}" | sort -n)
page_median=$(echo "$page_sorted" | sed -n "$(( (${#page[@]} + 1) / 2 ))p")
page_max=$(echo "$page_sorted" | tail -1)
echo "== synthesis PDF over HTTP ($runs runs after a warm-up)" >&2
pdf=()
for i in $(seq 0 "$runs"); do
	t=$(curl -s -o /dev/null -w '%{time_total}' "http://127.0.0.1:$port/dialogues/bench/synthesis.pdf")
	echo "  run $i: $(awk -v s="$t" 'BEGIN { printf "%.0f ms", s * 1000 }')" >&2
	[ "$i" -gt 0 ] && pdf+=("$(awk -v s="$t" 'BEGIN { printf "%.0f", s * 1000 }')")
done
pdf_sorted=$(printf '%s\n' "${pdf[@]}" | sort -n)
pdf_median=$(echo "$pdf_sorted" | sed -n "$(( (${#pdf[@]} + 1) / 2 ))p")
pdf_max=$(echo "$pdf_sorted" | tail -1)

cat <<SUMMARY

===== Synthesis of a dialogue: summary =====
contributions        $(value contributions "$work/synthesis.txt") published (4 rounds x 3 questions; fr, en, es)
model (in app)       median $(value build-ms "$work/synthesis.txt") ms, max $(maximum build-ms "$work/synthesis.txt") ms
page (HTTP)          median ${page_median} ms, max ${page_max} ms ($(wc -c < "$work/page.html") bytes)   target <= 3000 ms
PDF (in app)         median $(value pdf-ms "$work/synthesis.txt") ms, max $(maximum pdf-ms "$work/synthesis.txt") ms ($(value pdf-bytes "$work/synthesis.txt") bytes)   target <= 15000 ms
PDF (HTTP)           median ${pdf_median} ms, max ${pdf_max} ms   target <= 15000 ms
DOCX (in app)        median $(value docx-ms "$work/synthesis.txt") ms, max $(maximum docx-ms "$work/synthesis.txt") ms ($(value docx-bytes "$work/synthesis.txt") bytes)
machine              $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)
SUMMARY
