from __future__ import annotations

import csv
import io

from checked_sample import checked

from lkjip_lint.findings import make_finding
from lkjip_lint.model import Location
from lkjip_lint.report.csv_format import FINDING_COLUMNS, render_csv, render_reports_csv
from lkjip_lint.report.view import View
from lkjip_lint.run import FileResult, RunResult


def _rows(text: str, delimiter: str) -> list[dict]:
    assert text.startswith("\ufeff")  # Excel reads UTF-8 only with its byte order mark
    return list(csv.DictReader(io.StringIO(text[1:], newline=""), delimiter=delimiter))


def test_one_row_per_finding_with_the_report_it_belongs_to():
    sample = checked(".pdf")
    rows = _rows(render_csv(RunResult(files=[sample]), View()), ",")
    assert len(rows) == len(sample.findings)
    assert list(rows[0]) == ["institution", "region", "year", "file", "page", "table", "table title", "row",
                             "row label", "column", "column heading", "paragraph", "line", "rule", "name",
                             "category", "severity", "message", "quote", "found", "expected", "evidence"]
    assert len(FINDING_COLUMNS) == len(rows[0])
    assert {(r["institution"], r["region"], r["year"]) for r in rows} == {("Kecamatan Sumbersari", "Kabupaten Jember", "2021")}
    for row, finding in zip(rows, sample.findings):
        assert (row["rule"], row["found"], row["page"]) == (finding.rule, finding.found or "", str(finding.location.page))


def test_bahasa_indonesia_headings_and_the_semicolon_excel_expects_there():
    sample = checked(".txt")
    rows = _rows(render_csv(RunResult(files=[sample]), View(lang="id")), ";")
    assert len(rows) == len(sample.findings)
    assert {"instansi", "tahun", "berkas", "tertulis", "seharusnya", "bukti"} <= set(rows[0])
    assert {r["tingkat"] for r in rows} == {"kesalahan", "peringatan", "info"}


def test_a_cell_excel_would_run_as_a_formula_is_kept_as_text():
    finding = make_finding("LKJ101", Location("r.txt", line=3), "percentage-mismatch", found="=HYPERLINK(\"x\")",
                           expected="-5 %")
    result = RunResult(files=[FileResult(path="r.txt", format="text", findings=[finding])])
    [row] = _rows(render_csv(result, View()), ",")
    assert row["found"] == "'=HYPERLINK(\"x\")"
    assert row["expected"] == "-5 %"


def test_one_row_per_report_with_its_status():
    reports = RunResult(files=[checked(".docx"), FileResult(path="rusak.pdf", error="corrupt or not a PDF"),
                               FileResult(path="bersih.txt", format="text")])
    rows = _rows(render_reports_csv(reports, View(lang="id", annotated={checked(".docx").path: "out/x.docx"})), ";")
    assert [r["status"] for r in rows] == ["perlu perbaikan", "tidak terbaca", "siap"]
    assert rows[0]["jumlah"] == str(len(checked(".docx").findings))
    assert rows[0]["salinan bertanda"] == "out/x.docx"
    assert rows[1]["masalah"] == "corrupt or not a PDF" and rows[1]["jumlah"] == ""
