#!/usr/bin/python3
"""Converts jieba's HMM parameters (Debian python3-jieba, finalseg/prob_*.py, MIT) into hmm.txt.

Run with Debian's interpreter: /usr/bin/python3 lexicons/dict/jieba/convert-hmm.py > lexicons/dict/jieba/hmm.txt
Format (UTF-8, one record per line, fields separated by one TAB, '#' starts a comment line):
  start STATE LOGP          initial log-probability of STATE (B, M, E, S)
  trans FROM TO LOGP        transition log-probability
  emit STATE CHAR LOGP      emission log-probability of CHAR in STATE
LOGP is written with repr(), which round-trips every double exactly.
"""
import jieba
from jieba.finalseg.prob_start import P as start
from jieba.finalseg.prob_trans import P as trans
from jieba.finalseg.prob_emit import P as emit

print("# jieba %s finalseg HMM parameters (BMES), converted by convert-hmm.py; MIT, (c) 2012-2017 Sun Junyi" % jieba.__version__)
for s in "BMES":
    print("start\t%s\t%r" % (s, start[s]))
for a in "BMES":
    for b in sorted(trans[a]):
        print("trans\t%s\t%s\t%r" % (a, b, trans[a][b]))
for s in "BMES":
    for ch in sorted(emit[s]):
        assert len(ch) == 1 and ch not in "\t\r\n#"
        print("emit\t%s\t%s\t%r" % (s, ch, emit[s][ch]))
