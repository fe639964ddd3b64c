"""Append the ids of new built-in rules to tests/ContentReview.Tests/Lexicons/rule-ids.txt (never removes one).
Run from the repository root after tests/tools/lexicon/build.py:  python3 tests/tools/lexicon/snapshot_ids.py"""
import glob
import yaml

path = "tests/ContentReview.Tests/Lexicons/rule-ids.txt"
try:
    old = [l.strip() for l in open(path, encoding="utf-8") if l.strip() and not l.startswith("#")]
except FileNotFoundError:
    old = []
ids = set(old)
for f in sorted(glob.glob("lexicons/rules/*.yaml")):
    for r in yaml.safe_load(open(f, encoding="utf-8")).get("rules") or []:
        ids.add(r["id"])
with open(path, "w", encoding="utf-8") as out:
    out.write("# Snapshot of every built-in rule id (stable: deployments disable rules by id). Never delete a line;\n")
    out.write("# add new ids with tests/tools/lexicon/snapshot_ids.py. Checked by BuiltInLexiconTests.\n")
    for i in sorted(ids):
        out.write(i + "\n")
print(len(ids), "ids,", len(ids) - len(old), "new")
