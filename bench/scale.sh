#!/usr/bin/env bash
# Bench 3: the job at archive scale. Generates a corpus of COUNT articles (if absent) with
# bench/GenerateCorpus.java, bulk-imports it with -Xmx256m, then adds 1,000 new files in a new
# dated folder and runs the nightly import. See README.md, "Performance".
#
#   bench/scale.sh [COUNT] [all|generate|bulk|resume|nightly]      (default: 1000000 all)
#
# resume runs the bulk import's command again over the same output, as a user finishes a run that
# died or was stopped: the job goes on from its last commit (its log is BIG/out-COUNT-resume.log).
#
# Environment:
#   BIG=/work/bigcorpus                 where the corpus (BIG/COUNT) and the output (BIG/out-COUNT) go
#   SOURCE=../shared/corpus/allsides    the real articles the generator copies
#   JAR=target/recognition-etl.jar      the built jar (mvn -q -o package -DskipTests)
#   XMX=256m                            the heap limit of the runs
#   JAVA_OPTS=                          more JVM options (e.g. -XX:StartFlightRecording=filename=/tmp/x.jfr)
#   NIGHTLY_JAVA_OPTS=-XX:TieredStopAtLevel=1   the JVM options of the nightly run, as the README
#                                       recommends for nightly runs over up to a few hundred thousand
#                                       articles; from COUNT=300000 on the default is the JVM's own
#                                       (C2 paid there at stop 12: 67.8 s against 107.1 s at 1,000,000;
#                                       at stop 15 both took about 29 s, with a third less CPU without C2)
#   COLD=1                              before a nightly run, evict the output's files (store, CSV, SQL)
#                                       from the page cache, as a run once a day finds them
#   CDS=1                               the nightly run starts the jar extracted under BIG/app with a class
#                                       data sharing archive (README, "Faster start for nightly runs"); the
#                                       archive is made by a run over the repository's input/ when absent or
#                                       older than the jar
#   NIGHTLY_ARGS=--skip-unchanged-folders   the nightly run's options, as the README recommends for
#                                       large archives (set it empty to list every folder); the first
#                                       night after a run of an older version lists every folder
#
# Every "nightly" adds 1,000 more files in the next day's folder (2030-01-01, 2030-01-02, ...), so
# it can be run again to measure another night. During each run the resident set size and the
# heap after each collection are sampled every 5 s (ps, jstat) into BIG/out-COUNT-<step>-memory.tsv
# and summarised, to show whether memory stays flat; so is the size of the store file, to show that
# the compaction between import rounds keeps it bounded.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1000000}
what=${2:-all}
big=${BIG:-/work/bigcorpus}
source=${SOURCE:-../shared/corpus/allsides}
jar=${JAR:-target/recognition-etl.jar}
xmx=${XMX:-256m}
corpus=$big/$count
out=$big/out-$count
[ -f "$jar" ] || { echo "no $jar: build it first with mvn -q -o package -DskipTests" >&2; exit 2; }

generate() {
    if [ -f "$corpus/.complete" ]; then
        echo "corpus: $corpus already holds $count generated articles"
        return
    fi
    [ -d "$source" ] || { echo "no folder of real articles $source: set SOURCE" >&2; exit 2; }
    mkdir -p "$corpus"
    /usr/bin/time -f 'generate: %e s wall, %U+%S s CPU' \
        java bench/GenerateCorpus.java --from="$source" --to="$corpus" --count="$count"
    touch "$corpus/.complete"
}

# run STEP ARGS...: the job under /usr/bin/time -v with memory sampling; prints the figures
run() {
    local step=$1; shift
    local log=$out-$step.log samples=$out-$step-memory.tsv
    /usr/bin/time -v -o "$log.time" java -Xmx"$xmx" ${JAVA_OPTS:-} ${launch:--jar $jar} --input="$corpus" --output="$out" \
        --progress-every=30 "$@" > "$log" 2>&1 &
    local timer=$!
    sleep 1
    local pid
    pid=$(pgrep -P "$timer" java || true)
    printf 'seconds\trss_mb\theap_used_mb\theap_committed_mb\tstore_mb\n' > "$samples"
    local t0=$SECONDS
    while kill -0 "$timer" 2> /dev/null; do
        if [ -n "$pid" ] && rss=$(ps -o rss= -p "$pid" 2> /dev/null); then
            # jstat -gc: S0U S1U EU OU (used) and S0C S1C EC OC (committed), in KB
            heap=$(jstat -gc "$pid" 2> /dev/null | awk 'NR==2 {printf "%.0f\t%.0f", ($3+$4+$6+$8)/1024, ($1+$2+$5+$7)/1024}') \
                || heap=  # the JVM may end between the two checks
            store=$(stat -c %s "$out/db/recognition.mv.db" 2> /dev/null || echo 0)
            printf '%d\t%d\t%s\t%d\n' $((SECONDS - t0)) $((rss / 1024)) "${heap:-}" $((store >> 20)) >> "$samples"
        fi
        sleep 5
    done
    wait "$timer" || { echo "$step failed:"; tail -20 "$log"; exit 1; }
    grep -v '^import: .* files (' "$log" | tail -8
    awk -F': ' -v step="$step" '
        /Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; wall=s}
        /User time/ {u=$2} /System time/ {sy=$2} /Maximum resident set size/ {rss=$2}
        END {printf "%s: %.1f s wall, %.1f s CPU (user %.1f + sys %.1f), peak RSS %d MB\n", step, wall, u+sy, u, sy, rss/1024}' "$log.time"
    # flat memory: the samples of each tenth of the run
    awk -F'\t' 'NR>1 {t[NR]=$1; r[NR]=$2; h[NR]=$3; n=NR}
        END {if (n < 2) exit; printf "memory (RSS MB / heap used MB) by tenth of the run:";
             for (k=1;k<=10;k++) {i=int(1+(n-1)*k/10); printf " %d/%d", r[i], h[i]} print ""}' "$samples"
    awk -F'\t' 'NR>1 && $5 > peak {peak=$5} END {printf "store file: peak %d MB while running", peak}' "$samples"
    echo ", $(( $(stat -c %s "$out/db/recognition.mv.db") >> 20 )) MB at the end"
    grep '^store: compacted' "$log" || true
    steps
    echo "log: $log, memory samples: $samples"
}

# the time of each step of the latest run, from the job repository (needs the H2 jar of ~/.m2)
steps() {
    local h2
    h2=${H2_JAR:-$(ls ~/.m2/repository/com/h2database/h2/*/h2-*.jar 2> /dev/null | tail -1)}
    [ -n "$h2" ] || return 0
    java -cp "$h2" org.h2.tools.Shell -url "jdbc:h2:file:$out/db/recognition" -user sa -sql "
        SELECT STRING_AGG(STEP_NAME || ' ' || CAST(DATEDIFF('MILLISECOND', START_TIME, END_TIME) / 1000.0 AS DECIMAL(10,1))
                          || ' s', ', ' ORDER BY STEP_EXECUTION_ID) AS steps
        FROM BATCH_STEP_EXECUTION
        WHERE JOB_EXECUTION_ID = (SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION)" 2> /dev/null \
        | sed -n 2p | sed 's/^/steps: /'
}

bulk() {
    rm -rf "$out"
    echo "bulk import of $corpus into $out with -Xmx$xmx"
    run bulk --chunk-size="${CHUNK:-500}" ${ARGS:-}
}

resume() {
    [ -d "$out" ] || { echo "no $out to resume: run bulk first" >&2; exit 2; }
    echo "bulk import of $corpus into $out with -Xmx$xmx, resumed"
    run resume --chunk-size="${CHUNK:-500}" ${ARGS:-}
}

# the jar extracted under BIG/app and its class data sharing archive, made once per jar
class_data_sharing() {
    local app=$big/app
    local extracted=$app/$(basename "$jar")
    local archive=$app/recognition-etl.jsa
    if [ ! -f "$archive" ] || [ ! -f "$extracted" ] || [ "$jar" -nt "$archive" ]; then
        rm -rf "$app"
        java -Djarmode=tools -jar "$jar" extract --destination "$app" > /dev/null
        local training
        training=$(mktemp -d)
        java -XX:ArchiveClassesAtExit="$archive" -jar "$extracted" --input=input --output="$training" --quiet \
            > "$training.log" 2>&1 || { echo "the training run failed:"; cat "$training.log"; exit 1; }
        rm -rf "$training" "$training.log"
    fi
    echo "class data sharing: $extracted with $archive"
    launch="-XX:SharedArchiveFile=$archive -jar $extracted"
}

nightly() {
    local k=0
    while [ -d "$corpus/$(date -d "2030-01-01 + $k days" +%Y/%m/%d)" ]; do k=$((k + 1)); done
    local day
    day=$(date -d "2030-01-01 + $k days" +%Y-%m-%d)
    java bench/GenerateCorpus.java --from="$source" --to="$corpus" --first=$((count + 1000 * k)) --count=1000 \
        --date="$day"
    # nights are a day apart: by then the kernel has written the last night's files and the new
    # input to disk (dirty pages expire after 30 s); back to back, that writeback would fall in this run
    sync
    if [ -n "${COLD:-}" ]; then
        find "$out" -type f -print0 | python3 bench/evict-pages.py
        echo "page cache: the files under $out evicted"
    fi
    if [ -n "${CDS:-}" ]; then
        class_data_sharing
    fi
    echo "nightly import of 1,000 new files ($corpus/${day//-//}) into the store of $out"
    local quick=-XX:TieredStopAtLevel=1
    if [ "$count" -ge 300000 ]; then quick=; fi
    # shellcheck disable=SC2086  # several options split into words
    JAVA_OPTS="${NIGHTLY_JAVA_OPTS-$quick} ${JAVA_OPTS:-}" run "nightly-$day" \
        ${NIGHTLY_ARGS---skip-unchanged-folders}
}

case $what in
    all) generate; bulk; nightly ;;
    generate) generate ;;
    steps) steps ;;
    bulk) bulk ;;
    resume) resume ;;
    nightly) nightly ;;
    *) echo "usage: bench/scale.sh [COUNT] [all|generate|bulk|resume|nightly]" >&2; exit 2 ;;
esac
