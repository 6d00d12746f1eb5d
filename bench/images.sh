#!/usr/bin/env bash
# Build times of a site with many large photos: what kielo's image processing costs from
# scratch, with its cache warm and with nothing to do, against Hugo doing the same work and
# against the file system's floor. The site (bench/generate-images-site.py) has COUNT page
# bundles (default 1000), each a Finnish page and a drawn, photo-like 3000x2000 JPEG of
# about 1.5 MB with an EXIF block: 8 variants a photo, widths 480, 960, 1600 and 2400 in
# JPEG and in WebP; Hugo makes the same ones in an image render hook. Run from anywhere:
#     bench/images.sh
#     COUNT=20 RUNS=1 bench/images.sh                   # a quick look
#     SITE=/path/to/folder bench/images.sh              # a folder the generator made before
#     KIELO=/path/to/kielo HUGO=0 bench/images.sh       # another binary; kielo alone
#     FIRST_RUNS=1 bench/images.sh                      # each first build timed once
# Needs python3 and Pillow (to generate the site), hyperfine, GNU time (/usr/bin/time) and,
# for its rows, Hugo extended (for WebP): apt-get install -y hugo hyperfine time;
# pip install pillow. The kielo binary is KIELO, by default target/release/kielo of this
# repository (cargo build --release first).
#
# The site lives outside the repository, in DISK_DIR (default bench-images/ next to the
# repository's folder), as site-COUNT/{kielo,hugo}; it is kept for the next run, as drawing
# 1,000 photos takes minutes (the generator draws only the photos that are missing). The
# outputs, about 1.1 GB each at 1,000 photos, are removed at the end. hyperfine times (RUNS
# runs, default 3, FIRST_RUNS for the two first builds; medians, min and max are reported);
# at 1,000 photos on 2 cores one Hugo first build took over half an hour:
#   kielo, first build         public/ and the image cache (.kielo-cache) removed before each run
#   kielo, unchanged           a build into the previous output, cache kept, nothing changed
#   kielo, warm cache          public/ removed before each run, cache kept
#   cp -r                      copying kielo's public/ to a new folder: the file system's floor
#   Hugo, first build          public/ and its image cache (resources/_gen) removed before each run
#   Hugo, warm cache           public/ removed before each run, cache kept
#   Hugo, rebuilt              a build into its previous output, cache kept
# Every timed run goes through GNU time, which records its peak resident memory.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
count=${COUNT:-1000}
runs=${RUNS:-3}
# First builds take minutes at 1,000 photos: FIRST_RUNS of them (default RUNS).
first_runs=${FIRST_RUNS:-$runs}
kielo=${KIELO:-$repo/target/release/kielo}
use_hugo=${HUGO:-1}
disk_dir=${DISK_DIR:-$(dirname "$repo")/bench-images}

for tool in hyperfine python3; do
    command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install -y $tool"; exit 2; }
done
[ -x /usr/bin/time ] || { echo "GNU time is missing: apt-get install -y time"; exit 2; }
[ -x "$kielo" ] || { echo "no kielo binary at $kielo: cargo build --release, or set KIELO"; exit 2; }
if [ "$use_hugo" = 1 ] && ! command -v hugo >/dev/null; then
    echo "Hugo is missing (apt-get install -y hugo): timing kielo alone."
    use_hugo=0
fi

mkdir -p "$disk_dir"
if [ -n "${SITE:-}" ]; then
    site=$SITE
else
    site=$disk_dir/site-$count
    echo "== generating $site (photos already there are kept)"
    python3 "$repo/bench/generate-images-site.py" "$site" "$count"
fi
[ -f "$site/kielo/site.yaml" ] && [ -f "$site/hugo/hugo.yaml" ] ||
    { echo "$site is not a folder bench/generate-images-site.py made"; exit 2; }
k_site=$site/kielo
h_site=$site/hugo
work=$(mktemp -d -p "$disk_dir" images-bench.XXXXXX)
cleanup() {
    rm -rf "$work" "$k_site/public" "$k_site/.kielo-cache"
    if [ "$use_hugo" = 1 ]; then rm -rf "$h_site/public" "$h_site/resources" "$h_site/.hugo_build.lock"; fi
}
trap cleanup EXIT

photos=$(find "$k_site/content" -name photo.jpg | wc -l | tr -d ' ')
echo
echo "== machine"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "nproc: $(nproc), memory: $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), load: $(cut -d ' ' -f 1-3 /proc/loadavg)"
echo "cpu: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
echo "disk: $disk_dir ($(df -T "$disk_dir" | awk 'NR == 2 { print $2 }'))"
echo "site: $site, $photos photos, $(du -sh "$k_site/content" | cut -f1)"
echo "kielo: $kielo ($(date -u -r "$kielo" '+%Y-%m-%d %H:%M UTC')); repository at $(git -C "$repo" rev-parse --short HEAD)$(git -C "$repo" diff --quiet HEAD -- src Cargo.toml Cargo.lock || echo ' (modified)')"
if [ "$use_hugo" = 1 ]; then echo "hugo: $(hugo version)"; fi
echo "hyperfine: $(hyperfine --version)"

# Times one case: $1 name, $2 prepare command ("" for none), $3 warm-up runs, $4 command,
# $5 runs (default RUNS). GNU time appends each run's peak resident memory (KB) and CPU
# seconds (user, system) to the case's .rss file.
case_no=0
time_it() {
    case_no=$((case_no + 1))
    local base="$work/case-$case_no"
    local cmd="/usr/bin/time -f '%M %U %S' -a -o '$base.rss' $4"
    local n=${5:-$runs}
    echo
    echo "== $1"
    if [ -n "$2" ]; then
        hyperfine --runs "$n" --warmup "$3" --style basic --export-json "$base.json" \
            --command-name "$1" --prepare "$2" "$cmd"
    else
        hyperfine --runs "$n" --warmup "$3" --style basic --export-json "$base.json" \
            --command-name "$1" "$cmd"
    fi
    echo "$1|$base" >>"$work/index"
}

k_build="'$kielo' build --root '$k_site'"
rm -rf "$k_site/public" "$k_site/.kielo-cache"
time_it "kielo, first build" "rm -rf '$k_site/public' '$k_site/.kielo-cache'" 0 "$k_build" "$first_runs"
time_it "kielo, unchanged" "" 1 "$k_build"
time_it "kielo, warm cache" "rm -rf '$k_site/public'" 0 "$k_build"
# What the last build wrote, from kielo's own summary line, and what is in its output.
"$kielo" build --root "$k_site" 2>&1 | tail -n 1
k_files=$(find "$k_site/public" -type f | wc -l | tr -d ' ')
k_variants=$(find "$k_site/public" -type f \( -name '*.webp' -o -name '*.jpg' \) | wc -l | tr -d ' ')
echo "kielo's output: $(du -sh "$k_site/public" | cut -f1), $k_files files, $k_variants JPEG and WebP files"
if [ "$k_variants" -lt "$photos" ]; then
    echo "warning: fewer pictures in kielo's output than photos in the site: this kielo does not process them"
fi
time_it "cp -r" "rm -rf '$work/copy'" 1 "cp -r '$k_site/public' '$work/copy'"
rm -rf "$work/copy" "$k_site/public" "$k_site/.kielo-cache"

if [ "$use_hugo" = 1 ]; then
    h_build="hugo --quiet --source '$h_site'"
    time_it "Hugo, first build" "rm -rf '$h_site/public' '$h_site/resources/_gen'" 0 "$h_build" "$first_runs"
    time_it "Hugo, warm cache" "rm -rf '$h_site/public'" 0 "$h_build"
    time_it "Hugo, rebuilt" "" 1 "$h_build"
    echo "Hugo's output: $(du -sh "$h_site/public" | cut -f1), $(find "$h_site/public" -type f | wc -l | tr -d ' ') files," \
        "$(find "$h_site/public" -type f \( -name '*.webp' -o -name '*.jpg' \) | wc -l | tr -d ' ') JPEG and WebP files"
fi

echo
echo "== results ($(date -u '+%Y-%m-%d'), $(nproc) cores, $photos photos, $runs runs)"
python3 - "$work/index" <<'EOF'
import json, sys
cases = [line.rstrip("\n").split("|") for line in open(sys.argv[1])]
rows = []
for name, base in cases:
    run = json.load(open(base + ".json"))["results"][0]
    stats = [line.split() for line in open(base + ".rss") if line.split() and line.split()[0].isdigit()]
    peaks = [int(s[0]) for s in stats]
    cpus = sorted(float(s[1]) + float(s[2]) for s in stats if len(s) == 3)
    cpu = cpus[len(cpus) // 2] if cpus else None
    rows.append((name, run["median"], run["min"], run["max"], max(peaks) / 1024 if peaks else None, cpu))
floor = next((median for name, median, *_ in rows if name == "cp -r"), None)
print()
print("Wall seconds; the ratio is the median over that of cp -r; CPU seconds (user + system,")
print("median); peak resident memory over all runs.")
print()
print("| Case | Runs | Median, s | Min–max, s | × cp -r | CPU, s | Peak MB |")
print("|---|---:|---:|---:|---:|---:|---:|")
for name, median, low, high, peak, cpu in rows:
    ratio = f"{median / floor:.1f}" if floor else "n/a"
    memory = "–" if name == "cp -r" or peak is None else f"{peak:.0f}"
    cpu = "–" if cpu is None else f"{cpu:.1f}"
    runs = len(json.load(open(dict(cases)[name] + ".json"))["results"][0]["times"])
    print(f"| {name} | {runs} | {median:.2f} | {low:.2f}–{high:.2f} | {ratio} | {cpu} | {memory} |")
EOF
