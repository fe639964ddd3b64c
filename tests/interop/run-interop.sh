#!/usr/bin/env bash
# Runs the third-party interop clients (Python grpcio, Node @grpc/grpc-js) against a freshly started service, outside
# xunit (the same scenarios the xunit tests in tests/ContentReview.Service.Tests/Grpc/Interop run one by one).
# Starts two instances on free loopback ports, both on the test lexicon in tests/interop/lexicon: one without API keys
# (every scenario but auth) and one with a review key and an admin key (auth). Needs what tests/install-test-deps.sh
# installs. Usage: bash tests/interop/run-interop.sh [python|node ...]   (default: both)
set -euo pipefail
cd "$(dirname "$0")/../.."
clients=("$@"); [ ${#clients[@]} -eq 0 ] && clients=(python node)
scenarios=(unary offsets batch server-stream errors deadline gzip health lexicon)
review_key=interop-review-key-0123456789 admin_key=interop-admin-key-0123456789

work=$(mktemp -d /tmp/cr-interop.XXXXXX)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

dotnet build src/ContentReview.Service -c Release -nologo -v q >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
start() { # name grpc_port extra-args...
    local name=$1 port=$2; shift 2
    dotnet src/ContentReview.Service/bin/Release/net10.0/ContentReview.Service.dll --contentRoot "$PWD/src/ContentReview.Service" \
        "--Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:$port" "--Kestrel:Endpoints:Http:Url=http://127.0.0.1:$(free_port)" \
        --ContentReview:UseBuiltInLexicon=false "--ContentReview:LexiconDirectories:0=$PWD/tests/interop/lexicon" \
        --ContentReview:WatchLexiconDirectories=false --Logging:LogLevel:Default=Warning "$@" >"$work/$name.log" 2>&1 &
    pids+=($!)
}
open_port=$(free_port); keyed_port=$(free_port)
start open "$open_port"
start keyed "$keyed_port" --ContentReview:ApiKeys:0:Id=cms "--ContentReview:ApiKeys:0:Key=$review_key" \
    --ContentReview:ApiKeys:1:Id=ops "--ContentReview:ApiKeys:1:Key=$admin_key" --ContentReview:ApiKeys:1:Roles:0=admin
for port in "$open_port" "$keyed_port"; do
    for _ in $(seq 1 120); do (echo > "/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.5; done
done

status=0
for client in "${clients[@]}"; do
    case "$client" in
        python)
            run=(/usr/bin/python3 tests/interop/python/interop_client.py --stubs-dir "$work/pystubs") ;;
        node)
            run=(node tests/interop/node/interop_client.js) ;;
        *) echo "unknown client $client (python or node)"; exit 2 ;;
    esac
    echo "== $client"
    "${run[@]}" --target "127.0.0.1:$open_port" "${scenarios[@]}" || status=1
    CR_REVIEW_KEY=$review_key CR_ADMIN_KEY=$admin_key "${run[@]}" --target "127.0.0.1:$keyed_port" auth || status=1
done
exit $status
