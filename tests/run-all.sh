#!/usr/bin/env bash
# Runs every test of ContentReview. The README's test command and .ci/run call exactly this script.
# Installs what the tests need (Debian packages, npm packages) when it is missing, then runs the whole solution's tests.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

bash tests/install-test-deps.sh

results="$(mktemp -d)"
status=0
dotnet test ContentReview.sln -c Release --logger "trx" --results-directory "$results" "$@" || status=$?

# A plain closing line that any reader of the log understands.
python3 - "$results" <<'PY' || true
import sys, glob, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
p = f = s = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    c = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", ns)
    if c is None:
        continue
    p += int(c.get("passed", 0)); f += int(c.get("failed", 0)) + int(c.get("error", 0)); s += int(c.get("notExecuted", 0))
print(f"tests: {p} passed, {f} failed, {s} skipped")
PY
exit $status
