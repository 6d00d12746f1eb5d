#!/bin/sh
# Full-build time of `kielo build` against Hugo on generated sites, plus the sample site.
# Each size is a number of translation groups (a page in fi, sv and en each), so the
# default sizes 1000 and 10000 are sites of 3,000 and 30,000 pages. Run from the
# repository root:
#     bench/build-speed.sh [GROUPS ...]
#     RUNS=3 bench/build-speed.sh 1000
# Needs python3, hyperfine and GNU time (/usr/bin/time); Hugo (>= 0.110) is timed when
# installed: apt-get install -y hugo hyperfine time. Hugo builds the same content/ folder
# with bench/hugo/hugo.yaml and bench/hugo/layouts, twice: as kielo does, with five related
# pages on every page, and without that list (HUGO_PARAMS_RELATED=false), since Hugo's
# related-pages search dominates its time. Every run is a full build from scratch: the
# output folders and Hugo's cache folder are removed before each run.
# The corpus and the outputs live in a folder under BENCH_DIR, /dev/shm (tmpfs) by default:
# on this project's virtual disk, creating some 3,300 folders and files per 1,000 groups
# takes longer than building them, and the disk is not what is compared.
set -eu
runs=${RUNS:-3}
if [ $# -eq 0 ]; then set -- 1000 10000; fi
cargo build --release --quiet
kielo="$PWD/target/release/kielo"
hugo_dir="$PWD/bench/hugo"
bench_dir=${BENCH_DIR:-/dev/shm}
if [ ! -d "$bench_dir" ]; then bench_dir=${TMPDIR:-/tmp}; fi
work=$(mktemp -d -p "$bench_dir")
trap 'rm -rf "$work"' EXIT

if command -v hugo >/dev/null 2>&1; then
    have_hugo=1
else
    have_hugo=0
    echo "Hugo is missing (apt-get install -y hugo): timing kielo alone."
fi
if [ -x /usr/bin/time ]; then have_time=1; else have_time=0; echo "/usr/bin/time is missing: no peak memory."; fi

# Field $2 of hyperfine's JSON for command number $3 (0 = first), in seconds.
stat() {
    python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["results"][int(sys.argv[3])][sys.argv[2]])' "$1" "$2" "$3"
}
# Peak resident memory in MB of one run of the command in $@, with stdout to $out.log.
peak_mb() {
    out=$1
    shift
    /usr/bin/time -v -o "$out.time" "$@" >"$out.log" 2>&1
    awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$out.time"
}

echo "== machine"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "nproc: $(nproc)"
echo "work folder: $work ($(df -T "$work" | awk 'NR == 2 { print $2 }'))"
echo "cpu: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
echo "kielo: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src Cargo.toml Cargo.lock || echo ' (modified)')"
if [ "$have_hugo" = 1 ]; then echo "hugo: $(hugo version)"; fi
echo "hyperfine: $(hyperfine --version)"
echo "runs: $runs (RUNS; at least 10 below 10,000 pages), after 1 warmup"

echo
echo "== sample site (kielo build --root .)"
hyperfine --warmup 1 --runs "$runs" --style basic \
    --prepare "rm -rf '$work/sample-out'" \
    --export-json "$work/sample.json" \
    --command-name "kielo sample" "'$kielo' build --root . --out '$work/sample-out'"
sample_ms=$(python3 -c 'import sys; print(round(float(sys.argv[1]) * 1000, 1))' "$(stat "$work/sample.json" mean 0)")
echo "sample site: $sample_ms ms mean (target: under 100 ms)"

table="$work/table.md"
: >"$table"
first_time=""
for groups in "$@"; do
    site="$work/site-$groups"
    python3 bench/generate-site.py "$site" "$groups"
    # Every Markdown file becomes a page (the home pages and section indexes included),
    # which is what kielo counts in its "Built N pages" line.
    pages=$(find "$site/content" -name '*.md' | wc -l | tr -d ' ')
    kielo_out="$work/out-kielo"
    hugo_out="$work/out-hugo"
    hugo_cache="$work/hugo-cache"
    kielo_cmd="'$kielo' build --root '$site' --out '$kielo_out'"
    hugo_cmd="hugo --quiet --source '$site' --config '$hugo_dir/hugo.yaml' --layoutDir '$hugo_dir/layouts' --destination '$hugo_out' --cacheDir '$hugo_cache'"
    plain_cmd="HUGO_PARAMS_RELATED=false $hugo_cmd"
    # Builds of a fraction of a second vary by a tenth on a shared machine: more runs.
    size_runs=$runs
    if [ "$pages" -lt 10000 ] && [ "$runs" -lt 10 ]; then size_runs=10; fi
    echo
    echo "== $groups groups, $pages pages, $size_runs runs"
    if [ "$have_hugo" = 1 ]; then
        hyperfine --warmup 1 --runs "$size_runs" --style basic \
            --prepare "rm -rf '$kielo_out' '$hugo_out' '$hugo_cache'" \
            --export-json "$work/$groups.json" \
            --command-name kielo "$kielo_cmd" --command-name hugo "$hugo_cmd" \
            --command-name "hugo, no related list" "$plain_cmd"
    else
        hyperfine --warmup 1 --runs "$size_runs" --style basic \
            --prepare "rm -rf '$kielo_out'" \
            --export-json "$work/$groups.json" \
            --command-name kielo "$kielo_cmd"
    fi
    k_mean=$(stat "$work/$groups.json" mean 0)
    k_sd=$(stat "$work/$groups.json" stddev 0)
    k_mem="n/a"
    h_mean=""
    h_sd=""
    p_mean=""
    p_sd=""
    h_mem="n/a"
    if [ "$have_time" = 1 ]; then
        rm -rf "$kielo_out"
        k_mem=$(peak_mb "$work/mem-kielo" "$kielo" build --root "$site" --out "$kielo_out")
        cat "$work/mem-kielo.log"
    fi
    if [ "$have_hugo" = 1 ]; then
        h_mean=$(stat "$work/$groups.json" mean 1)
        h_sd=$(stat "$work/$groups.json" stddev 1)
        p_mean=$(stat "$work/$groups.json" mean 2)
        p_sd=$(stat "$work/$groups.json" stddev 2)
        if [ "$have_time" = 1 ]; then
            rm -rf "$hugo_out" "$hugo_cache"
            # Without --quiet, so that any warning Hugo gives on the corpus is seen.
            h_mem=$(peak_mb "$work/mem-hugo" hugo --source "$site" --config "$hugo_dir/hugo.yaml" \
                --layoutDir "$hugo_dir/layouts" --destination "$hugo_out" --cacheDir "$hugo_cache")
            if grep -E 'WARN|ERROR' "$work/mem-hugo.log"; then
                echo "Hugo warned (above)."
            else
                echo "Hugo: no warnings or errors."
            fi
        fi
    fi
    python3 - "$groups" "$pages" "$k_mean" "$k_sd" "$k_mem" "$h_mean" "$h_sd" "$p_mean" "$p_sd" "$h_mem" >>"$table" <<'EOF'
import sys
groups, pages, k_mean, k_sd, k_mem, h_mean, h_sd, p_mean, p_sd, h_mem = sys.argv[1:]
pages, k_mean, k_sd = int(pages), float(k_mean), float(k_sd)
row = [f"{pages:,}", f"{k_mean:.2f} ± {k_sd:.2f}"]
for mean, sd in [(h_mean, h_sd), (p_mean, p_sd)]:
    if mean:
        mean, sd = float(mean), float(sd)
        row += [f"{mean:.2f} ± {sd:.2f}", f"{mean / k_mean:.1f}×"]
    else:
        row += ["n/a", "n/a"]
row += [f"{pages / k_mean:,.0f}", f"{pages / float(h_mean):,.0f}" if h_mean else "n/a", k_mem, h_mem]
print("| " + " | ".join(row) + " |")
EOF
    tail -n 1 "$table"
    if [ -z "$first_time" ]; then
        first_time=$k_mean
        first_pages=$pages
    fi
    last_time=$k_mean
    last_pages=$pages
    rm -rf "$site" "$kielo_out" "$hugo_out" "$hugo_cache"
done

echo
echo "== results ($(date -u '+%Y-%m-%d'), $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1))"
echo
echo "| Pages | kielo, s | Hugo, s | Hugo / kielo | Hugo without related list, s | that / kielo | kielo pages/s | Hugo pages/s | kielo peak RSS, MB | Hugo peak RSS, MB |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
cat "$table"
echo
echo "Sample site: $sample_ms ms mean (target: under 100 ms)."
if [ $# -gt 1 ]; then
    python3 -c 'import sys; a, b, p, q = sys.argv[1:]; print(f"kielo scaling: time({int(q):,} pages) / time({int(p):,} pages) = {float(b) / float(a):.1f} for {int(q) / int(p):.0f}x the pages")' \
        "$first_time" "$last_time" "$first_pages" "$last_pages"
fi
