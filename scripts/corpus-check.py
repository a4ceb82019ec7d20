#!/usr/bin/env python3
"""Runs the release CLI over labelled cases and prints the misses and the scores.

usage: scripts/corpus-check.py [--strip] [--quiet] [--products] [DIR ...]
  (default: ../shared/corpus and tests/fixtures)
--strip     removes the Server, X-Powered-By and Via headers first (banner-less attribution)
--products  prints origin.kind and generator accuracy per labelled generator
A case is <id>.http with its label <id>.json (format: ../shared/corpus/README.md).
"""
import collections, json, pathlib, re, subprocess, sys

args = sys.argv[1:]
strip = "--strip" in args
quiet = "--quiet" in args
per_product = "--products" in args
root = pathlib.Path(__file__).resolve().parent.parent
dirs = [pathlib.Path(d) for d in args if not d.startswith("--")] or [root.parent / "shared" / "corpus", root / "tests" / "fixtures"]
subprocess.run(["cargo", "build", "--release", "--quiet", "--bin", "resplain"], cwd=root, check=True)
exe = root / "target" / "release" / "resplain"
BANNERS = re.compile(rb"(?im)^(server|x-powered-by|via)[ \t]*:[^\n]*\n")
totals = collections.Counter()
products = collections.defaultdict(collections.Counter)
for d in dirs:
    for label_path in sorted(d.glob("*.json")):
        case = label_path.with_suffix(".http")
        if not case.exists():
            continue
        label = json.loads(label_path.read_text())
        data = case.read_bytes()
        if strip:
            data = BANNERS.sub(b"", data)
        r = json.loads(subprocess.run([str(exe), "--json"], input=data, capture_output=True, check=True).stdout)
        o = r["origin"]
        got = {"status": r["status"]["code"], "body": r["body"]["kind"], "kind": o["kind"], "generator": o["generator"]}
        want = {"status": label["status"], "body": label["body_kind"], "kind": label["origin"], "generator": label["generator"]}
        totals["cases"] += 1
        for k in got:
            totals[k] += got[k] == want[k]
        wrong_layer = o["kind"] in ("proxy", "app") and o["kind"] != label["origin"]
        totals["wrong-layer"] += wrong_layer
        totals["unknown"] += o["kind"] == "unknown"
        totals["committed"] += o["kind"] != "unknown"
        p = products[label["generator"]]
        p["n"] += 1
        p["kind"] += got["kind"] == want["kind"]
        p["gen"] += got["generator"] == want["generator"]
        p["wrong"] += wrong_layer
        if got != want and not quiet:
            diff = ", ".join(f"{k}: got {got[k]!r} want {want[k]!r}" for k in got if got[k] != want[k])
            ev = "; ".join(f"{e['product']}{'*' if e['generated'] else ''}:{e['signal'][:40]}" for e in o["evidence"])[:200]
            why = "; ".join(f"{'+' if x['toward'] == 'proxy' else '-'}{x['weight']}" for x in o.get("reasons", []))
            print(f"{'WRONG-LAYER ' if wrong_layer else ''}MISS {label['id']}: {diff}  [conf {o['confidence']} {o.get('basis')}] cues {why} evidence: {ev}")
if per_product:
    for g, p in sorted(products.items(), key=lambda kv: (kv[1]["gen"] / kv[1]["n"], kv[0])):
        print(f"{g:32} n={p['n']:3}  kind {p['kind'] / p['n']:.0%}  generator {p['gen'] / p['n']:.0%}  wrong-layer {p['wrong']}")
n = totals["cases"] or 1
c = totals["committed"] or 1
print(f"cases {totals['cases']}{' (Server, X-Powered-By, Via removed)' if strip else ''}: status {totals['status']/n:.1%}, body.kind {totals['body']/n:.1%}, "
      f"origin.kind {totals['kind']/n:.1%}, origin.generator {totals['generator']/n:.1%}, "
      f"wrong layer {totals['wrong-layer']/n:.1%} ({totals['wrong-layer']}), unknown {totals['unknown']/n:.1%}, "
      f"right when committed {(totals['committed'] - totals['wrong-layer'])/c:.1%}")
