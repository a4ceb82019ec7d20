#!/usr/bin/env python3
"""Captures one tool output into tests/inputs/NAME.EXT and writes NAME.expect.json beside it.

usage: shot.py --dir DIR --name NAME [--ext txt] --mode term|prompt|file|given
               [--cmd 'COMMAND LINE'] [--cwd DIR] [--ps1 PS1]
               --tool 'TOOL VERSION' --against 'WHAT IT TALKED TO' --note 'HOW IT WAS MADE'
               [--status N|null] [--kind proxy|app|unknown] [--generator ID]
               [--report JSON (merged into report)] [--diag code,code] [--must TEXT]...

Modes: term   the command typed into a real terminal (term.py), its output as a terminal copy gives it
       prompt the same with the shell prompt and the command line kept (a whole terminal paste)
       file   `bash -c 'COMMAND LINE' > FILE 2>&1` (a file, bytes as the tools wrote them)
       given  the file was already written by another script (browsers): only the expect file
--must: a string the output has to contain, or the capture counts as failed (exit 1).
"""
import argparse, json, os, pathlib, subprocess, sys, time

HERE = pathlib.Path(__file__).resolve().parent


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", required=True)
    ap.add_argument("--name", required=True)
    ap.add_argument("--ext", default="txt")
    ap.add_argument("--mode", required=True, choices=["term", "prompt", "file", "given"])
    ap.add_argument("--cmd")
    ap.add_argument("--cwd", default=os.getcwd())
    ap.add_argument("--ps1", default="$ ")
    ap.add_argument("--cols", default="160")
    ap.add_argument("--timeout", default="90")
    ap.add_argument("--tool", required=True)
    ap.add_argument("--against", required=True)
    ap.add_argument("--note", required=True)
    ap.add_argument("--status")
    ap.add_argument("--kind")
    ap.add_argument("--generator")
    ap.add_argument("--report", default="{}")
    ap.add_argument("--diag", default="")
    ap.add_argument("--must", action="append", default=[])
    a = ap.parse_args()

    out = pathlib.Path(a.dir, f"{a.name}.{a.ext}")
    out.parent.mkdir(parents=True, exist_ok=True)
    if a.mode in ("term", "prompt"):
        cmd = [sys.executable, str(HERE / "term.py"), "--out", str(out), "--cwd", a.cwd,
               "--ps1", a.ps1, "--cols", a.cols, "--timeout", a.timeout]
        if a.mode == "prompt":
            cmd.append("--prompt")
        subprocess.run(cmd + [a.cmd], check=True)
    elif a.mode == "file":
        with open(out, "wb") as f:
            subprocess.run(["bash", "-c", a.cmd], stdout=f, stderr=subprocess.STDOUT, cwd=a.cwd,
                           stdin=subprocess.DEVNULL, timeout=float(a.timeout),
                           env=dict(os.environ, LANG="C.UTF-8"))
    data = out.read_bytes()
    missing = [m for m in a.must if m.encode() not in data]
    if missing:
        print(f"{out.name}: output lacks {missing!r}", file=sys.stderr)
        sys.exit(1)

    report = {}
    if a.status is not None:
        report["status"] = {"code": None if a.status == "null" else int(a.status)}
    origin = {}
    if a.kind:
        origin["kind"] = a.kind
    if a.generator:
        origin["generator"] = a.generator
    if origin:
        report["origin"] = origin
    for k, v in json.loads(a.report).items():
        if isinstance(v, dict) and isinstance(report.get(k), dict):
            report[k].update(v)
        else:
            report[k] = v
    how = {"term": "typed into a terminal (tmux pane, 160 columns; lab/apps/tools/term.py) and copied: "
                   "the output alone",
           "prompt": "typed into a terminal (tmux pane, 160 columns; lab/apps/tools/term.py) and copied "
                     "with the shell prompt and the command line",
           "file": "run as `CMD > file 2>&1` (bytes as the tool wrote them, no terminal)",
           "given": ""}[a.mode]
    note = a.note + (f"; {how}" if how else "")
    if a.cmd and a.mode != "given":
        note = f"`{a.cmd}`: " + note
    expect = {
        "note": note,
        "source": f"captured locally {time.strftime('%Y-%m-%d', time.gmtime())}: {a.tool} against "
                  f"{a.against} on 127.0.0.1 (lab/recipes/tool-outputs.sh)",
        "report": report,
        "diagnostics": sorted(d for d in a.diag.split(",") if d),
    }
    pathlib.Path(a.dir, f"{a.name}.expect.json").write_text(
        json.dumps(expect, indent=2, ensure_ascii=False) + "\n")
    print(f"{out.name}: {len(data)} bytes")


if __name__ == "__main__":
    main()
