#!/bin/sh
# What components cost: kielo builds one generated site twice from scratch, as plain
# Markdown and with every page calling components around the same text (a notice, a
# question-and-answer fold, a GitHub alert and a contact card: bench/generate-site.py
# --components), on the disk and on tmpfs, with the file system's floor (`cp -r` of the
# output) and Hugo building the plain site in the same run. Run from the repository root:
#     bench/components.sh [GROUPS]          # default 1000 groups: 3,000 pages
#     RUNS=5 PLACES=tmpfs bench/components.sh 1000
#     BEFORE=/path/to/older/kielo bench/components.sh   # that kielo on the plain site too
# Needs python3 and hyperfine; Hugo is timed when installed (apt-get install -y hugo
# hyperfine), with bench/hugo's configuration as in bench/build-speed.sh. Medians of RUNS
# runs (default 10) after a warm-up run; before each run the previous output is removed and
# `sync` writes out what is pending, so that no run pays for another's writes on the disk.
set -eu
groups=${1:-1000}
runs=${RUNS:-10}
places=${PLACES:-disk tmpfs}
cargo build --release --quiet
kielo="$PWD/target/release/kielo"
before=${BEFORE:-}
hugo_dir="$PWD/bench/hugo"
disk_dir=${DISK_DIR:-$PWD/target/bench-disk}
tmpfs_dir=${TMPFS_DIR:-/dev/shm}
mkdir -p "$disk_dir"
results=$(mktemp -d)
echo "kielo: $("$kielo" --version); hyperfine: $(hyperfine --version)"
have_hugo=0
if command -v hugo >/dev/null 2>&1; then have_hugo=1; echo "hugo: $(hugo version)"; fi

for place in $places; do
    case $place in
    disk) base=$disk_dir ;;
    tmpfs) base=$tmpfs_dir ;;
    *) echo "unknown place $place (disk or tmpfs)"; exit 2 ;;
    esac
    work=$(mktemp -d -p "$base" kielo-components.XXXXXX)
    python3 bench/generate-site.py "$work/plain" "$groups" >/dev/null
    python3 bench/generate-site.py "$work/components" "$groups" --components >/dev/null
    pages=$(find "$work/plain/content" -name '*.md' | wc -l | tr -d ' ')
    echo
    echo "== $place, $pages pages, $runs runs"
    set -- \
        --command-name "kielo, plain" --prepare "rm -rf '$work/out-plain' && sync" \
        "'$kielo' build --root '$work/plain' --out '$work/out-plain'" \
        --command-name "kielo, components" --prepare "rm -rf '$work/out-components' && sync" \
        "'$kielo' build --root '$work/components' --out '$work/out-components'" \
        --command-name "cp -r" --prepare "rm -rf '$work/copy' && sync" \
        "cp -r '$work/out-components' '$work/copy'"
    if [ -n "$before" ]; then
        set -- "$@" --command-name "before, plain" --prepare "rm -rf '$work/out-before' && sync" \
            "'$before' build --root '$work/plain' --out '$work/out-before'"
    fi
    if [ "$have_hugo" = 1 ]; then
        set -- "$@" --command-name "Hugo, plain" \
            --prepare "rm -rf '$work/out-hugo' '$work/hugo-cache' && sync" \
            "hugo --quiet --source '$work/plain' --config '$hugo_dir/hugo.yaml' --layoutDir '$hugo_dir/layouts' --destination '$work/out-hugo' --cacheDir '$work/hugo-cache'"
    fi
    # cp -r copies the components site's output, so build it before the first copy.
    "$kielo" build --root "$work/components" --out "$work/out-components" | tail -n 1
    hyperfine --warmup 1 --runs "$runs" --style basic --export-json "$results/$place.json" "$@"
    rm -rf "$work"
done

echo
echo "== results ($(date -u '+%Y-%m-%d'), $(nproc) cores)"
python3 - "$results" $places <<'EOF'
import json, os, sys
results, places = sys.argv[1], sys.argv[2:]
print()
print("Medians in seconds, from scratch.")
print()
print("| Place | kielo, plain | kielo, components | components / plain | cp -r | components / cp -r | before, plain | Hugo, plain |")
print("|---|---:|---:|---:|---:|---:|---:|---:|")
for place in places:
    named = {r["command"]: r["median"] for r in json.load(open(os.path.join(results, f"{place}.json")))["results"]}
    plain, comp, copy = named["kielo, plain"], named["kielo, components"], named["cp -r"]
    before, hugo = named.get("before, plain"), named.get("Hugo, plain")
    cells = [place, f"{plain:.3f}", f"{comp:.3f}", f"{comp / plain:.2f}", f"{copy:.3f}",
             f"{comp / copy:.2f}", f"{before:.3f}" if before else "n/a", f"{hugo:.3f}" if hugo else "n/a"]
    print("| " + " | ".join(cells) + " |")
EOF
