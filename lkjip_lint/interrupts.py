"""Ctrl-C: stop at once, leave the terminal clean, exit 130.

While a command runs, SIGINT runs the registered clean-ups (clear the progress bar,
remove an unfinished report file), stops the worker processes, says so in one line
and exits 130, the shell's code for "ended by SIGINT". Worker processes ignore SIGINT
themselves: their parent stops them, so none of them prints a traceback.
"""

from __future__ import annotations

import os
import signal
import sys
from typing import Callable

EXIT_INTERRUPTED = 130

_cleanups: list[Callable[[], None]] = []
_state = {"pid": None, "previous": None}


def on_interrupt(cleanup: Callable[[], None]) -> None:
    """Run ``cleanup`` if the command is interrupted."""
    _cleanups.append(cleanup)


def install() -> Callable[[], None]:
    """Handle SIGINT in this process; returns the function that restores the previous handler."""
    try:
        previous = signal.signal(signal.SIGINT, _interrupted)
    except ValueError:  # not the main thread: leave signals alone
        return lambda: None
    _state["pid"] = os.getpid()

    def restore() -> None:
        _cleanups.clear()
        try:
            signal.signal(signal.SIGINT, previous)
        except ValueError:
            pass

    return restore


def ignore_interrupts() -> None:
    """Initializer of worker processes: SIGINT is for the parent to handle."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _interrupted(signum, frame) -> None:
    if os.getpid() != _state["pid"]:
        return  # a worker forked from the command: the parent stops it
    for cleanup in reversed(_cleanups):
        try:
            cleanup()
        except Exception:
            pass
    stop_workers()
    try:
        # Straight to the file descriptor: what the interrupted code left in Python's
        # buffers is dropped, not written after this line.
        os.write(sys.stderr.fileno(), b"lkjip-lint: interrupted\n")
    except (OSError, ValueError):
        pass
    os._exit(EXIT_INTERRUPTED)


def stop_workers() -> None:
    if "multiprocessing" not in sys.modules:
        return  # no worker was ever started (a result from the cache, --version …)
    import multiprocessing

    children = multiprocessing.active_children()
    for child in children:
        child.terminate()
    for child in children:
        child.join(timeout=2)
