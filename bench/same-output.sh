#!/bin/sh
# Whether a change to kielo left its output byte for byte the same: builds the sample site,
# the test fixture and a generated site with kielo at an older commit and with the working
# tree, at one fixed clock, and compares the output folders with `diff -r`. The sample site
# and the fixture come from each version's own tree, as their theme may have changed with
# the code. Run from the repository root:
#     bench/same-output.sh OLD_COMMIT [GROUPS]
# GROUPS translation groups of bench/generate-site.py (default 10000: 30,000 pages). The old
# version is built in target/same-output/. Exits 1, showing the first differences, when the
# outputs are not the same.
set -eu
rev=$1
groups=${2:-10000}
now=2026-06-01T12:00:00+03:00
work=$(mktemp -d -p "${BENCH_DIR:-/dev/shm}")
cleanup() {
    git worktree remove --force "$work/old-tree" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
git worktree add --quiet --detach "$work/old-tree" "$rev"
(cd "$work/old-tree" && CARGO_TARGET_DIR="$OLDPWD/target/same-output" cargo build --release --quiet)
cargo build --release --quiet
old="$PWD/target/same-output/release/kielo"
new="$PWD/target/release/kielo"
python3 bench/generate-site.py "$work/generated" "$groups" >/dev/null
status=0
for site in . tests/fixtures/i18n "$work/generated"; do
    case $site in
        /*) old_site=$site new_site=$site ;;
        *) old_site="$work/old-tree/$site" new_site="$PWD/$site" ;;
    esac
    "$old" build --root "$old_site" --out "$work/old" --now "$now" >/dev/null
    "$new" build --root "$new_site" --out "$work/new" --now "$now" >/dev/null
    if diff -r "$work/old" "$work/new" >"$work/diff"; then
        echo "same: $site ($(find "$work/new" -type f | wc -l) files)"
    else
        echo "DIFFERENT: $site"
        head -20 "$work/diff"
        status=1
    fi
    rm -rf "$work/old" "$work/new"
done
exit $status
