"""Time the start-up of `lkjip-lint --version`, `rules` and `explain`, and check that
none of them loads a check or an understanding module.

Each command runs as a whole process, several times; the median wall time is printed.
Run:  python benchmarks/bench_startup.py [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

COMMANDS = (("--version",), ("rules",), ("explain", "LKJ101"))
TARGET_SECONDS = 0.15  # `--version` on the development machine
_LOADED = (
    "import sys, runpy\n"
    "sys.argv = ['lkjip-lint', *sys.argv[1:]]\n"
    "try:\n"
    "    runpy.run_module('lkjip_lint.cli', run_name='__main__')\n"
    "except SystemExit:\n"
    "    pass\n"
    "heavy = sorted(m for m in sys.modules if m.startswith(('lkjip_lint.checks', 'lkjip_lint.understand')))\n"
    "print('LOADED', ' '.join(heavy), file=sys.stderr)\n"
)


def wall_time(command: tuple[str, ...]) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "lkjip_lint.cli", *command], check=True, capture_output=True)
    return time.perf_counter() - started


def loaded_modules(command: tuple[str, ...]) -> list[str]:
    result = subprocess.run([sys.executable, "-c", _LOADED, *command], capture_output=True, text=True)
    line = next(l for l in result.stderr.splitlines() if l.startswith("LOADED"))
    return line.split()[1:]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    failed = False
    for command in COMMANDS:
        times = [wall_time(command) for _ in range(args.repeat)]
        heavy = loaded_modules(command)
        label = "lkjip-lint " + " ".join(command)
        print(f"{label:<28} median {statistics.median(times):.3f} s  min {min(times):.3f} s  "
              f"checks/understanding loaded: {len(heavy)}")
        failed |= bool(heavy)
        if command == ("--version",) and statistics.median(times) > TARGET_SECONDS:
            print(f"  above the {TARGET_SECONDS} s target")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
