#!/usr/bin/env python3
"""Interop client for the ContentReview gRPC service, on the real third-party stack: Debian's python3-grpcio, with
stubs generated from the repository's .proto files by protoc and grpc_python_plugin (protobuf-compiler-grpc).

Usage:
    interop_client.py --stubs-dir DIR --generate-only
    interop_client.py --target 127.0.0.1:5081 --stubs-dir DIR SCENARIO [SCENARIO ...]

Scenarios: unary, offsets, batch, server-stream, errors, deadline, gzip, health, lexicon, auth (the last needs a server
with API keys; pass them in CR_REVIEW_KEY and CR_ADMIN_KEY). Prints one PASS/FAIL line per scenario; exits 1 if any
failed, 2 on a usage or set-up error.
"""

import argparse
import os
import shutil
import subprocess
import sys
import time
import traceback

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
PROTO_ROOT = os.path.join(REPO, "proto")


def generate(stubs_dir):
    """Generates the Python stubs into stubs_dir (once; a marker file says it is done)."""
    marker = os.path.join(stubs_dir, ".generated")
    if os.path.exists(marker):
        return
    protoc = shutil.which("protoc")
    plugin = shutil.which("grpc_python_plugin")
    if not protoc or not plugin:
        raise SystemExit("protoc or grpc_python_plugin not found (Debian: protobuf-compiler, protobuf-compiler-grpc)")
    # grpc/health/v1/health.proto would generate a Python package named grpc that shadows grpcio's; the same file under
    # another folder keeps its proto package (grpc.health.v1, so the wire name is unchanged) and becomes grpc_health.
    src = os.path.join(stubs_dir, "_protos")
    os.makedirs(os.path.join(src, "grpc_health", "v1"), exist_ok=True)
    shutil.copy(os.path.join(PROTO_ROOT, "grpc", "health", "v1", "health.proto"), os.path.join(src, "grpc_health", "v1"))
    for sub in ("contentreview/v1", "google/rpc"):
        shutil.copytree(os.path.join(PROTO_ROOT, sub), os.path.join(src, sub), dirs_exist_ok=True)
    files = ["contentreview/v1/content_review.proto", "google/rpc/status.proto", "google/rpc/error_details.proto",
             "grpc_health/v1/health.proto"]
    subprocess.run([protoc, "-I", src, "--python_out=" + stubs_dir, "--grpc_out=" + stubs_dir,
                    "--plugin=protoc-gen-grpc=" + plugin] + files, check=True)
    open(marker, "w").close()


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--target")
    parser.add_argument("--stubs-dir", required=True)
    parser.add_argument("--generate-only", action="store_true")
    parser.add_argument("scenarios", nargs="*")
    args = parser.parse_args()

    os.makedirs(args.stubs_dir, exist_ok=True)
    generate(args.stubs_dir)
    if args.generate_only:
        print("stubs generated in " + args.stubs_dir)
        return 0
    if not args.target or not args.scenarios:
        parser.error("--target and at least one scenario are needed")

    sys.path.insert(0, args.stubs_dir)
    import grpc
    from contentreview.v1 import content_review_pb2 as pb
    from contentreview.v1 import content_review_pb2_grpc as pb_grpc
    from google.rpc import error_details_pb2, status_pb2
    from grpc_health.v1 import health_pb2, health_pb2_grpc

    channel = grpc.insecure_channel(args.target)
    grpc.channel_ready_future(channel).result(timeout=10)
    stub = pb_grpc.ContentReviewServiceStub(channel)
    review_key = os.environ.get("CR_REVIEW_KEY")
    admin_key = os.environ.get("CR_ADMIN_KEY")
    auth = [("authorization", "Bearer " + review_key)] if review_key else None

    def status_details(error):
        """The google.rpc.Status from grpc-status-details-bin, parsed by hand (no grpcio-status on Debian)."""
        for key, value in error.trailing_metadata() or ():
            if key == "grpc-status-details-bin":
                status = status_pb2.Status()
                status.ParseFromString(value)
                return status
        return None

    def bad_request_fields(error):
        status = status_details(error)
        check(status is not None, "no grpc-status-details-bin trailer")
        check(status.code == error.code().value[0], "details code %d != status %s" % (status.code, error.code()))
        fields = []
        for detail in status.details:
            if detail.Is(error_details_pb2.BadRequest.DESCRIPTOR):
                bad = error_details_pb2.BadRequest()
                detail.Unpack(bad)
                fields += [v.field for v in bad.field_violations]
        return fields

    def expect_error(code, call):
        try:
            call()
        except grpc.RpcError as error:
            check(error.code() == code, "expected %s, got %s: %s" % (code, error.code(), error.details()))
            return error
        raise Failure("expected %s, the call succeeded" % code)

    def scenario_unary():
        response = stub.Review(pb.ReviewRequest(text="请联系国土资源部办理。", request_id="py-1"), metadata=auth, timeout=10)
        check(response.request_id == "py-1", "request_id not echoed")
        check(len(response.findings) == 1, "expected one finding, got %d" % len(response.findings))
        finding = response.findings[0]
        check((finding.start, finding.length) == (3, 5), "span %d+%d" % (finding.start, finding.length))
        check(finding.rule_id == "agency-2018-guotuziyuanbu" and finding.category == "agency-name", "rule/category")
        check(finding.severity == pb.SEVERITY_ERROR and list(finding.suggestions) == ["自然资源部"], "severity/suggestions")
        check(response.lexicon_version != "", "no lexicon version")

    def scenario_offsets():
        text = "𠮷野家和国土资源部"
        response = stub.Review(pb.ReviewRequest(text=text, offset_unit=pb.OFFSET_UNIT_CODE_POINT), metadata=auth, timeout=10)
        got = [text[f.start:f.start + f.length] for f in response.findings]
        check(got == ["𠮷野家", "国土资源部"], "code-point spans slice Python str wrongly: %r" % got)
        response = stub.Review(pb.ReviewRequest(text=text, offset_unit=pb.OFFSET_UNIT_UTF8), metadata=auth, timeout=10)
        data = text.encode("utf-8")
        got = [data[f.start:f.start + f.length].decode("utf-8") for f in response.findings]
        check(got == ["𠮷野家", "国土资源部"], "UTF-8 spans slice the bytes wrongly: %r" % got)

    def scenario_batch():
        def requests():
            for i in range(50):
                yield pb.ReviewRequest(text="国土资源部" if i % 2 == 0 else "干净的句子", request_id="b%d" % i)
            yield pb.ReviewRequest(text="", request_id="bad")
        responses = list(stub.ReviewBatch(requests(), metadata=auth, timeout=30))
        check([r.request_id for r in responses] == ["b%d" % i for i in range(50)] + ["bad"], "order/ids")
        check([len(r.findings) for r in responses[:50]] == [1 - i % 2 for i in range(50)], "findings per request")
        check(responses[-1].error.code == 3, "invalid batch item has no INVALID_ARGUMENT error")
        bad = error_details_pb2.BadRequest()
        check(responses[-1].error.details[0].Unpack(bad) and bad.field_violations[0].field == "text", "item details")

    def scenario_server_stream():
        batch = pb.ReviewBatchRequest(requests=[pb.ReviewRequest(text="农业部", request_id="s1"),
                                                pb.ReviewRequest(text="农业部门", request_id="s2")])
        responses = list(stub.ReviewBatchServerStream(batch, metadata=auth, timeout=10))
        check([r.request_id for r in responses] == ["s1", "s2"], "ids")
        check([len(r.findings) for r in responses] == [1, 0], "findings")

    def scenario_errors():
        error = expect_error(grpc.StatusCode.INVALID_ARGUMENT,
                             lambda: stub.Review(pb.ReviewRequest(text=""), metadata=auth, timeout=10))
        check(bad_request_fields(error) == ["text"], "field violations")
        error = expect_error(grpc.StatusCode.INVALID_ARGUMENT, lambda: stub.Review(
            pb.ReviewRequest(text="x", options=pb.ReviewOptions(categories=["typo", "未知类别"])), metadata=auth, timeout=10))
        check(bad_request_fields(error) == ["options.categories[1]"], "category violation")
        check("未知类别" in error.details(), "grpc-message not percent-decoded to the Chinese text: %r" % error.details())
        unknown = channel.unary_unary("/contentreview.v1.ContentReviewService/NoSuchMethod",
                                      request_serializer=pb.ReviewRequest.SerializeToString,
                                      response_deserializer=pb.ReviewResponse.FromString)
        expect_error(grpc.StatusCode.UNIMPLEMENTED, lambda: unknown(pb.ReviewRequest(text="x"), metadata=auth, timeout=10))

    def scenario_deadline():
        def slow():
            yield pb.ReviewRequest(text="国土资源部", request_id="d1")
            time.sleep(2)
            yield pb.ReviewRequest(text="国土资源部", request_id="d2")
        started = time.monotonic()
        expect_error(grpc.StatusCode.DEADLINE_EXCEEDED, lambda: list(stub.ReviewBatch(slow(), metadata=auth, timeout=0.5)))
        check(time.monotonic() - started < 1.9, "the deadline did not end the call early")
        # A deadline that leaves room works.
        stub.Review(pb.ReviewRequest(text="国土资源部"), metadata=auth, timeout=5)

    def scenario_gzip():
        gz = grpc.insecure_channel(args.target, compression=grpc.Compression.Gzip)
        gz_stub = pb_grpc.ContentReviewServiceStub(gz)
        text = "国土资源部和农业部的工作。" * 50
        response = gz_stub.Review(pb.ReviewRequest(text=text), metadata=auth, timeout=10)
        check(len(response.findings) == 100, "findings over gzip: %d" % len(response.findings))
        responses = list(gz_stub.ReviewBatch(iter([pb.ReviewRequest(text=text, request_id="g")] * 3), metadata=auth, timeout=10))
        check([len(r.findings) for r in responses] == [100] * 3, "batch over gzip")
        gz.close()

    def scenario_health():
        health = health_pb2_grpc.HealthStub(channel)
        check(health.Check(health_pb2.HealthCheckRequest(), timeout=5).status == health_pb2.HealthCheckResponse.SERVING,
              "server not SERVING")
        check(health.Check(health_pb2.HealthCheckRequest(service="contentreview.v1.ContentReviewService"), timeout=5)
              .status == health_pb2.HealthCheckResponse.SERVING, "service not SERVING")
        expect_error(grpc.StatusCode.NOT_FOUND, lambda: health.Check(health_pb2.HealthCheckRequest(service="x"), timeout=5))
        watch = health.Watch(health_pb2.HealthCheckRequest(), timeout=5)
        check(next(watch).status == health_pb2.HealthCheckResponse.SERVING, "watch")
        watch.cancel()

    def scenario_lexicon():
        info = stub.GetLexiconInfo(pb.GetLexiconInfoRequest(), metadata=auth, timeout=5)
        check(info.rule_count == sum(info.rule_counts_by_category.values()) and info.rule_count > 0, "counts")
        ids, token = [], ""
        while True:
            page = stub.ListRules(pb.ListRulesRequest(page_size=1, page_token=token), metadata=auth, timeout=5)
            ids += [r.id for r in page.rules]
            token = page.next_page_token
            if not token:
                break
        check(len(ids) == info.rule_count and len(set(ids)) == len(ids), "paging")

    def scenario_auth():
        check(review_key and admin_key, "CR_REVIEW_KEY and CR_ADMIN_KEY must be set")
        request = pb.ReviewRequest(text="国土资源部")
        expect_error(grpc.StatusCode.UNAUTHENTICATED, lambda: stub.Review(request, timeout=5))
        expect_error(grpc.StatusCode.UNAUTHENTICATED,
                     lambda: stub.Review(request, metadata=[("authorization", "Bearer wrong-key-0123456789")], timeout=5))
        check(len(stub.Review(request, metadata=[("x-api-key", review_key)], timeout=5).findings) == 1, "x-api-key")
        expect_error(grpc.StatusCode.PERMISSION_DENIED,
                     lambda: stub.ReloadLexicon(pb.ReloadLexiconRequest(), metadata=auth, timeout=10))
        reloaded = stub.ReloadLexicon(pb.ReloadLexiconRequest(), metadata=[("authorization", "Bearer " + admin_key)], timeout=30)
        check(reloaded.lexicon_version != "", "reload")

    scenarios = {name[len("scenario_"):].replace("_", "-"): fn for name, fn in locals().items() if name.startswith("scenario_")}
    failed = 0
    for name in args.scenarios:
        if name not in scenarios:
            print("FAIL %s: unknown scenario (known: %s)" % (name, ", ".join(sorted(scenarios))))
            failed += 1
            continue
        try:
            scenarios[name]()
            print("PASS " + name)
        except Exception as error:  # report every failure, go on with the next scenario
            failed += 1
            print("FAIL %s: %s" % (name, error))
            traceback.print_exc()
    channel.close()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
