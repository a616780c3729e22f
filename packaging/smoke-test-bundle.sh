#!/usr/bin/env bash
# Check a built Linux bundle the way a laptop without Python runs it: a bare environment
# (env -i, an empty PATH: no Python to be found), started from another folder, with a fresh data folder.
# Usage: packaging/smoke-test-bundle.sh [dist/needsassess]   (needs pdffonts/pdftotext: poppler-utils)
set -euo pipefail
bundle=$(cd "${1:-dist/needsassess}" && pwd)
exe="$bundle/needsassess"
work=$(mktemp -d)
trap '[ "${KEEP:-}" ] || rm -rf "$work"' EXIT
cd "$work"
mkdir "$work/bin"  # the bundle's PATH: empty, so no Python (nor anything else) can be found on it
run() { env -i PATH="$work/bin" HOME="$work" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$exe" --data-dir "$work/data" "$@"; }
fail() { echo "bundle smoke test: $*" >&2; exit 1; }

echo "bundle: $(du -sh "$bundle" | cut -f1) on disk"
run --version | tee version.txt
grep -q "^needsassess [0-9]" version.txt || fail "--version printed no version"
grep -q "data folder: $work/data" version.txt || fail "--version printed no data folder"
[ "$(run forms list | wc -l)" -ge 4 ] || fail "forms list shows fewer than the 4 shipped forms"
run demo | tee demo.txt
grep -Eq "^Added [1-9][0-9]* demo assessments" demo.txt || fail "demo added nothing"
run list --status complete > list.txt  # to a file: with pipefail, `| head` would fail on a closed pipe
uuid=$(head -n1 list.txt | cut -d' ' -f1)
[ -n "$uuid" ] || fail "no completed assessment listed"
run report "$uuid" -o report-ne.pdf --lang ne
pdffonts report-ne.pdf | tee fonts.txt
grep -E "NotoSansDevanagari-Regular +TrueType.* yes +yes" fonts.txt >/dev/null \
  || fail "the Nepali report has no embedded Noto Sans Devanagari"
# Shaped conjuncts extract as private-use characters: look for a word without any ("complete", the status).
pdftotext -enc UTF-8 report-ne.pdf report-ne.txt
grep -q "पूरा" report-ne.txt || fail "the Nepali report has no Devanagari text"
# The quality flags judge the demo's points against the shipped boundaries: a bundle without them
# stops here with NA-GEO-930 / "reinstall".
run quality --json > quality.json || fail "quality failed (are the shipped boundaries in the bundle?)"
run gui --smoke-test | tee gui.txt
grep -q "window shown" gui.txt || fail "the window did not start"
echo "bundle smoke test passed"
