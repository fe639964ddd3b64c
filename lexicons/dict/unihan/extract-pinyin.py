#!/usr/bin/python3
"""Extracts kMandarin readings of BMP CJK ideographs from Debian unicode-data's Unihan_Readings.txt.bz2.

Run: /usr/bin/python3 lexicons/dict/unihan/extract-pinyin.py > lexicons/dict/unihan/kMandarin.txt
Output (UTF-8): one line per character, CHAR TAB READINGS, readings with tone marks separated by one space,
most frequent first, as in Unihan. Only BMP characters (the segmenter and the typo checks work on UTF-16 units).
"""
import bz2

src = "/usr/share/unicode/Unihan_Readings.txt.bz2"
header = []
rows = []
with bz2.open(src, "rt", encoding="utf-8") as f:
    for line in f:
        if line.startswith("# Date:") or line.startswith("# Unicode version:") or line.startswith("# ©"):
            header.append(line.strip())
        if line.startswith("#") or not line.strip():
            continue
        cp, field, value = line.rstrip("\n").split("\t")
        if field != "kMandarin":
            continue
        code = int(cp[2:], 16)
        if code > 0xFFFF:
            continue
        rows.append((code, value.strip()))
print("# kMandarin readings from Unihan_Readings.txt (Debian unicode-data), Unicode licence (see COPYRIGHT.debian); " + " ".join(h.lstrip("# ") for h in header))
for code, value in sorted(rows):
    print("%s\t%s" % (chr(code), value))
