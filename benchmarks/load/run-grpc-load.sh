#!/usr/bin/env bash
# Load benchmark of the gRPC transport with h2load (Debian package nghttp2-client), on 127.0.0.1 only, bounded in time.
#
# Starts the service (Release build, built-in lexicon unless LEXICON_DIR is set) on free loopback ports, then in ONE run:
#   1. Review of a 2,000-character article, CONCURRENCY streams (default 50: 50 connections x 1 stream), DURATION s;
#   2. grpc.health.v1.Health/Check the same way: the transport ceiling, next to 1 for comparison;
#   3. a SOAK-second Review run (default 60) sampling the server's RSS every 5 s (memory must stay flat).
# Prints calls/s, p50, p99 (from h2load's per-request log), the server's CPU time per call (user + system time of the
# service process over the run, from /proc, divided by the calls: the cost per call, less sensitive than calls/s to
# other load on the machine), HTTP and gRPC errors (gRPC status counts from the service's /metrics, since h2load sees
# only HTTP status 200), and the RSS samples, as a Markdown block to paste into benchmarks/results/.
# Environment: DURATION (20), SOAK (60), CONCURRENCY (50), STREAMS_PER_CONNECTION (1), ARTICLE_CHARS (2000), WARMUP (10 s
# before the measured runs), LEXICON_DIR (unset), KEEP (1 keeps the work folder), SERVICE_DIR (a folder holding a built
# ContentReview.Service.dll to run instead of building this checkout: for before/after runs in one session).
set -euo pipefail
cd "$(dirname "$0")/../.."

DURATION=${DURATION:-20}
SOAK=${SOAK:-60}
CONCURRENCY=${CONCURRENCY:-50}
STREAMS=${STREAMS_PER_CONNECTION:-1}
ARTICLE_CHARS=${ARTICLE_CHARS:-2000}
CONNECTIONS=$(( CONCURRENCY / STREAMS ))

command -v h2load >/dev/null || { echo "h2load is missing: apt-get install nghttp2-client" >&2; exit 2; }
command -v python3 >/dev/null || { echo "python3 is missing" >&2; exit 2; }

work=$(mktemp -d /tmp/cr-grpc-load.XXXXXX)
server_pid=
cleanup() {
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        kill "$server_pid"; wait "$server_pid" 2>/dev/null || true
    fi
    [ "${KEEP:-0}" = 1 ] && echo "work folder kept: $work" >&2 || rm -rf "$work"
}
trap cleanup EXIT

service_dir=${SERVICE_DIR:-src/ContentReview.Service/bin/Release/net10.0}
if [ -z "${SERVICE_DIR:-}" ]; then
    echo "building (Release)..." >&2
    dotnet build src/ContentReview.Service -c Release -nologo -v q >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
fi
[ -f "$service_dir/ContentReview.Service.dll" ] || { echo "no ContentReview.Service.dll in $service_dir" >&2; exit 2; }
article_note=$(python3 benchmarks/load/make_requests.py "$work" "$ARTICLE_CHARS")

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
grpc_port=$(free_port)
http_port=$(free_port)
lexicon_args=()
if [ -n "${LEXICON_DIR:-}" ]; then
    lexicon_args=(--ContentReview:UseBuiltInLexicon=false "--ContentReview:LexiconDirectories:0=$LEXICON_DIR")
fi
dotnet "$service_dir/ContentReview.Service.dll" \
    --contentRoot "$PWD/src/ContentReview.Service" \
    "--Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:$grpc_port" \
    "--Kestrel:Endpoints:Http:Url=http://127.0.0.1:$http_port" \
    --Logging:LogLevel:Default=Warning "${lexicon_args[@]}" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$http_port/healthz" >/dev/null 2>&1 && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
    sleep 0.5
done
curl -sf "http://127.0.0.1:$http_port/metrics" >"$work/metrics-before.txt"
lexicon=$(grep -o 'contentreview_lexicon_info{[^}]*}' "$work/metrics-before.txt" | head -1)
rules=$(awk '/^contentreview_lexicon_rules/ {s += $2} END {print s + 0}' "$work/metrics-before.txt")

cpu_ticks() { awk '{print $14 + $15}' "/proc/$server_pid/stat"; }
grpc_calls() { curl -sf "http://127.0.0.1:$http_port/metrics" | awk '/^contentreview_calls_total\{.*transport="grpc"/ {s += $2} END {print s + 0}'; }
h2() { # name body path duration; also records the server's CPU ticks and handled calls over the run in NAME.cpu
    local before calls; before=$(cpu_ticks); calls=$(grpc_calls)
    h2load -c "$CONNECTIONS" -m "$STREAMS" -t 1 -D "$4" --warm-up-time 3 \
        -d "$work/$2" -H 'content-type: application/grpc' -H 'te: trailers' \
        --log-file "$work/$1.log" "http://127.0.0.1:$grpc_port$3" >"$work/$1.out" 2>&1
    echo "$before $(cpu_ticks) $(getconf CLK_TCK) $calls $(grpc_calls)" >"$work/$1.cpu"
}

echo "warm-up..." >&2
h2load -c "$CONNECTIONS" -m "$STREAMS" -t 1 -D "${WARMUP:-10}" -d "$work/review.bin" -H 'content-type: application/grpc' -H 'te: trailers' \
    "http://127.0.0.1:$grpc_port/contentreview.v1.ContentReviewService/Review" >"$work/warmup.out" 2>&1
echo "Review, ${DURATION}s..." >&2
h2 review review.bin /contentreview.v1.ContentReviewService/Review "$DURATION"
echo "Health/Check, ${DURATION}s..." >&2
h2 health health.bin /grpc.health.v1.Health/Check "$DURATION"
curl -sf "http://127.0.0.1:$http_port/metrics" >"$work/metrics-after.txt"

echo "soak: Review, ${SOAK}s, sampling RSS..." >&2
rss() { awk '/^VmRSS/ {print int($2 / 1024)}' "/proc/$server_pid/status"; }
rss_samples="$(rss)"
h2 soak review.bin /contentreview.v1.ContentReviewService/Review "$SOAK" &
h2pid=$!
while kill -0 "$h2pid" 2>/dev/null; do
    sleep 5
    kill -0 "$h2pid" 2>/dev/null && rss_samples="$rss_samples $(rss)"
done
wait "$h2pid"
rss_samples="$rss_samples $(rss)"
curl -sf "http://127.0.0.1:$http_port/metrics" >"$work/metrics-soak.txt"

python3 - "$work" "$CONCURRENCY" "$CONNECTIONS" "$STREAMS" "$rss_samples" "$article_note" "$lexicon" "$rules" <<'PY'
import re, sys
work, concurrency, connections, streams, rss, article, lexicon, rules = sys.argv[1:9]

def h2load_summary(name):
    out = open(f"{work}/{name}.out").read()
    rps = float(re.search(r"finished in [\d.]+\w*, ([\d.]+) req/s", out).group(1))
    m = re.search(r"requests: (\d+) total, (\d+) started, (\d+) done, (\d+) succeeded, (\d+) failed, (\d+) errored, (\d+) timeout", out)
    codes = re.search(r"status codes: (\d+) 2xx, (\d+) 3xx, (\d+) 4xx, (\d+) 5xx", out)
    lat = sorted(int(line.split("\t")[2]) for line in open(f"{work}/{name}.log") if line.strip())
    pct = lambda p: lat[min(len(lat) - 1, int(p / 100 * len(lat)))] / 1000
    before, after, hz, calls_before, calls_after = (int(v) for v in open(f"{work}/{name}.cpu").read().split())
    done = int(m.group(3))
    # CPU over the whole h2load run (its 3 s warm-up included) per call the server handled in that time (its /metrics).
    cpu_us = (after - before) / hz * 1e6 / max(calls_after - calls_before, 1)
    return dict(rps=rps, done=done, failed=int(m.group(5)) + int(m.group(6)) + int(m.group(7)), cpu=cpu_us,
                non2xx=sum(int(codes.group(i)) for i in (2, 3, 4)), p50=pct(50), p99=pct(99), max=lat[-1] / 1000, n=len(lat))

def grpc_statuses(path):
    counts = {}
    for line in open(path):
        m = re.match(r'contentreview_calls_total\{method="(\w+)",status="(\w+)",transport="grpc"\} (\d+)', line)
        if m:
            counts[(m.group(1), m.group(2))] = int(m.group(3))
    return counts

before, after, soak = (grpc_statuses(f"{work}/metrics-{n}.txt") for n in ("before", "after", "soak"))
def errors(a, b):
    # CANCELLED: calls still in flight when h2load's timed run ends are reset by h2load itself.
    return {f"{k[0]} {k[1]}": b[k] - a.get(k, 0) for k in b if k[1] != "OK" and b[k] - a.get(k, 0) > 0}

r, h, s = h2load_summary("review"), h2load_summary("health"), h2load_summary("soak")
print(f"- article: {article}")
print(f"- lexicon: {lexicon} ({rules} rules)")
print(f"- concurrency {concurrency} ({connections} connections x {streams} streams), h2load -t 1, warm-up 3 s")
print()
print("| run | calls/s | p50 ms | p99 ms | max ms | calls | server CPU µs/call | HTTP/transport errors |")
print("|---|---:|---:|---:|---:|---:|---:|---:|")
for name, x in (("Review (2,000 chars)", r), ("Health/Check", h), ("Review soak", s)):
    print(f"| {name} | {x['rps']:,.0f} | {x['p50']:.2f} | {x['p99']:.2f} | {x['max']:.1f} | {x['done']:,} | {x['cpu']:.0f} | {x['failed'] + x['non2xx']} |")
print()
print(f"- gRPC statuses other than OK during the Review and Check runs: {errors(before, after) or 'none'}; during the soak: {errors(after, soak) or 'none'}")
samples = [int(v) for v in rss.split()]
print(f"- server RSS during the soak (MiB, every 5 s): {' '.join(map(str, samples))} (first {samples[0]}, last {samples[-1]}, max {max(samples)})")
PY
