#!/bin/sh
# Build times of `kielo build` against Hugo on generated sites, where users build: on the
# disk and on tmpfs, from scratch and into the existing output, with the file system's
# floor (`cp -r` of kielo's output) in the same run. Each size is a number of translation
# groups (a page in fi, sv and en each): the default sizes 1000 and 10000 are sites of
# 3,000 and 30,000 pages. Run from the repository root:
#     bench/build-speed.sh [GROUPS ...]
#     RUNS=3 PLACES=tmpfs bench/build-speed.sh 1000
#     BEFORE=/path/to/older/kielo bench/build-speed.sh      # before/after figures
# Needs python3, hyperfine and GNU time (/usr/bin/time); Hugo (>= 0.110) is timed when
# installed: apt-get install -y hugo hyperfine time. Hugo builds the same content/ folder
# with bench/hugo/hugo.yaml and bench/hugo/layouts, without its related-pages list
# (HUGO_PARAMS_RELATED=false): its fastest configuration, since that list dominates its
# time (about 97 s at 30,000 pages on this project's machine).
#
# For each place (PLACES, default "disk tmpfs": a folder under target/ on the disk the
# repository is on, DISK_DIR; /dev/shm, TMPFS_DIR) and size, the corpus and the outputs live
# in that place, and hyperfine times (RUNS runs, default 5, at least 10 below 10,000 pages,
# after a warm-up run; medians are reported):
#   kielo, from scratch      the output folder removed before each run
#   kielo, unchanged         a build into the output of the previous one, nothing changed
#   kielo, one page edited   the same after a sentence was added to one page
#   cp -r                    copying kielo's output to a new folder: the file system's floor
#   Hugo, from scratch       output and cache folders removed before each run
#   Hugo, rebuilt            a build into its existing output, cache kept
#   before, ...              the same two kielo rows for the BEFORE binary, when given
# On the disk, as root, it also times an unchanged build with the page cache dropped before
# each run, with 1, 2 and 16 threads for file-system calls (KIELO_IO_THREADS).
set -eu
runs=${RUNS:-5}
places=${PLACES:-disk tmpfs}
if [ $# -eq 0 ]; then set -- 1000 10000; fi
cargo build --release --quiet
kielo="$PWD/target/release/kielo"
before=${BEFORE:-}
hugo_dir="$PWD/bench/hugo"
disk_dir=${DISK_DIR:-$PWD/target/bench-disk}
tmpfs_dir=${TMPFS_DIR:-/dev/shm}
mkdir -p "$disk_dir"
results=$(mktemp -d)
cleanup() { rm -rf "$results" "$disk_dir"/kielo-bench.* "$tmpfs_dir"/kielo-bench.*; }
trap cleanup EXIT

if command -v hugo >/dev/null 2>&1; then have_hugo=1; else
    have_hugo=0
    echo "Hugo is missing (apt-get install -y hugo): timing kielo alone."
fi
export HUGO_PARAMS_RELATED=false

echo "== machine"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "nproc: $(nproc), memory: $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)"
echo "cpu: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
echo "disk: $disk_dir ($(df -T "$disk_dir" | awk 'NR == 2 { print $2 }')), tmpfs: $tmpfs_dir ($(df -T "$tmpfs_dir" | awk 'NR == 2 { print $2 }'))"
echo "kielo: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src Cargo.toml Cargo.lock || echo ' (modified)')"
if [ -n "$before" ]; then echo "before: $before"; fi
if [ "$have_hugo" = 1 ]; then echo "hugo: $(hugo version)"; fi
echo "hyperfine: $(hyperfine --version)"

# Times one command: $1 name, $2 prepare command ("" for none), $3 command; runs $size_runs.
time_it() {
    name=$1
    file="$results/$(echo "$place-$pages-$name" | tr ' ,/' '___').json"
    if [ -n "$2" ]; then
        hyperfine --warmup 1 --runs "$size_runs" --style basic --export-json "$file" \
            --command-name "$name" --prepare "$2" "$3"
    else
        hyperfine --warmup 1 --runs "$size_runs" --style basic --export-json "$file" \
            --command-name "$name" "$3"
    fi
    echo "$place|$pages|$name|$file" >>"$results/index"
}

# Peak resident memory in MB of one run of the command in $@.
peak_mb() {
    /usr/bin/time -v -o "$results/time" "$@" >/dev/null 2>&1
    awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$results/time"
}

for place in $places; do
    case $place in
    disk) base=$disk_dir ;;
    tmpfs) base=$tmpfs_dir ;;
    *) echo "unknown place $place (disk or tmpfs)"; exit 2 ;;
    esac
    for groups in "$@"; do
        work=$(mktemp -d -p "$base" kielo-bench.XXXXXX)
        site="$work/site"
        python3 bench/generate-site.py "$site" "$groups" >/dev/null
        # Every Markdown file becomes a page, as kielo's "Built N pages" line counts them.
        pages=$(find "$site/content" -name '*.md' | wc -l | tr -d ' ')
        size_runs=$runs
        if [ "$pages" -lt 10000 ] && [ "$runs" -lt 10 ]; then size_runs=10; fi
        edited=$(find "$site/content" -name '*.fi.md' ! -name '_index*' | sort | head -n 1)
        k_out="$work/out-kielo"
        echo
        echo "== $place, $groups groups, $pages pages, $size_runs runs"
        build="'$kielo' build --root '$site' --out '$k_out'"
        time_it "kielo, from scratch" "rm -rf '$k_out'" "$build"
        time_it "kielo, unchanged" "" "$build"
        time_it "kielo, one page edited" \
            "printf '\nMuokattu %s.\n' \$(date +%s%N) >> '$edited'" "$build"
        # What an edit writes, from kielo's own summary line.
        printf '\nMuokattu viimeksi.\n' >>"$edited"
        "$kielo" build --root "$site" --out "$k_out" | tee "$results/$place-$pages-edit.txt"
        time_it "cp -r" "rm -rf '$work/copy'" "cp -r '$k_out' '$work/copy'"
        rm -rf "$work/copy"
        if [ -n "$before" ]; then
            b_out="$work/out-before"
            b_build="'$before' build --root '$site' --out '$b_out'"
            time_it "before, from scratch" "rm -rf '$b_out'" "$b_build"
            time_it "before, unchanged" "" "$b_build"
            rm -rf "$b_out"
        fi
        if [ "$have_hugo" = 1 ]; then
            h_out="$work/out-hugo"
            hugo_cmd="hugo --quiet --source '$site' --config '$hugo_dir/hugo.yaml' --layoutDir '$hugo_dir/layouts' --destination '$h_out' --cacheDir '$work/hugo-cache'"
            time_it "Hugo, from scratch" "rm -rf '$h_out' '$work/hugo-cache'" "$hugo_cmd"
            time_it "Hugo, rebuilt" "" "$hugo_cmd"
            rm -rf "$h_out" "$work/hugo-cache"
        fi
        if [ "$place" = disk ] && [ -w /proc/sys/vm/drop_caches ]; then
            for threads in 1 2 16; do
                time_it "kielo, unchanged, cold cache, $threads I/O threads" \
                    "sync; echo 3 > /proc/sys/vm/drop_caches" "KIELO_IO_THREADS=$threads $build"
            done
        fi
        if [ "$place" = tmpfs ] && [ -x /usr/bin/time ]; then
            rm -rf "$k_out"
            echo "$place|$pages|kielo|$(peak_mb "$kielo" build --root "$site" --out "$k_out")" >>"$results/memory"
            if [ "$have_hugo" = 1 ]; then
                h_out="$work/out-hugo"
                echo "$place|$pages|Hugo|$(peak_mb hugo --quiet --source "$site" --config "$hugo_dir/hugo.yaml" \
                    --layoutDir "$hugo_dir/layouts" --destination "$h_out" --cacheDir "$work/hugo-cache")" >>"$results/memory"
            fi
        fi
        rm -rf "$work"
    done
done

echo
echo "== results ($(date -u '+%Y-%m-%d'), $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1))"
python3 - "$results" <<'EOF'
import json, os, sys
results = sys.argv[1]
rows = {}
cores = {}
for line in open(os.path.join(results, "index")):
    place, pages, name, path = line.rstrip("\n").split("|")
    runs = json.load(open(path))["results"][0]
    rows.setdefault((place, int(pages)), {})[name] = runs["median"]
    # CPU time over wall time: how many of the cores the build kept busy.
    cores.setdefault((place, int(pages)), {})[name] = (runs["user"] + runs["system"]) / runs["mean"]
memory = {}
if os.path.exists(os.path.join(results, "memory")):
    for line in open(os.path.join(results, "memory")):
        place, pages, tool, mb = line.rstrip("\n").split("|")
        memory[(int(pages), tool)] = mb
print()
print("Medians in seconds; ratios are kielo's time over the other's.")
print()
print("| Place | Pages | Build | kielo | Hugo | kielo / Hugo | cp -r | kielo / cp -r | before | after / before | kielo cores busy |")
print("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|")
for (place, pages), named in rows.items():
    copy = named.get("cp -r")
    for kind, hugo_kind in [("from scratch", "from scratch"), ("unchanged", "rebuilt"), ("one page edited", "rebuilt")]:
        k = named.get(f"kielo, {kind}")
        if k is None:
            continue
        h = named.get(f"Hugo, {hugo_kind}")
        b = named.get(f"before, {kind}")
        cells = [place, f"{pages:,}", kind, f"{k:.2f}",
                 f"{h:.2f}" if h else "n/a", f"{k / h:.2f}" if h else "n/a",
                 f"{copy:.2f}" if copy else "n/a", f"{k / copy:.2f}" if copy else "n/a",
                 f"{b:.2f}" if b else "n/a", f"{k / b:.2f}" if b else "n/a",
                 f"{cores[(place, pages)][f'kielo, {kind}']:.2f}"]
        print("| " + " | ".join(cells) + " |")
cold = [(key, name, t) for key, named in rows.items() for name, t in named.items() if "cold cache" in name]
if cold:
    print()
    print("Unchanged build on the disk with the page cache dropped before each run:")
    print()
    print("| Pages | I/O threads | kielo, s |")
    print("|---:|---:|---:|")
    for (place, pages), name, t in cold:
        print(f"| {pages:,} | {name.split(', ')[-1].split()[0]} | {t:.2f} |")
if memory:
    print()
    print("Peak resident memory from scratch on tmpfs, MB: " + ", ".join(
        f"{pages:,} pages: kielo {memory.get((pages, 'kielo'), 'n/a')}, Hugo {memory.get((pages, 'Hugo'), 'n/a')}"
        for pages in sorted({p for p, _ in memory})))
EOF
echo
echo "What one page edit wrote:"
cat "$results"/*-edit.txt
