#!/usr/bin/env python3
"""Runs the release CLI over labelled cases and prints the misses and the scores.

usage: scripts/corpus-check.py [DIR ...]   (default: ../shared/corpus and tests/fixtures)
A case is <id>.http with its label <id>.json (format: ../shared/corpus/README.md).
"""
import json, pathlib, subprocess, sys

root = pathlib.Path(__file__).resolve().parent.parent
dirs = [pathlib.Path(d) for d in sys.argv[1:]] or [root.parent / "shared" / "corpus", root / "tests" / "fixtures"]
subprocess.run(["cargo", "build", "--release", "--quiet", "--bin", "resplain"], cwd=root, check=True)
exe = root / "target" / "release" / "resplain"
totals = {"cases": 0, "status": 0, "body": 0, "kind": 0, "generator": 0}
for d in dirs:
    for label_path in sorted(d.glob("*.json")):
        case = label_path.with_suffix(".http")
        if not case.exists():
            continue
        label = json.loads(label_path.read_text())
        r = json.loads(subprocess.run([str(exe), "--json", str(case)], capture_output=True, check=True).stdout)
        o = r["origin"]
        got = {"status": r["status"]["code"], "body": r["body"]["kind"], "kind": o["kind"], "generator": o["generator"]}
        want = {"status": label["status"], "body": label["body_kind"], "kind": label["origin"], "generator": label["generator"]}
        totals["cases"] += 1
        for k in got:
            totals[k] += got[k] == want[k]
        if got != want:
            diff = ", ".join(f"{k}: got {got[k]!r} want {want[k]!r}" for k in got if got[k] != want[k])
            ev = "; ".join(f"{e['product']}{'*' if e['generated'] else ''}:{e['signal'][:50]}" for e in o["evidence"])
            print(f"MISS {label['id']}: {diff}  [conf {o['confidence']}] evidence: {ev}")
n = totals["cases"] or 1
print(f"cases {totals['cases']}: status {totals['status']/n:.1%}, body.kind {totals['body']/n:.1%}, "
      f"origin.kind {totals['kind']/n:.1%}, origin.generator {totals['generator']/n:.1%}")
