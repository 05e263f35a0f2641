from __future__ import annotations

import subprocess
import sys

import pytest

INTERRUPTED_WHILE_WRITING = """
import os, signal, sys, time
from lkjip_lint.interrupts import install
from lkjip_lint.output import write_report

install()

def write(stream):
    stream.write("half a report")
    stream.flush()
    os.kill(os.getpid(), signal.SIGINT)
    time.sleep(30)

write_report(sys.argv[1], write, utf8=True)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="sends SIGINT to itself")
def test_ctrl_c_while_writing_the_output_file_keeps_the_previous_one(tmp_path):
    target = tmp_path / "hasil.json"
    target.write_text("previous")
    done = subprocess.run([sys.executable, "-c", INTERRUPTED_WHILE_WRITING, str(target)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 130
    assert done.stderr == "lkjip-lint: interrupted\n"
    assert target.read_text() == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["hasil.json"]  # no temporary file left behind
