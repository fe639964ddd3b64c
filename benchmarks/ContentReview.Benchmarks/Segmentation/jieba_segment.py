#!/usr/bin/python3
"""Python jieba side of compare-jieba.sh: prints each line of FILE as jieba.cut words separated by single spaces
(whitespace tokens dropped), exactly what `contentreview segment FILE --hmm on|off` prints."""
import sys

import jieba

jieba.setLogLevel(60)
hmm = sys.argv[2] == "on"
write = sys.stdout.write
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        line = line.rstrip("\r\n")
        write(" ".join(t for t in jieba.cut(line, HMM=hmm) if t.strip()) + "\n")
