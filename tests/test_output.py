from __future__ import annotations

import io
import os
import sys

import pytest

from lkjip_lint.output import OutputError, tolerant, write_report


def test_a_stream_that_cannot_hold_a_character_gets_a_stand_in():
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="cp1252")
    tolerant(stream)
    stream.write("72,1 → C; ≥ 80 %; × 100; ✓")
    stream.flush()
    assert raw.getvalue().decode("cp1252") == "72,1 -> C; >= 80 %; × 100; ?"


def test_an_error_while_writing_leaves_the_previous_file_and_no_temporary(tmp_path):
    target = tmp_path / "hasil.txt"
    target.write_text("previous")

    def fails_halfway(stream):
        stream.write("half a report")
        raise OSError(28, "No space left on device")

    with pytest.raises(OutputError) as caught:
        write_report(str(target), fails_halfway, utf8=True)
    assert str(caught.value) == (f"{target}: cannot be written (No space left on device); "
                                 "the previous file is unchanged")
    assert target.read_text() == "previous"
    assert os.listdir(tmp_path) == ["hasil.txt"]


def test_a_new_file_appears_only_when_complete(tmp_path):
    target = tmp_path / "hasil.txt"
    seen = []

    def writes(stream):
        stream.write("report\n")
        seen.append(target.exists())

    write_report(str(target), writes, utf8=True)
    assert seen == [False]
    assert target.read_text(encoding="utf-8") == "report\n"


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges on Windows")
def test_writing_through_a_symbolic_link_replaces_its_target(tmp_path):
    (tmp_path / "real.txt").write_text("old")
    os.symlink(tmp_path / "real.txt", tmp_path / "link.txt")
    write_report(str(tmp_path / "link.txt"), lambda stream: stream.write("new"), utf8=True)
    assert os.path.islink(tmp_path / "link.txt")
    assert (tmp_path / "real.txt").read_text() == "new"


def test_a_folder_is_not_an_output_file(tmp_path):
    with pytest.raises(OutputError, match="is a folder"):
        write_report(str(tmp_path), lambda stream: None, utf8=True)
