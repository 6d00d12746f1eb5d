#!/bin/sh
# One large site, to see that kielo stays linear and within memory: GROUPS translation
# groups (default 100000: 300,021 pages, 100,007 per language), corpus and output on the
# disk (DISK_DIR, default a folder under target/), built once from scratch and once more
# into that output with nothing changed, each under GNU time: wall time, CPU time (and so
# how many of the cores were kept busy) and peak resident memory. Run from the repository
# root (about 6 GB of disk and 10 minutes at the default size):
#     bench/scale.sh [GROUPS]
#     SITE=/path/to/generated/site bench/scale.sh     # a corpus generate-site.py made before
set -eu
groups=${1:-100000}
cargo build --release --quiet
kielo="$PWD/target/release/kielo"
disk_dir=${DISK_DIR:-$PWD/target/bench-disk}
mkdir -p "$disk_dir"
work=$(mktemp -d -p "$disk_dir" kielo-scale.XXXXXX)
trap 'rm -rf "$work"' EXIT

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'), nproc: $(nproc), memory: $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)"
echo "kielo: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src Cargo.toml Cargo.lock || echo ' (modified)')"
site=${SITE:-$work/site}
if [ -z "${SITE:-}" ]; then python3 bench/generate-site.py "$site" "$groups" >/dev/null; fi
for build in "from scratch" "unchanged"; do
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" \
        "$kielo" build --root "$site" --out "$work/out" >"$work/log"
    cat "$work/log"
    read -r wall user sys kb <"$work/time"
    python3 -c 'import sys
build, wall, user, sys_, kb = sys.argv[1], *map(float, sys.argv[2:])
print(f"{build}: {wall:.1f} s, {(user + sys_) / wall:.2f} cores busy, peak {kb / 1048576:.2f} GB")' \
        "$build" "$wall" "$user" "$sys" "$kb"
done
echo "output: $(du -sh "$work/out" | cut -f1), $(find "$work/out" -type f | wc -l | tr -d ' ') files"
