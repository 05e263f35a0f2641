"""CPU time and peak memory of `lkjip-lint check` on hostile inputs, one process per input.

Builds the crafted inputs of ``tests/robustness/hostile_inputs.py`` (decompression bombs,
a reference-cycle PDF, deep XML, huge tables, long lines ...) and checks each alone,
reporting the CPU seconds and the peak resident memory of the whole process tree (the
command and every worker it waited for), the exit code and the first line of stderr.

Run:  python benchmarks/bench_hostile.py [--timeout S] [--only NAME] [-- EXTRA CHECK OPTIONS]
"""

from __future__ import annotations

import argparse
import os
import resource
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent / "tests"


def inputs() -> dict:
    sys.path.insert(0, str(TESTS))
    from robustness.hostile_inputs import CRAFTED, lzma_bomb_docx
    return dict(CRAFTED, **{"bomb-lzma.docx": lambda path: lzma_bomb_docx(path, 256)})


def build(name: str, path: Path) -> None:
    """Built in a process of its own: a child's peak memory counts what its parent held
    when it was started, so this process stays small."""
    subprocess.run([sys.executable, __file__, "--build", name, str(path)], check=True)


def measure(command: list[str], timeout: float) -> tuple[float, float, int | None, str, float]:
    """(cpu seconds, peak MiB, exit code or None when killed at the timeout, stderr head, wall seconds)."""
    started = time.monotonic()
    with tempfile.TemporaryFile() as err:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=err, start_new_session=True)
        killed = False
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - started > timeout and not killed:
                os.killpg(process.pid, signal.SIGKILL)
                killed = True
            time.sleep(0.02)
        process.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        head = err.read().decode("utf-8", "replace").strip().splitlines()
    wall = time.monotonic() - started
    code = None if killed else process.returncode
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, code, (head[0] if head else ""), wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=180, help="kill a run after this many seconds")
    parser.add_argument("--only", action="append", default=[], help="only these inputs (repeatable)")
    parser.add_argument("--address-space-mb", type=int, default=0,
                        help="cap each run's address space (protects a shared machine; 0: no cap)")
    parser.add_argument("--build", nargs=2, metavar=("NAME", "PATH"), help=argparse.SUPPRESS)
    parser.add_argument("extra", nargs="*", help="extra options for `lkjip-lint check`")
    args = parser.parse_args()
    if args.build:
        inputs()[args.build[0]](Path(args.build[1]))
        return
    names = args.only or list(inputs())
    with tempfile.TemporaryDirectory() as folder:
        print(f"{'input':32} {'size':>9} {'cpu s':>7} {'wall s':>7} {'peak MiB':>9} {'exit':>5}  first line of stderr")
        for name in names:
            path = Path(folder) / name
            build(name, path)
            command = [sys.executable, "-m", "lkjip_lint.cli", "check", "--isolated", "--format", "json",
                       *args.extra, str(path)]
            if args.address_space_mb:
                limit = args.address_space_mb * 1024 * 1024
                command = [sys.executable, "-c",
                           "import resource, sys, runpy; resource.setrlimit(resource.RLIMIT_AS, "
                           f"({limit}, {limit})); sys.argv = ['lkjip-lint'] + sys.argv[1:]; "
                           "runpy.run_module('lkjip_lint.cli', run_name='__main__')", *command[3:]]
            cpu, peak, code, line, wall = measure(command, args.timeout)
            size = path.stat().st_size
            shown = "killed" if code is None else str(code)
            print(f"{name:32} {size:>9} {cpu:>7.2f} {wall:>7.2f} {peak:>9.1f} {shown:>5}  {line[:110]}", flush=True)
            path.unlink()


if __name__ == "__main__":
    main()
