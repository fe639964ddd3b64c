#!/usr/bin/env bash
# Installs what the test suite needs on a Debian machine when it is missing. Idempotent; quiet when all is present.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
# Debian packages the tests use: python3 (scripts), and more as suites are added (see README "Tests").
# chromium + fonts-wqy-microhei: the test page's browser tests (Playwright drives /usr/bin/chromium; the font renders
# the Chinese page in screenshots).
# gRPC interop, load and scale-out tests: python3-grpcio + protobuf-compiler(-grpc) + libprotobuf-dev (the Python client
# and its stubs, generated at test time), nghttp2-client (h2load), nginx (two instances behind grpc_pass).
for pkg in python3 chromium fonts-wqy-microhei \
    python3-grpcio python3-protobuf protobuf-compiler protobuf-compiler-grpc libprotobuf-dev nghttp2-client nginx; do
    dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
    echo "install-test-deps: installing ${need[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

# --- npm: the Node gRPC interop client (tests/interop/node), exact versions from its committed package-lock.json ---
# Node itself may come from Debian or elsewhere; install Debian's only when there is no node/npm at all (Debian's npm
# conflicts with other node packagings).
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
    echo "install-test-deps: installing nodejs npm"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nodejs npm >/dev/null
fi
node_dir=tests/interop/node
if [ ! -f "$node_dir/node_modules/.package-lock.json" ] \
    || [ "$node_dir/package-lock.json" -nt "$node_dir/node_modules/.package-lock.json" ]; then
    echo "install-test-deps: npm ci in $node_dir"
    (cd "$node_dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
