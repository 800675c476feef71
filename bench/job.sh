#!/usr/bin/env bash
# Bench 2: the whole job as a user runs it (cold JVM, fresh output), against the floor of reading
# the same files with cat. See README.md, "Performance".
#
#   bench/job.sh [CORPUS_DIR] [-- extra job options]
#
# CORPUS_DIR defaults to ../shared/corpus/allsides beside the repository. Environment:
#   JAR=target/recognition-etl.jar   the built jar (mvn -q -o package -DskipTests)
#   JAVA_OPTS=                       JVM options, e.g. -Xmx256m
#   OUT=/tmp/recognition-bench-job   the output folder, emptied first
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus/allsides}
shift || true
[ "${1:-}" = "--" ] && shift
jar=${JAR:-target/recognition-etl.jar}
out=${OUT:-/tmp/recognition-bench-job}
[ -f "$jar" ] || { echo "no $jar: build it first with mvn -q -o package -DskipTests" >&2; exit 2; }
[ -d "$corpus" ] || { echo "no corpus folder $corpus: give one as the first argument" >&2; exit 2; }
corpus=$(cd "$corpus" && pwd)
files=$(find "$corpus" -name '*.txt' -type f | wc -l)
bytes=$(find "$corpus" -name '*.txt' -type f -printf '%s\n' | awk '{s+=$1} END {print s}')

# cold-ish: evict the files' pages from the page cache (posix_fadvise DONTNEED, no root needed)
evict() {
    find "$corpus" -name '*.txt' -type f -print0 | python3 bench/evict-pages.py
}
time_cat() {  # prints wall seconds of cat over every file
    local t0 t1
    t0=$(date +%s.%N)
    find "$corpus" -name '*.txt' -type f -print0 | xargs -0 cat > /dev/null
    t1=$(date +%s.%N)
    echo "$t1 - $t0" | bc -l
}
evict
cat_cold=$(time_cat)
cat_warm=$(time_cat)

# the job: cold JVM, empty output, files in the page cache (as after the warm cat)
rm -rf "$out"
log=$(mktemp)
/usr/bin/time -v -o "$log.time" java ${JAVA_OPTS:-} -jar "$jar" --input="$corpus" --output="$out" --quiet "$@" \
    > "$log" 2> "$log.err" || { cat "$log" "$log.err" "$log.time" >&2; exit 1; }
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$log.time")
user=$(awk -F': ' '/User time/ {print $2}' "$log.time")
sys=$(awk -F': ' '/System time/ {print $2}' "$log.time")
rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log.time")
imported=$(grep -o '[0-9,]* articles imported' "$log" | tr -d ', articlesimported')
cat "$log"
printf 'corpus:  %s (%d files, %.1f MB)\n' "$corpus" "$files" "$(echo "$bytes/1000000" | bc -l)"
printf 'job:     %.1f s wall, %.1f s CPU (user %.1f + sys %.1f), peak RSS %d MB\n' \
    "$wall" "$(echo "$user + $sys" | bc -l)" "$user" "$sys" "$((rss / 1024))"
printf 'rate:    %.0f articles/s end to end (%d articles imported, JVM start included)\n' \
    "$(echo "$imported / $wall" | bc -l)" "$imported"
printf 'cat:     %.2f s cold-ish (pages evicted), %.2f s warm\n' "$cat_cold" "$cat_warm"
printf 'ratio:   job/cat %.0fx (cold-ish cat), %.0fx (warm cat)\n' \
    "$(echo "$wall / $cat_cold" | bc -l)" "$(echo "$wall / $cat_warm" | bc -l)"
echo "output:  $out  (/usr/bin/time -v: $log.time)"
