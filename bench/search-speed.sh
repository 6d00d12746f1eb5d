#!/bin/sh
# Site search at scale: builds a generated site (GROUPS translation groups, a page each in
# fi, sv and en; default 10000, so 30,000 pages), reports the size of each language's search
# index, then serves the site without compression and measures, in the system Chromium with
# the cache cleared, the time to the first results and the bytes fetched before them. Run
# from the repository root:
#     bench/search-speed.sh [GROUPS]
# Needs python3, GNU time (/usr/bin/time), hyperfine, chromium, and BENCH_DIR (default
# /dev/shm) with room for the site (about 1 GB at 10000 groups).
set -eu
groups=${1:-10000}
runs=${RUNS:-3}
cargo build --release --quiet
cargo build --release --quiet --example search_timing --features browser
kielo="$PWD/target/release/kielo"
timing="$PWD/target/release/examples/search_timing"
bench_dir=${BENCH_DIR:-/dev/shm}
if [ ! -d "$bench_dir" ]; then bench_dir=${TMPDIR:-/tmp}; fi
work=$(mktemp -d -p "$bench_dir")
server=
cleanup() {
    if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

echo "== machine"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "nproc: $(nproc)"
echo "cpu: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
echo "kielo: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src themes Cargo.toml || echo ' (modified)')"
echo "chromium: $(chromium --version 2>/dev/null || echo missing)"

python3 bench/generate-site.py "$work/site" "$groups" >/dev/null
echo
echo "== build of $groups groups, search included ($runs runs after 1 warm-up)"
hyperfine --warmup 1 --runs "$runs" --style basic --export-json "$work/build.json" \
    --prepare "rm -rf $work/site/public" "$kielo build --root $work/site" | grep -E 'Time|Range'
/usr/bin/time -v -o "$work/time.txt" "$kielo" build --root "$work/site" >"$work/build.log"
awk -F': ' '/Maximum resident set size/ { printf "peak RSS: %.0f MB\n", $2 / 1024 }' "$work/time.txt"
cat "$work/build.log"

echo
echo "== search index per language (bytes as written, no compression)"
public="$work/site/public"
echo "| language | pages | index.json KB | word chunks | chunks MB | largest chunk KB | page files MB | total MB |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
for lang in fi sv en; do
    dir="$public/search/$lang"
    python3 - "$dir" "$lang" <<'PY'
import os, sys
d, lang = sys.argv[1], sys.argv[2]
def sizes(sub):
    p = os.path.join(d, sub)
    return [os.path.getsize(os.path.join(p, f)) for f in os.listdir(p)]
words, pages = sizes("words"), sizes("pages")
meta = os.path.getsize(os.path.join(d, "index.json"))
mb = 1024 * 1024
print(f"| {lang} | {len(pages):,} | {meta / 1024:.1f} | {len(words):,} | {sum(words) / mb:.2f} "
      f"| {max(words) / 1024:.1f} | {sum(pages) / mb:.1f} | {(meta + sum(words) + sum(pages)) / mb:.1f} |")
PY
done

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$public" >/dev/null 2>&1 &
server=$!
sleep 1
echo
echo "== time to first result (Chromium, cache cleared, python http.server, no compression)"
"$timing" "http://127.0.0.1:$port/" \
    "fi/haku/?q=työnantajille" "fi/haku/?q=valmennuksiin" "fi/haku/?q=työnantajiemme" \
    "fi/haku/?q=työnantajan+oikeudet+ja+palkka" "fi/haku/?q=valmennu" \
    "sv/sok/?q=arbetsgivarna" "sv/sok/?q=arbetsgivarens" "sv/sok/?q=rätt+till+lön" \
    "en/search/?q=employers" "en/search/?q=inspectors" "en/search/?q=safe+housing+for+victims"
