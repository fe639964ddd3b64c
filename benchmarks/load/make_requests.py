#!/usr/bin/env python3
"""Writes the gRPC request bodies h2load sends: length-prefixed protobuf messages, encoded by hand (field 1 of
ReviewRequest is `text`; HealthCheckRequest is empty) so the load test needs no generated code.

Usage: make_requests.py OUT_DIR [ARTICLE_CHARS]
The article is the first ARTICLE_CHARS (default 2000) characters of the PKU test set of SIGHAN 2005 (news prose) from
../shared/data/icwb2 when it is there, else a synthetic government-style text, with two known findings mixed in.
"""
import os
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "..", "..", "shared", "data", "icwb2", "testing", "pku_test.utf8")

SYNTHETIC = ("为深入贯彻落实党中央、国务院决策部署，进一步做好今年的各项工作，经研究，现就有关事项通知如下。"
             "各地区各部门要提高政治站位，压实工作责任，加强统筹协调，确保各项任务落到实处。"
             "要坚持以人民为中心的发展思想，着力解决群众急难愁盼问题，不断增强人民群众的获得感、幸福感、安全感。")


def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def frame(message):
    return struct.pack(">BI", 0, len(message)) + message


def main():
    out_dir = sys.argv[1]
    chars = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    if os.path.exists(SHARED):
        with open(SHARED, encoding="utf-8") as f:
            text = "".join(line.strip() for line in f)
        source = "SIGHAN 2005 PKU test set (../shared/data/icwb2)"
    else:
        text = SYNTHETIC * (chars // len(SYNTHETIC) + 1)
        source = "synthetic government-style text (../shared missing)"
    # Two findings a real draft might have: an abolished agency name and a typo.
    head, tail = "根据国土资源部的通知，", "，再接再励。"
    text = head + text[: chars - len(head) - len(tail)] + tail
    data = text.encode("utf-8")
    review = b"\x0a" + varint(len(data)) + data
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "review.bin"), "wb") as f:
        f.write(frame(review))
    with open(os.path.join(out_dir, "health.bin"), "wb") as f:
        f.write(frame(b""))
    print("article: %d characters, %d UTF-8 bytes, from %s" % (len(text), len(data), source))


if __name__ == "__main__":
    main()
