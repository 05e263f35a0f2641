"""Hostile and damaged inputs through the command line, under a time and memory cap.

The inputs come from ``hostile_inputs.py`` (nothing large is stored). Each batch runs
once, with a short per-file time budget; for every input the outcome is either a normal
result or exactly one line on standard error that says what is wrong, and never a
traceback or a hang. The decompression bombs are several times the default limits and
the whole run, workers included, stays far below the memory they would take to unpack.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from robustness import hostile_inputs as hostile

SECONDS_PER_FILE = 15
HANG = 240  # a whole batch past this is a hang
PEAK_MEMORY_MB = 500
SAMPLES = Path(__file__).resolve().parents[2] / "samples"
SMALL_PDF = Path(__file__).resolve().parents[1] / "extract" / "data" / "report.pdf"


def lint_batch(folder: Path, *options: str) -> tuple[int, dict, list[str], float | None]:
    """Exit code, JSON report, stderr lines and the peak memory (MB) of the largest process
    of the run, workers included (None where the system does not tell it)."""
    command = [sys.executable, "-m", "lkjip_lint.cli", "check", "--isolated", "--no-cache", "--format", "json",
               "--jobs", "2", "--timeout", str(SECONDS_PER_FILE), *options, str(folder)]
    peak_mb = None
    with open(folder.parent / "stdout", "w+b") as out, open(folder.parent / "stderr", "w+b") as err:
        process = subprocess.Popen(command, stdout=out, stderr=err)
        if hasattr(os, "wait4"):
            started = time.monotonic()
            while not (waited := os.wait4(process.pid, os.WNOHANG))[0]:
                if time.monotonic() - started > HANG:
                    process.kill()
                    pytest.fail(f"no result after {HANG} s")
                time.sleep(0.05)
            code, peak_mb = os.waitstatus_to_exitcode(waited[1]), waited[2].ru_maxrss / 1024
        else:
            code = process.wait(timeout=HANG)
        out.seek(0)
        err.seek(0)
        report = json.loads(out.read().decode("utf-8"))
        errors = err.read().decode("utf-8").splitlines()
    assert not any("Traceback" in line for line in errors), errors
    return code, report, errors, peak_mb


def outcomes(report: dict) -> dict[str, str | None]:
    return {Path(f["path"]).name: f["error"] for f in report["files"]}


def assert_one_line_each(report: dict, errors: list[str]) -> None:
    """Every unreadable file is named in exactly one line, and no readable one is."""
    expected = sorted(f"lkjip-lint: error: {f['path']}: {f['error']}" for f in report["files"] if f["error"])
    assert sorted(errors) == expected
    assert all("\n" not in f["error"] for f in report["files"] if f["error"])
    assert not [f for f in report["findings"] if f["rule"] == "LKJ000"]


TOO_SLOW = f"too slow to read (more than {SECONDS_PER_FILE} s; the 'seconds-per-file' limit)"


def test_crafted_inputs_at_default_limits(tmp_path):
    folder = tmp_path / "masukan"
    folder.mkdir()
    hostile.deflate_bomb_docx(folder / "bom-deflate.docx", inflated_mb=300)
    hostile.deflate_bomb_docx_lying(folder / "bom-deflate-ukuran-palsu.docx", inflated_mb=300)
    hostile.bzip2_bomb_docx(folder / "bom-bzip2.docx", inflated_mb=240)
    hostile.many_bombs_docx(folder / "bom-banyak-bagian.docx", members=6, inflated_mb_each=100)
    hostile.flate_bomb_pdf(folder / "bom-flate.pdf", inflated_mb=120)
    hostile.length_cycle_pdf(folder / "putaran.pdf")
    hostile.deep_xml_docx(folder / "xml-dalam.docx")
    hostile.huge_text_run_docx(folder / "teks-raksasa.docx")
    hostile.nested_tables_docx(folder / "tabel-bersarang.docx")
    hostile.many_tables_docx(folder / "tabel-banyak.docx", tables=2001)
    hostile.utf16_without_bom_text(folder / "utf16.txt", hostile.TEXT_HEAD + "Realisasi anggaran 90 persen.\n")
    hostile.stray_nul_text(folder / "nul.txt", hostile.TEXT_HEAD + "Realisasi anggaran 90 persen.\n")
    hostile.long_line_text(folder / "baris-panjang.txt", characters=50_000)

    code, report, errors, peak_mb = lint_batch(folder)

    assert code == 2
    assert_one_line_each(report, errors)
    found = outcomes(report)
    assert found.pop("baris-panjang.txt") in (None, TOO_SLOW)
    assert found == {
        "bom-deflate.docx": "more than 5000000 XML tags (the 'xml-tags' limit)",
        "bom-deflate-ukuran-palsu.docx": "more than 5000000 XML tags (the 'xml-tags' limit)",
        "bom-bzip2.docx": "part word/document.xml expands beyond 200 MB (the 'part-size-mb' limit)",
        "bom-banyak-bagian.docx": "expands beyond 500 MB when unpacked (the 'unpacked-size-mb' limit)",
        "bom-flate.pdf": "a stream (object 4) expands beyond 100 MB (the 'stream-size-mb' limit)",
        "putaran.pdf": "corrupt PDF: objects 7 -> 8 -> 7 refer to each other in a loop",
        "xml-dalam.docx": "XML nested deeper than a document can be (over 256 levels)",
        "teks-raksasa.docx": "XML text of over 10 MB in one piece",
        "tabel-bersarang.docx": None,
        "tabel-banyak.docx": "more than 2000 tables (the 'tables' limit)",
        "utf16.txt": None,
        "nul.txt": None,
    }
    assert peak_mb is None or peak_mb < PEAK_MEMORY_MB, peak_mb


def test_limits_lowered_by_option(tmp_path):
    folder = tmp_path / "masukan"
    folder.mkdir()
    hostile.lzma_bomb_docx(folder / "bom-lzma.docx", inflated_mb=12)
    hostile.many_pages_pdf(folder / "halaman-banyak.pdf", pages=60)
    hostile.huge_table_text(folder / "tabel-besar.txt", rows=1000)
    hostile.huge_table_docx(folder / "tabel-besar.docx", rows=1000)
    hostile.letters_run_text(folder / "huruf.txt", characters=5000)
    hostile.digits_run_text(folder / "angka.txt", characters=40_000)

    code, report, errors, _ = lint_batch(folder, "--limit", "part-size-mb=10", "--limit", "pages=50",
                                         "--limit", "rows=800")

    assert code == 2
    assert_one_line_each(report, errors)
    found = outcomes(report)
    assert found.pop("bom-lzma.docx") == "part word/document.xml expands beyond 10 MB (the 'part-size-mb' limit)"
    assert found.pop("halaman-banyak.pdf") == "more than 50 pages (the 'pages' limit)"
    assert found.pop("tabel-besar.txt") == "more than 800 table rows (the 'rows' limit)"
    assert found.pop("tabel-besar.docx") == "more than 800 table rows (the 'rows' limit)"
    assert set(found.values()) <= {None, TOO_SLOW}


def test_damaged_copies_of_real_reports(tmp_path):
    folder = tmp_path / "rusak"
    small_docx = hostile.huge_table_docx(tmp_path / "laporan.docx", rows=20)
    small_text = tmp_path / "laporan.txt"
    small_text.write_text(SAMPLES.joinpath("lkjip-kecamatan-sumbersari-2021.txt").read_text(encoding="utf-8")[:20_000],
                          encoding="utf-8")
    sources = [small_docx, SMALL_PDF, small_text]
    made = hostile.mutated_files(sources, folder, count=8, seed=16)

    code, report, errors, _ = lint_batch(folder)

    assert code in (0, 1, 2)
    assert len(report["files"]) == len(made)
    assert_one_line_each(report, errors)

