#!/usr/bin/env bash
# Installs what the test suite needs on a Debian machine when it is missing. Idempotent; quiet when all is present.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
# Debian packages the tests use: python3 (scripts), and more as suites are added (see README "Tests").
# chromium + fonts-wqy-microhei: the test page's browser tests (Playwright drives /usr/bin/chromium; the font renders
# the Chinese page in screenshots).
for pkg in python3 chromium fonts-wqy-microhei; do
    dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
    echo "install-test-deps: installing ${need[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
