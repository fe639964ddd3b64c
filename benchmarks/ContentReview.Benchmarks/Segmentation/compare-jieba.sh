#!/usr/bin/env bash
# Side-by-side comparison of `contentreview segment` with Python jieba (Debian python3-jieba), whole processes with
# start-up included, on the same ~5 MB input: the SIGHAN 2005 PKU and MSR test texts from ../shared, five times over
# (built in a temporary folder, never copied into the repository).
# Usage: benchmarks/ContentReview.Benchmarks/Segmentation/compare-jieba.sh [RUNS]   (from the repository root)
# Needs: hyperfine (apt-get install -y hyperfine), /usr/bin/python3 with python3-jieba, /usr/bin/time, ../shared/data.
set -euo pipefail
runs="${1:-3}"
root="$(cd "$(dirname "$0")/../../.." && pwd)"
data="$root/../shared/data/icwb2/testing"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for i in 1 2 3 4 5; do cat "$data/pku_test.utf8" "$data/msr_test.utf8"; done > "$work/input.txt"
dotnet build "$root/src/ContentReview.Cli" -c Release -v q -nologo > /dev/null
cli="$root/src/ContentReview.Cli/bin/Release/net10.0/ContentReview.Cli"
py="/usr/bin/python3 $root/benchmarks/ContentReview.Benchmarks/Segmentation/jieba_segment.py"

echo "## machine"; date -u; nproc; lscpu | head -15; dotnet --version; /usr/bin/python3 -c "import jieba; print('jieba', jieba.__version__)"; uptime
echo "## input"; ls -l "$work/input.txt"; wc -lm "$work/input.txt"

# Warm jieba's own prefix-dictionary cache (/tmp/jieba.cache) so Python is measured at its best.
$py "$work/input.txt" off > "$work/py-off.txt"
"$cli" segment "$work/input.txt" --hmm off > "$work/cs-off.txt"
if cmp -s "$work/py-off.txt" "$work/cs-off.txt"; then echo "outputs identical (HMM off)"; else echo "OUTPUTS DIFFER (HMM off)"; fi

echo "## hyperfine (HMM off)"
hyperfine --runs "$runs" --export-markdown "$work/hyperfine.md" \
  -n "python3 jieba (HMM off)" "$py $work/input.txt off > /dev/null" \
  -n "contentreview segment --hmm off" "$cli segment $work/input.txt --hmm off > /dev/null"
cat "$work/hyperfine.md"

echo "## peak RSS and CPU (/usr/bin/time -v)"
for cmd in "$py $work/input.txt off" "$cli segment $work/input.txt --hmm off"; do
  /usr/bin/time -v $cmd 2> "$work/time.txt" > /dev/null
  echo "$cmd"; grep -E "Maximum resident|User time|System time|Elapsed" "$work/time.txt"
done

echo "## dictionary load (contentreview segment --stats on a one-line input, 5 runs)"
echo "中华人民共和国" > "$work/one.txt"
for i in 1 2 3 4 5; do "$cli" segment "$work/one.txt" --hmm off --stats 2>&1 > /dev/null; done
