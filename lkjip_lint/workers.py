"""Work on items in worker processes that can be stopped: a time budget per item and a
memory cap per worker, so that one stuck or runaway input cannot stall a batch.

The workers are started once and reused for item after item. A worker that passes an
item's time budget is killed and replaced; one that dies (a library crashing, memory
running out) is replaced too; either way that item gets the caller's ``trouble`` result
and the others go on.

Memory: on Linux each worker's address space is capped at its size when it starts plus
``memory_mb`` (RLIMIT_AS), so a reader that runs away gets a MemoryError, or is stopped,
instead of exhausting the machine. Elsewhere (Windows, macOS) no cap is set: the limits
on what a file may inflate to and hold still apply, and the time budget still stops it.
"""

from __future__ import annotations

import faulthandler
import gc
import multiprocessing
import os
import signal
import sys
import time
from collections import deque
from multiprocessing.connection import wait
from typing import Callable, Iterator

from .collection import collect_young_less_often

MB = 1024 * 1024

# What a worker reports back: the work's result, or why there is none.
DONE, OUT_OF_MEMORY, FAILED = "done", "out of memory", "failed"
# A worker is replaced once its resident memory has grown this much beyond its start
# (memory freed after a large file is not always given back), or after this many items,
# so that memory stays flat however long the batch.
RETIRE_GROWTH_MB = 128
RETIRE_AFTER_ITEMS = 100


def available_cores() -> int:
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


# Forked workers share what the parent has imported; on macOS and Windows (where forking
# is unsafe or absent) each worker is a fresh interpreter.
START_METHOD = "fork" if sys.platform.startswith("linux") else "spawn"
SHARES_IMPORTS = START_METHOD == "fork"


def _context():
    return multiprocessing.get_context(START_METHOD)


def cap_memory(megabytes: int) -> bool:
    """Cap this process's address space at its present size plus ``megabytes``; True when set."""
    try:
        import resource

        with open("/proc/self/statm") as statm:
            present = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = present + megabytes * MB
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
        return True
    except (ImportError, OSError, ValueError):
        return False


def resident_mb() -> float | None:
    """This process's resident memory, where the system tells it cheaply (Linux)."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / MB
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def _release_memory() -> None:
    """Free what the last item left: documents held by reference cycles (python-docx's
    objects point at each other, so only the cycle collector frees their XML trees), then
    give the freed heap back to the system where the C library can (glibc)."""
    gc.collect()
    if _malloc_trim is not None:
        _malloc_trim(0)


def _libc_function(name: str):
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        return getattr(ctypes.CDLL(None), name)
    except (OSError, AttributeError):
        return None


_malloc_trim = _libc_function("malloc_trim")
_PR_SET_PDEATHSIG = 1


def _die_with_parent(parent: int) -> None:
    """Have the system end this worker when the parent ends, however it ends (Linux): a
    worker stuck on a file must not run on alone after the parent is killed."""
    prctl = _libc_function("prctl")
    if prctl is not None:
        prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:
        os._exit(0)


def _serve(connection, work: Callable, memory_mb: int | None, parent: int) -> None:
    """A worker: run ``work`` on each item received until told to stop, or until it has
    grown enough to be better replaced."""
    _die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    faulthandler.disable()  # a crash is reported in one line by the parent, not dumped on stderr
    if memory_mb:
        cap_memory(memory_mb)
    _release_memory()  # what the parent had freed but kept must not count as this worker's start
    gc.freeze()  # what exists now lives as long as the worker: collections after each file skip it
    collect_young_less_often()
    start = resident_mb()
    for done in range(1, RETIRE_AFTER_ITEMS + 1):
        try:
            item = connection.recv()
        except (EOFError, OSError):
            return
        if item is None:
            return
        try:
            status, value = DONE, work(item)
        except MemoryError:
            status, value = OUT_OF_MEMORY, None
        except Exception as exc:  # noqa: BLE001 - reported for the item, the worker goes on
            status, value = FAILED, " ".join(f"{type(exc).__name__}: {exc}".split())[:200]
        _release_memory()
        now = resident_mb()
        retiring = (status == OUT_OF_MEMORY or done == RETIRE_AFTER_ITEMS
                    or (start is not None and now is not None and now - start > RETIRE_GROWTH_MB))
        try:
            connection.send((status, value, retiring))
        except (OSError, EOFError):
            return  # the parent is gone
        except MemoryError:
            retiring = True
            connection.send((OUT_OF_MEMORY, None, retiring))
        except Exception as exc:  # noqa: BLE001 - a result that cannot be sent back
            connection.send((FAILED, f"the result could not be passed on ({type(exc).__name__})", retiring))
        if retiring:
            return


class _Worker:
    def __init__(self, context, work: Callable, memory_mb: int | None):
        self.connection, child_end = context.Pipe(duplex=True)
        self.process = context.Process(target=_serve, args=(child_end, work, memory_mb, os.getpid()), daemon=True)
        self.process.start()
        child_end.close()
        self.index: int | None = None
        self.deadline = float("inf")

    def give(self, index: int, item, seconds: float | None) -> None:
        self.index = index
        self.deadline = time.monotonic() + seconds if seconds else float("inf")
        try:
            self.connection.send(item)
        except OSError:
            pass  # the worker is gone: collecting the item will say so

    def stop(self, kill: bool = False) -> None:
        if kill and self.process.is_alive():
            self.process.kill()
        else:
            try:
                self.connection.send(None)
            except (OSError, ValueError):
                pass
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.connection.close()


def stopped_abruptly(exitcode: int | None) -> str:
    """How a worker ended, in a few words."""
    if exitcode is not None and exitcode < 0:
        try:
            return f"signal {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"signal {-exitcode}"
    return f"exit code {exitcode}"


def run_in_workers(items: list, work: Callable, jobs: int, seconds: float | None, memory_mb: int | None,
                   trouble: Callable[[object, str, str], object]) -> Iterator[tuple[int, object]]:
    """Yield ``(index, result)`` for every item as it is done, in any order.

    ``work(item)`` runs in a worker. When an item passes ``seconds``, or its worker dies
    or runs out of memory, the result is ``trouble(item, kind, detail)`` with ``kind`` one
    of "timeout", "out of memory", "died" or "failed".
    """
    context = _context()
    pending = deque(range(len(items)))
    workers: list[_Worker] = []
    try:
        while pending or workers:
            while pending and len(workers) < jobs:
                workers.append(_Worker(context, work, memory_mb))
            for worker in workers:
                if worker.index is None and pending:
                    index = pending.popleft()
                    worker.give(index, items[index], seconds)
            busy = [w for w in workers if w.index is not None]
            if not busy:
                break
            nearest = min(w.deadline for w in busy)
            timeout = None if nearest == float("inf") else max(0.0, nearest - time.monotonic())
            wait([w.connection for w in busy] + [w.process.sentinel for w in busy], timeout)
            for worker in busy:
                outcome = _collect(worker, items[worker.index], trouble)
                if outcome is None:
                    continue
                result, retire = outcome
                yield worker.index, result
                worker.index = None
                if retire:
                    worker.stop(kill=True)
                    workers.remove(worker)
    finally:
        for worker in workers:
            worker.stop(kill=worker.index is not None)


def _collect(worker: _Worker, item, trouble) -> tuple[object, bool] | None:
    """The worker's result for ``item`` if there is one now (a reply, a death, or a passed
    deadline), and whether the worker must be retired."""
    if worker.connection.poll():
        try:
            status, value, retiring = worker.connection.recv()
        except (EOFError, OSError):
            worker.process.join(timeout=5)
            return trouble(item, "died", stopped_abruptly(worker.process.exitcode)), True
        if status == DONE:
            return value, retiring
        return trouble(item, status, value or ""), retiring
    if not worker.process.is_alive():
        worker.process.join(timeout=5)
        return trouble(item, "died", stopped_abruptly(worker.process.exitcode)), True
    if time.monotonic() >= worker.deadline:
        worker.process.kill()
        worker.process.join(timeout=5)
        return trouble(item, "timeout", ""), True
    return None
