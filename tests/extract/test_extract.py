import os
import sys

import pytest

from lkjip_lint import limits
from lkjip_lint.extract import extract
from lkjip_lint.model import ExtractError

REPORT = "Laporan Kinerja 2021\nTabel 1\nNo\tUraian\tAnggaran\n1\tProgram A\t100\n2\tProgram B\t200\n"


def problem(path, bounds=None) -> str:
    with pytest.raises(ExtractError) as error:
        extract(path, bounds)
    return error.value.problem


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_named_and_never_opened(tmp_path):
    pipe = tmp_path / "laporan.txt"
    os.mkfifo(pipe)
    assert problem(pipe) == "a named pipe, not a file"  # opening it would wait for a writer forever


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges on Windows")
def test_a_symbolic_link_loop_is_named(tmp_path):
    os.symlink("b.txt", tmp_path / "a.txt")
    os.symlink("a.txt", tmp_path / "b.txt")
    assert problem(tmp_path / "a.txt") == "a symbolic link that loops"


def test_the_file_size_limit(tmp_path):
    path = tmp_path / "laporan.txt"
    path.write_text(REPORT + "x" * 1024 * 1024, encoding="utf-8")
    assert problem(path, limits.Limits(file_size_mb=1)) == "larger than 1 MB (the 'file-size-mb' limit)"


def test_pages_tables_and_rows_of_the_finished_document_are_counted(tmp_path):
    path = tmp_path / "laporan.txt"
    path.write_text(REPORT + "\f" * 5 + "Lampiran\n", encoding="utf-8")
    extract(path)
    assert problem(path, limits.Limits(pages=3)) == "more than 3 pages (the 'pages' limit)"
    assert problem(path, limits.Limits(rows=2)) == "more than 2 table rows (the 'rows' limit)"
    assert problem(path, limits.Limits(characters=20)) == "more than 20 characters of text (the 'characters' limit)"


def test_the_limits_given_are_the_ones_readers_see(tmp_path):
    path = tmp_path / "laporan.txt"
    path.write_text(REPORT, encoding="utf-8")
    assert limits.active() == limits.Limits()
    extract(path, limits.Limits(pages=7))
    assert limits.active() == limits.Limits()
