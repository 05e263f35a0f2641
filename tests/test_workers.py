import mmap
import os
import signal
import subprocess
import sys
import time

import pytest

from lkjip_lint import workers

pytestmark = pytest.mark.skipif(not workers.SHARES_IMPORTS,
                                reason="the work functions below are local to this test module")


LEAKED: list = []


def work(item):
    kind, value = item
    if kind == "sleep":
        time.sleep(value)
        return "woke"
    if kind == "allocate":
        return len(bytearray(value * workers.MB))
    if kind == "exit":
        os._exit(value)
    if kind == "signal":
        os.kill(os.getpid(), value)
        time.sleep(5)
    if kind == "raise":
        raise ValueError(value)
    if kind == "pid":
        return os.getpid()
    if kind == "leak":  # fresh pages, touched: resident whatever the heap held before
        block = mmap.mmap(-1, value * workers.MB)
        block.write(b"x" * len(block))
        LEAKED.append(block)
        return os.getpid()
    if kind == "unpicklable":
        return lambda: value
    return value


def trouble(item, kind, detail):
    return ("trouble", kind, detail)


def run(items, jobs=2, seconds=None, memory_mb=None):
    return dict(workers.run_in_workers(items, work, jobs=jobs, seconds=seconds, memory_mb=memory_mb,
                                       trouble=trouble))


def test_every_item_gets_its_result():
    items = [("echo", n) for n in range(10)]
    assert run(items) == {n: n for n in range(10)}


def test_a_stuck_item_is_stopped_at_its_time_budget_and_the_others_finish():
    results = run([("echo", "a"), ("sleep", 600), ("echo", "b"), ("echo", "c")], seconds=1.0)
    assert results == {0: "a", 1: ("trouble", "timeout", ""), 2: "b", 3: "c"}


def test_a_worker_that_dies_is_reported_and_replaced():
    results = run([("exit", 3), ("signal", signal.SIGSEGV), ("echo", "after")], jobs=1)
    assert results == {0: ("trouble", "died", "exit code 3"),
                       1: ("trouble", "died", "signal SIGSEGV"),
                       2: "after"}


def test_an_exception_in_the_work_is_reported_in_one_line_for_that_item_only():
    assert run([("raise", "boom\n  at line 2"), ("echo", 1)], jobs=1) == {
        0: ("trouble", "failed", "ValueError: boom at line 2"), 1: 1}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the memory cap is set on Linux")
def test_memory_beyond_the_cap_is_refused_and_the_worker_replaced():
    results = run([("allocate", 50), ("allocate", 4000), ("allocate", 50)], jobs=1, memory_mb=600)
    assert results == {0: 50 * workers.MB, 1: ("trouble", "out of memory", ""), 2: 50 * workers.MB}


def test_workers_are_reused_from_item_to_item():
    pids = set(run([("pid", None)] * 8, jobs=2).values())
    assert 1 <= len(pids) <= 2


def test_no_items_start_no_workers():
    assert run([]) == {}


def test_a_result_that_cannot_be_passed_back_is_reported_for_that_item_only():
    results = run([("unpicklable", 1), ("echo", 2)], jobs=1)
    assert results[0][:2] == ("trouble", "failed")
    assert "could not be passed on" in results[0][2]
    assert results[1] == 2


@pytest.mark.skipif(workers.resident_mb() is None, reason="resident memory is read on Linux")
def test_a_worker_that_has_grown_is_replaced():
    results = run([("pid", None), ("leak", workers.RETIRE_GROWTH_MB + 50), ("pid", None)], jobs=1)
    assert results[0] == results[1] != results[2]


def test_a_worker_is_replaced_after_many_items(monkeypatch):
    monkeypatch.setattr(workers, "RETIRE_AFTER_ITEMS", 3)
    assert len(set(run([("pid", None)] * 7, jobs=1).values())) == 3


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers end with their parent on Linux")
def test_a_stuck_worker_ends_when_its_parent_is_killed(tmp_path):
    script = (
        "import sys, time\n"
        "sys.path.insert(0, sys.argv[1])\n"
        "from lkjip_lint import workers\n"
        "def work(item):\n"
        "    print(__import__('os').getpid(), flush=True)\n"
        "    while True: pass\n"
        "list(workers.run_in_workers([1], work, jobs=1, seconds=None, memory_mb=None, trouble=None))\n"
    )
    parent = subprocess.Popen([sys.executable, "-c", script, str(tmp_path)], stdout=subprocess.PIPE, text=True)
    worker = int(parent.stdout.readline())
    parent.kill()
    parent.wait()
    for _ in range(100):
        try:
            os.kill(worker, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)
    os.kill(worker, signal.SIGKILL)
    pytest.fail("the worker ran on after its parent was killed")
