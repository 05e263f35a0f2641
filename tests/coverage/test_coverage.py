"""The coverage of a file: tables read and their kinds, tables left out and why, pages
without a text layer; in JSON (every key always present) and in the text format."""

import io
import json

from spanned_tables import plain, spanned_table

from lkjip_lint.config import Config
from lkjip_lint.coverage import KINDS, empty_coverage
from lkjip_lint.engine import check_dossier
from lkjip_lint.model import Document, Location, Paragraph
from lkjip_lint.report.json_format import render_json
from lkjip_lint.report.text_format import render_text
from lkjip_lint.report.view import View
from lkjip_lint.run import FileResult, RunResult

LEFT_OUT_KEYS = {"table", "page", "caption", "reason", "rows", "column", "rule", "pattern", "count", "of"}


def scanned_report() -> Document:
    """A PDF whose PK page is a scan: a budget table read, one row of it out of line, a
    table of staff numbers no check reads, and pages 2 and 3 without text."""
    budget = spanned_table(
        [plain(["No", "Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "%"])]
        + [plain([str(i), f"Kegiatan {i}", "1.000.000", "900.000", "90,00"]) for i in range(1, 6)]
        + [plain(["6", "Kegiatan 6", "900.000", "90,00", ""])],
        index=1, caption="Tabel 3.5 Realisasi Anggaran", file="lkjip.pdf", row_pages=(9,) * 7)
    staff = spanned_table([plain(["Golongan", "Laki-laki", "Perempuan"]), plain(["III", "12", "9"]),
                           plain(["IV", "3", "2"])], index=0, file="lkjip.pdf", row_pages=(4, 4, 4))
    paragraph = Paragraph(text="Laporan kinerja dan realisasi anggaran", index=1, location=Location(file="lkjip.pdf", page=1))
    return Document(path="lkjip.pdf", format="pdf", blocks=(paragraph, staff, budget), pages=12,
                    metadata={"pages_without_text": [3, 2]})


def test_coverage_of_a_report_with_a_scanned_pk_page():
    _, coverage = check_dossier([scanned_report()], Config())
    assert coverage["pages"] == 12 and coverage["pages_without_text"] == [2, 3]
    assert [(t["table"], t["page"], t["kind"]) for t in coverage["tables_read"]] == [(1, 4, "other"), (2, 9, "budget")]
    assert set(coverage["tables_by_kind"]) == set(KINDS) and coverage["tables_by_kind"]["budget"] == 1
    assert coverage["kinds_missing"] == ["pk", "measurement"]
    not_understood, misaligned = coverage["left_out"]
    assert all(set(entry) == LEFT_OUT_KEYS for entry in coverage["left_out"])
    assert (misaligned["table"], misaligned["reason"], misaligned["rows"], misaligned["count"], misaligned["of"]) == \
        (2, "misaligned", [7], 1, 6)
    assert (not_understood["table"], not_understood["reason"]) == (1, "not-understood")


def result_of(document: Document) -> RunResult:
    findings, coverage = check_dossier([document], Config())
    return RunResult(files=[FileResult(path=document.path, format=document.format, pages=document.pages,
                                       findings=findings, coverage=coverage)])


def test_no_findings_never_hides_what_was_not_read():
    buffer = io.StringIO()
    render_text(result_of(scanned_report()), buffer, View(lang="en"))
    lines = buffer.getvalue().splitlines()
    assert "  not read: page(s) 2, 3 have no text layer (scanned?); no PK, measurement table was read" in lines
    assert "  read: 2 tables (budget 1, other 1)" in lines
    assert ("  left out: page 9, Tabel 3.5: 1 of 6 rows whose values do not fit their columns (rows 7)" in lines)
    assert any(line.startswith("  not understood (no column a check reads): page 4") for line in lines)


def test_coverage_in_bahasa_indonesia():
    buffer = io.StringIO()
    render_text(result_of(scanned_report()), buffer, View(lang="id"))
    text = buffer.getvalue()
    assert "tidak terbaca: halaman 2, 3 tanpa lapisan teks (hasil pindai?)" in text
    assert "terbaca: 2 tabel (anggaran 1, lainnya 1)" in text


def test_coverage_in_json_for_every_file():
    payload = json.loads(render_json(result_of(scanned_report())))
    [entry] = payload["files"]
    assert entry["coverage"]["pages_without_text"] == [2, 3]
    assert [e["reason"] for e in entry["coverage"]["left_out"]] == ["not-understood", "misaligned"]
    unread = json.loads(render_json(RunResult(files=[FileResult(path="broken.docx", error="not a zip")])))
    assert unread["files"][0]["coverage"] == empty_coverage()


def test_coverage_comes_back_from_worker_processes(tmp_path):
    from budget_report import WRONG_PERCENT, report_config, write_report
    from lkjip_lint.run import check_paths

    write_report(tmp_path, WRONG_PERCENT)
    (tmp_path / "copy.txt").write_text((tmp_path / "report.txt").read_text(encoding="utf-8"), encoding="utf-8")
    result = check_paths([str(tmp_path / "report.txt"), str(tmp_path / "copy.txt")], (), report_config(), jobs=2)
    assert [r.coverage["tables_by_kind"]["budget"] for r in result.files] == [1, 1]


def test_coverage_comes_back_from_the_results_cache(tmp_path):
    from budget_report import WRONG_PERCENT, report_config, write_report
    from lkjip_lint.run import check_paths

    write_report(tmp_path, WRONG_PERCENT)
    paths = [str(tmp_path / "report.txt")]
    first = check_paths(paths, (), report_config(), cache_dir=tmp_path / "cache")
    again = check_paths(paths, (), report_config(), cache_dir=tmp_path / "cache")
    assert list((tmp_path / "cache").glob("*/*/*.json"))
    assert again.files[0].coverage == first.files[0].coverage
    assert again.files[0].coverage["tables_read"][0]["kind"] == "budget"
