#!/bin/sh
# Save-to-served latency of `kielo serve`, on the sample site and on a generated site of
# 30,000 pages (10,000 in each of three languages). Run from the repository root:
#     bench/serve-latency.sh [EDITS]
set -eu
edits=${1:-20}
cargo build --release --quiet
kielo="$PWD/target/release/kielo"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir "$work/sample"
for part in site.yaml content locales static themes; do
    if [ -e "$part" ]; then cp -r "$part" "$work/sample/"; fi
done
echo "== sample site"
python3 bench/serve-latency.py "$kielo" "$work/sample" \
    content/press-releases/new-helpline.fi.md /fi/tiedotteet/uusi-neuvontapuhelin/ "$edits"

echo "== generated site, 30,000 pages"
python3 bench/generate-site.py "$work/big" 10000
python3 bench/serve-latency.py "$kielo" "$work/big" \
    content/projects/item-00253.fi.md /fi/projects/item-00253/ "$edits"
