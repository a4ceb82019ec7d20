#!/usr/bin/env python3
"""Runs one command line in a real terminal (tmux, a private server) and writes what a developer
copies out of that terminal: the screen text, colours and cursor moves already applied.

usage: term.py --out FILE [--prompt] [--ps1 PS1] [--cols N] [--cwd DIR] [--timeout S] -- 'COMMAND LINE'

The command line is typed into an interactive bash (`bash --noprofile --rcfile F -i`, F setting only PS1, PROMPT_COMMAND, HISTFILE)
in a tmux pane of --cols columns (default 160); when bash shows its prompt again, the whole pane
history is read with `tmux capture-pane -p -J -S - -E -` (wrapped lines joined, no escape
sequences), trailing spaces are trimmed on every line (as terminals do when text is selected and
copied) and trailing blank lines dropped. Without --prompt the first line (prompt and command)
and the last prompt are cut, leaving the output alone; with --prompt they stay, as in a paste of
a whole terminal session. The text ends with one LF. Exits non-zero if the command does not end
within --timeout seconds.
"""
import argparse, os, pathlib, shlex, shutil, subprocess, sys, tempfile, time


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--prompt", action="store_true")
    ap.add_argument("--ps1", default="$ ")
    ap.add_argument("--cols", type=int, default=160)
    ap.add_argument("--cwd", default=os.getcwd())
    ap.add_argument("--timeout", type=float, default=60)
    ap.add_argument("command")
    a = ap.parse_args()

    tmp = tempfile.mkdtemp(prefix="term-")
    sock = f"resplain-term-{os.getpid()}"
    marks = pathlib.Path(tmp, "prompts")
    marks.write_text("")
    rc = pathlib.Path(tmp, "bashrc")
    rc.write_text(f"PS1={shlex.quote(a.ps1)}\nPROMPT_COMMAND={shlex.quote(f'echo >> {marks}')}\n"
                  "HISTFILE=/dev/null\n")
    env = dict(os.environ, LANG="C.UTF-8", TERM="xterm-256color")
    env.pop("LC_ALL", None)
    env.pop("TMUX", None)
    tmux = ["tmux", "-L", sock, "-f", "/dev/null"]

    def count():
        return len(marks.read_text().splitlines())

    def wait_prompts(n, timeout):
        end = time.time() + timeout
        while time.time() < end:
            if count() >= n:
                return True
            time.sleep(0.05)
        return False

    subprocess.run(tmux + ["new-session", "-d", "-s", "t", "-x", str(a.cols), "-y", "50", "-c", a.cwd,
                           f"bash --noprofile --rcfile {rc} -i"], env=env, check=True)
    try:
        subprocess.run(tmux + ["set-option", "-g", "history-limit", "100000"], check=True)
        if not wait_prompts(1, 10):
            sys.exit("bash did not start")
        time.sleep(0.2)
        subprocess.run(tmux + ["send-keys", "-t", "t", "-l", a.command], check=True)
        subprocess.run(tmux + ["send-keys", "-t", "t", "Enter"], check=True)
        if not wait_prompts(2, a.timeout):
            sys.exit(f"the command did not end within {a.timeout}s: {a.command}")
        time.sleep(0.3)  # let the pane draw the last prompt
        text = subprocess.run(tmux + ["capture-pane", "-p", "-J", "-S", "-", "-E", "-", "-t", "t"],
                              capture_output=True, check=True).stdout.decode("utf-8")
    finally:
        subprocess.run(tmux + ["kill-server"], stderr=subprocess.DEVNULL)
        shutil.rmtree(tmp, ignore_errors=True)
    lines = [l.rstrip(" ") for l in text.split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    if not a.prompt:
        # first line: prompt and the command; last line: the next prompt
        assert lines[0].startswith(a.ps1.rstrip()), lines[0]
        lines = lines[1:]
        # the next prompt: alone on the last line, or after output that did not end in a newline
        if lines and lines[-1].endswith(a.ps1.rstrip()):
            lines[-1] = lines[-1][: -len(a.ps1.rstrip())]
            if not lines[-1]:
                lines.pop()
    pathlib.Path(a.out).write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
