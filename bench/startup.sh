#!/usr/bin/env bash
# Measures how long `java -jar target/passerelle.jar` takes, on an empty data folder, until
# /actuator/health answers UP (reference data and demo content loaded), then once more on the
# same folder (a later start). Prints one line per run and the median of the first starts.
# Usage: bench/startup.sh [RUNS]   (build first: ./mvnw -DskipTests package)
# JAVA_OPTS is passed to java: JAVA_OPTS=-Dpasserelle.shared-archive=false measures a start
# without the class-data sharing archive (docs/decisions/0010).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
port=18093
jar=$PWD/target/passerelle.jar
[ -f "$jar" ] || { echo "build the jar first: ./mvnw -DskipTests package" >&2; exit 1; }

start_and_wait() {
	local dir=$1 started ended pid
	started=$(date +%s%N)
	java ${JAVA_OPTS:-} -jar "$jar" --server.port=$port --passerelle.data-dir="$dir" > "$dir.log" 2>&1 &
	pid=$!
	for _ in $(seq 1 600); do
		if curl -sf "http://127.0.0.1:$port/actuator/health" | grep -q '"UP"'; then
			ended=$(date +%s%N)
			kill "$pid"; wait "$pid" 2>/dev/null || true
			echo $(( (ended - started) / 1000000 ))
			return
		fi
		sleep 0.1
	done
	kill "$pid" 2>/dev/null || true
	echo "did not become healthy in 60 s, see $dir.log" >&2
	exit 1
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
firsts=()
for i in $(seq 1 "$runs"); do
	first=$(start_and_wait "$work/data-$i")
	again=$(start_and_wait "$work/data-$i")
	firsts+=("$first")
	echo "run $i: first start ${first} ms, later start ${again} ms"
done
median=$(printf '%s\n' "${firsts[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "median first start: ${median} ms on $(nproc) cores, $(java -version 2>&1 | head -1)"
