"""Odd but legitimate inputs, and bad ones, through the command line.

Every input is generated in ``tmp_path`` (python-docx for DOCX, a small PDF writer below
for PDF, plain bytes for text) and checked with ``lkjip-lint check`` in a subprocess with
a timeout. For each one: the exit code is the documented one (README "Exit codes"), no
traceback reaches standard error, no check crashes (LKJ000), a correct input yields no
findings beyond the outline warnings (LKJ511, ignored here), and an unreadable input is
named on standard error in exactly one line while the other inputs are still reported.

Only behaviour that holds today is asserted here; inputs that still hang, crash a check
or print library noise are listed in the robustness report, not tested.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn

TIMEOUT = 60  # seconds; every case here takes a few at most, so this only catches hangs
CRASH_RULE = "LKJ000"
OUTLINE_RULE = "LKJ511"  # a synthetic snippet never has the Permenpan RB outline


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    seconds: float
    report: dict | None = None

    @property
    def files(self) -> dict[str, dict]:
        return {Path(f["path"]).name: f for f in self.report["files"]}

    @property
    def findings(self) -> list[dict]:
        return self.report["findings"]

    def rules(self) -> set[str]:
        return {f["rule"] for f in self.findings}

    def error_lines(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.strip()]


def lint(*args, fmt: str = "json", ignore_outline: bool = True, cwd: Path | None = None) -> Run:
    command = [sys.executable, "-m", "lkjip_lint.cli", "check", "--isolated", "--format", fmt]
    if ignore_outline:
        command += ["--ignore", OUTLINE_RULE]
    command += [str(a) for a in args]
    started = time.monotonic()
    done = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", timeout=TIMEOUT, cwd=cwd)
    run = Run(done.returncode, done.stdout, done.stderr, time.monotonic() - started)
    assert "Traceback" not in run.stderr, run.stderr
    if fmt == "json":
        run.report = json.loads(done.stdout)
        crashes = [f["message"] for f in run.findings if f["rule"] == CRASH_RULE]
        assert not crashes, crashes
    return run


def assert_clean(run: Run) -> None:
    """Read without trouble and nothing to report."""
    assert run.returncode == 0, (run.stderr, run.findings)
    assert run.stderr == ""
    assert run.findings == []
    assert all(f["error"] is None and f["format"] for f in run.report["files"])


def assert_refused(run: Run, path: Path, reason: str) -> None:
    """An input that cannot be read: exit 2 and one line naming it and saying why."""
    assert run.returncode == 2
    assert run.error_lines() == [f"lkjip-lint: error: {path}: {reason}"]
    entry = run.files[path.name]
    assert entry["error"] == reason
    assert entry["format"] is None and entry["pages"] is None


# --- building DOCX -----------------------------------------------------------------

BUDGET_HEADER = ["No", "Uraian", "Anggaran (Rp)", "Realisasi (Rp)", "%"]
BUDGET_ROWS = [
    ["1", "Program A", "1.000.000", "900.000", "90,00"],
    ["2", "Program B", "2.000.000", "2.000.000", "100,00"],
    ["", "Jumlah", "3.000.000", "2.900.000", "96,67"],
]


def new_docx(*paragraphs: str) -> docx.Document:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    return document


def fill(table, rows: list[list[str]]) -> None:
    for row, values in zip(table.rows, rows):  # row by row: table.cell() walks the whole table
        for cell, value in zip(row.cells, values):
            cell.text = value


def saved(document, path: Path) -> Path:
    document.save(str(path))
    return path


def docx_title_only(path: Path) -> Path:
    document = docx.Document()
    document.add_heading("Laporan Kinerja Tahun 2021", 0)
    return saved(document, path)


def docx_zero_rows(path: Path) -> Path:
    document = new_docx("Laporan Kinerja 2021", "Tabel 3.1 Realisasi Anggaran")
    table = document.add_table(rows=1, cols=3)
    table._tbl.remove(table.rows[0]._tr)
    document.add_paragraph("Selesai.")
    return saved(document, path)


def docx_zero_rows_no_grid(path: Path) -> Path:
    document = new_docx("Laporan Kinerja 2021")
    table = document.add_table(rows=1, cols=1)
    table._tbl.remove(table.rows[0]._tr)
    grid = table._tbl.find(qn("w:tblGrid"))
    for column in list(grid):
        grid.remove(column)
    return saved(document, path)


def docx_row_without_cells(path: Path) -> Path:
    document = new_docx("Laporan Kinerja 2021")
    table = document.add_table(rows=2, cols=2)
    fill(table, [["", ""], ["Anggaran", "100"]])
    first = table.rows[0]._tr
    for tc in first.findall(qn("w:tc")):
        first.remove(tc)
    return saved(document, path)


def docx_one_cell(path: Path) -> Path:
    document = new_docx("Laporan Kinerja 2021", "Tabel 1")
    document.add_table(rows=1, cols=1).cell(0, 0).text = "Realisasi 100 %"
    document.add_paragraph("Tabel 2")
    document.add_table(rows=1, cols=1)  # one empty cell
    return saved(document, path)


def _grid_skip(tr, count: int, where: str) -> None:
    cells = tr.findall(qn("w:tc"))
    for tc in (cells[:count] if where == "before" else cells[-count:]):
        tr.remove(tc)
    element = OxmlElement("w:gridBefore" if where == "before" else "w:gridAfter")
    element.set(qn("w:val"), str(count))
    tr.get_or_add_trPr().insert(0, element)


def docx_ragged_rows(path: Path) -> Path:
    """Rows of 4, 3 and 7 cells: w:gridBefore, w:gridAfter, and cells past the grid."""
    document = new_docx("Laporan Kinerja 2021", "Tabel 3.1 Realisasi Anggaran")
    table = document.add_table(rows=4, cols=5)
    fill(table, [BUDGET_HEADER, *BUDGET_ROWS])
    _grid_skip(table.rows[1]._tr, 1, "before")
    _grid_skip(table.rows[2]._tr, 2, "after")
    last = table.rows[3]._tr
    for _ in range(2):
        last.append(copy.deepcopy(last.findall(qn("w:tc"))[-1]))
    return saved(document, path)


def docx_nested(path: Path, depth: int = 60) -> Path:
    document = new_docx("Laporan Kinerja 2021")
    outer = document.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "Anggaran"
    cell = outer.cell(0, 1)
    for level in range(depth):
        inner = cell.add_table(rows=2, cols=2)
        fill(inner, [[f"Realisasi {level}", ""], ["100", "90 %"]])
        cell = inner.cell(0, 1)
    return saved(document, path)


def docx_rows(path: Path, count: int = 300) -> Path:
    def rupiah(n: int) -> str:
        return f"{n:,}".replace(",", ".")
    rows = [BUDGET_HEADER]
    rows += [[str(i), f"Kegiatan nomor {i}", rupiah(i * 1000), rupiah(i * 900), "90,00"] for i in range(1, count + 1)]
    total = count * (count + 1) // 2
    rows.append(["", "Jumlah", rupiah(total * 1000), rupiah(total * 900), "90,00"])
    document = new_docx("Laporan Kinerja 2021", "Tabel 3.1 Realisasi Anggaran")
    fill(document.add_table(rows=len(rows), cols=5), rows)
    return saved(document, path)


def docx_merged_everywhere(path: Path) -> Path:
    document = new_docx("Laporan Kinerja 2021", "Tabel 3.1 Pengukuran Kinerja")
    table = document.add_table(rows=8, cols=6)
    fill(table, [[str(r * 10 + c) for c in range(6)] for r in range(8)])
    for (a, b), (c, d) in [((0, 0), (1, 1)), ((0, 2), (0, 5)), ((2, 0), (7, 0)),
                           ((2, 1), (3, 5)), ((4, 1), (7, 2)), ((4, 3), (7, 5))]:
        table.cell(a, b).merge(table.cell(c, d))
    document.add_paragraph("Tabel 3.2")
    whole = document.add_table(rows=5, cols=5)
    whole.cell(0, 0).merge(whole.cell(4, 4))
    whole.cell(0, 0).text = "Realisasi 100 %"
    return saved(document, path)


def docx_orphan_merges(path: Path) -> Path:
    """Every cell a vertical-merge continuation with nothing above, and a horizontal one."""
    document = new_docx("Laporan Kinerja 2021")
    table = document.add_table(rows=3, cols=3)
    for tr in table._tbl.tr_lst:
        for tc in tr.tc_lst:
            tc.p_lst[0].add_r().text = "5"
            properties = tc.get_or_add_tcPr()
            properties.append(OxmlElement("w:vMerge"))
            properties.append(OxmlElement("w:hMerge"))
    return saved(document, path)


def docx_numbers_only(path: Path) -> Path:
    document = new_docx("Laporan Kinerja 2021")
    fill(document.add_table(rows=6, cols=5), [[str((r + 1) * (c + 3) * 1000) for c in range(5)] for r in range(6)])
    return saved(document, path)


def docx_header_only(path: Path) -> Path:
    document = new_docx("Laporan Kinerja 2021", "Tabel 3.1 Realisasi Anggaran")
    fill(document.add_table(rows=1, cols=5), [BUDGET_HEADER])
    document.add_paragraph("Tabel 3.2 Pengukuran Kinerja")
    fill(document.add_table(rows=2, cols=6), [
        ["No", "Sasaran", "Indikator", "Target", "Realisasi", "Capaian (%)"],
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
    ])
    return saved(document, path)


_TEXTBOX_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
               'xmlns:v="urn:schemas-microsoft-com:vml"')


def docx_table_in_text_box(path: Path) -> Path:
    """A budget table inside a (VML) text box, next to ordinary body text."""
    def cell(text: str) -> str:
        return f'<w:tc><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>'
    rows = "".join("<w:tr>" + "".join(cell(v) for v in row) + "</w:tr>" for row in [BUDGET_HEADER, *BUDGET_ROWS])
    table = '<w:tbl><w:tblPr/><w:tblGrid>' + '<w:gridCol w:w="1500"/>' * 5 + '</w:tblGrid>' + rows + '</w:tbl>'
    inner = '<w:p><w:r><w:t>Tabel 3.1 Realisasi Anggaran</w:t></w:r></w:p>' + table + '<w:p/>'
    box = (f'<w:p {_TEXTBOX_NS}><w:r><w:pict><v:shape style="width:400pt;height:150pt"><v:textbox>'
           f'<w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    document = new_docx("Laporan Kinerja 2021", "Realisasi anggaran tahun 2021 disajikan berikut.")
    body = document.element.body
    body.insert(len(body) - 1, parse_xml(box))
    return saved(document, path)


def docx_english(path: Path) -> Path:
    document = docx.Document()
    document.add_heading("Annual Performance Report 2021", 0)
    document.add_paragraph("This report describes the performance of the Agency in 2021. The budget was "
                           "3,000,000 and the realisation was 2,900,000, or 96.67 percent of the target.")
    document.add_paragraph("Table 3.1 Budget Realisation")
    fill(document.add_table(rows=4, cols=5), [
        ["No", "Program", "Budget", "Realization", "%"],
        ["1", "Program A", "1,000,000", "900,000", "90.00"],
        ["2", "Program B", "2,000,000", "2,000,000", "100.00"],
        ["", "Total", "3,000,000", "2,900,000", "96.67"],
    ])
    return saved(document, path)


def docx_non_latin(path: Path) -> Path:
    document = new_docx(
        "Laporan Kinerja 2021",
        "التقرير السنوي ١٢٣٤ 年度报告 二〇二一 １２３４ รายงาน ๑๒๓ \U0001F600 \u200b\u200d \u202eRTL\u202c",
    )
    fill(document.add_table(rows=3, cols=3), [
        ["指标", "الميزانية", "%"],
        ["а", "١٬٠٠٠", "٩٠"],
        ["Σ", "２０００", "⅓"],
    ])
    return saved(document, path)


# --- building PDF -------------------------------------------------------------------


def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


@dataclass
class PdfPage:
    """One page of Helvetica text and ruled tables, in PDF coordinates (origin bottom left).

    ``rotate`` sets /Rotate. With ``turned`` the content is drawn turned so that the page,
    shown rotated by 90 or 270 degrees, reads upright: draw in the shown page's coordinates
    (842 wide, 595 high). ``turned`` with ``rotate=0`` is a landscape page printed sideways.
    """

    width: int = 595
    height: int = 842
    rotate: int = 0
    turned: int = 0  # 0, 90 or 270
    ops: list[bytes] = field(default_factory=list)
    fields: list[tuple[str, str, tuple[int, int, int, int]]] = field(default_factory=list)

    def text(self, x: float, y: float, value: str, size: int = 10) -> None:
        self.ops.append(b"BT /F1 %d Tf %.2f %.2f Td (" % (size, x, y) + _pdf_string(value) + b") Tj ET")

    def table(self, x: float, top: float, widths: list[int], rows: list[list[str]], row_height: int = 18) -> float:
        y = top
        for row in rows:
            left = x
            for width, value in zip(widths, row):
                self.ops.append(b"%.2f %.2f %.2f %.2f re S" % (left, y - row_height, width, row_height))
                if value:
                    self.text(left + 2, y - row_height + 5, value, 9)
                left += width
            y -= row_height
        return y

    def form_field(self, name: str, value: str, box: tuple[int, int, int, int]) -> None:
        self.fields.append((name, value, box))

    def stream(self) -> bytes:
        body = b"\n".join(self.ops)
        if self.turned == 90:
            return b"q 0 1 -1 0 %d 0 cm\n" % self.width + body + b"\nQ"
        if self.turned == 270:
            return b"q 0 -1 1 0 0 %d cm\n" % self.height + body + b"\nQ"
        return body


def write_pdf(path: Path, pages: list[PdfPage]) -> Path:
    objects: list[bytes] = [b"", b""]  # 1: catalog, 2: page tree, filled in last
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    font = len(objects)
    kids: list[int] = []
    widgets: list[int] = []
    for page in pages:
        content = page.stream()
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        content_id = len(objects)
        page_id = content_id + len(page.fields) + 1
        annots = []
        for name, value, box in page.fields:
            objects.append(b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (" + _pdf_string(name) + b") /V ("
                           + _pdf_string(value) + b") /Rect [%d %d %d %d] /P %d 0 R >>" % (*box, page_id))
            annots.append(len(objects))
        widgets += annots
        annot_ref = b" /Annots [" + b" ".join(b"%d 0 R" % a for a in annots) + b"]" if annots else b""
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Rotate %d /Contents %d 0 R"
                       b" /Resources << /Font << /F1 %d 0 R >> >>%s >>"
                       % (page.width, page.height, page.rotate, content_id, font, annot_ref))
        kids.append(len(objects))
    form = b" /AcroForm << /Fields [" + b" ".join(b"%d 0 R" % w for w in widgets) + b"] >>" if widgets else b""
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R" + form + b" >>"
    objects[1] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


PDF_WIDTHS = [30, 200, 100, 100, 60]


def rupiah(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def pdf_rows(count: int, start: int = 1) -> list[list[str]]:
    return [[str(i), f"Kegiatan nomor {i}", rupiah(i * 1000), rupiah(i * 900), "90,00"]
            for i in range(start, start + count)]


def pdf_budget_rows(last_percent: str = "90,00") -> list[list[str]]:
    return [BUDGET_HEADER, *pdf_rows(3), ["", "Jumlah", rupiah(6000), rupiah(5400), last_percent]]


def intro_page() -> PdfPage:
    page = PdfPage()
    page.text(50, 800, "LAPORAN KINERJA TAHUN 2021", 14)
    page.text(50, 780, "Realisasi anggaran tahun 2021 disajikan pada tabel berikut.")
    return page


# --- DOCX ----------------------------------------------------------------------------

CLEAN_DOCX = {
    "title-only": docx_title_only,
    "table-zero-rows": docx_zero_rows,
    "table-zero-rows-no-grid": docx_zero_rows_no_grid,
    "row-without-cells": docx_row_without_cells,
    "one-cell-tables": docx_one_cell,
    "ragged-rows-gridBefore-gridAfter": docx_ragged_rows,
    "nested-tables-60-deep": docx_nested,
    "merged-everywhere": docx_merged_everywhere,
    "orphan-merge-continuations": docx_orphan_merges,
    "numbers-only": docx_numbers_only,
    "header-only": docx_header_only,
    "table-in-text-box": docx_table_in_text_box,
    "english": docx_english,
    "non-latin": docx_non_latin,
}


@pytest.mark.parametrize("build", CLEAN_DOCX.values(), ids=CLEAN_DOCX.keys())
def test_odd_docx_is_read_without_noise(tmp_path, build):
    path = build(tmp_path / "laporan.docx")
    run = lint(path)
    assert_clean(run)
    assert run.files["laporan.docx"]["format"] == "docx"


def test_docx_table_of_300_rows(tmp_path):
    run = lint(docx_rows(tmp_path / "laporan.docx", 300))
    assert_clean(run)
    assert run.seconds < 30, run.seconds


def test_docx_table_of_300_rows_still_finds_a_wrong_total(tmp_path):
    path = docx_rows(tmp_path / "laporan.docx", 300)
    document = docx.Document(str(path))
    document.tables[0].rows[301].cells[3].text = rupiah(45150 * 900 + 7)
    document.save(str(path))
    run = lint(path)
    assert run.returncode == 1
    assert run.rules() == {"LKJ103"}
    assert [f["location"]["row"] for f in run.findings] == [302]


def test_empty_docx_is_refused_in_one_line(tmp_path):
    path = saved(docx.Document(), tmp_path / "kosong.docx")
    assert_refused(lint(path), path, "no text found")


def test_docx_without_report_words_is_refused_in_one_line(tmp_path):
    document = docx.Document()
    document.add_heading("Annual Report", 0)
    document.add_paragraph("The agency delivered many services this year. Thank you.")
    path = saved(document, tmp_path / "annual.docx")
    run = lint(path)
    assert run.returncode == 2
    assert len(run.error_lines()) == 1
    assert run.error_lines()[0].startswith(f"lkjip-lint: error: {path}: not a performance report (none of: ")


def _rezip(source: Path, target: Path, change) -> Path:
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w") as copy_:
        for name in original.namelist():
            data = change(name, original.read(name))
            if data is not None:
                copy_.writestr(name, data)
    return target


def test_bad_docx_packages_are_refused_in_one_line_each(tmp_path):
    good = docx_english(tmp_path / "good.docx")
    other_zip = tmp_path / "zip-of-other.docx"
    with zipfile.ZipFile(other_zip, "w") as z:
        z.writestr("hello.txt", "Laporan Kinerja")
        z.writestr("data/readme.md", "# x")
    no_body_part = _rezip(good, tmp_path / "no-document-xml.docx",
                          lambda name, data: None if name == "word/document.xml" else data)
    half_xml = _rezip(good, tmp_path / "half-document-xml.docx",
                      lambda name, data: data[: len(data) // 2] if name == "word/document.xml" else data)
    truncated = tmp_path / "truncated.docx"
    truncated.write_bytes(good.read_bytes()[:4000])
    plain = tmp_path / "plain-text.docx"
    plain.write_text("Laporan Kinerja, saved with the wrong name", encoding="utf-8")
    spreadsheet = tmp_path / "spreadsheet.docx"
    with zipfile.ZipFile(spreadsheet, "w") as z:
        z.writestr("[Content_Types].xml", (
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>'))
        z.writestr("_rels/.rels", (
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="xl/workbook.xml"/></Relationships>'))
        z.writestr("xl/workbook.xml", '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>')

    corrupt = [other_zip, no_body_part, half_xml, truncated, plain]
    run = lint(good, *corrupt, spreadsheet)
    assert run.returncode == 2
    expected = [f"lkjip-lint: error: {p}: corrupt or not a Word .docx file" for p in corrupt]
    expected.append(f"lkjip-lint: error: {spreadsheet}: a ZIP package but not a Word .docx document")
    assert sorted(run.error_lines()) == sorted(expected)
    assert run.files["good.docx"]["error"] is None and run.files["good.docx"]["format"] == "docx"
    assert len(run.report["files"]) == 7
    assert run.report["summary"]["unreadable"] == 6


# --- PDF ----------------------------------------------------------------------------


@pytest.mark.parametrize("turned", [90, 270])
def test_pdf_rotated_page_that_reads_upright_is_checked(tmp_path, turned):
    page = PdfPage(rotate=turned, turned=turned)
    page.text(50, 550, "Tabel 3.1 Realisasi Anggaran")
    page.table(50, 530, PDF_WIDTHS, pdf_budget_rows(last_percent="80,00"))
    run = lint(write_pdf(tmp_path / "laporan.pdf", [intro_page(), page]))
    assert run.returncode == 1
    assert run.rules() == {"LKJ101"}
    assert run.findings[0]["found"] == "80,00"
    assert run.findings[0]["location"]["page"] == 2


@pytest.mark.parametrize("rotate", [90, 180, 270])
def test_pdf_page_shown_sideways_or_upside_down_gives_no_noise(tmp_path, rotate):
    page = PdfPage(rotate=rotate)
    page.text(50, 780, "Tabel 3.1 Realisasi Anggaran")
    page.table(50, 770, PDF_WIDTHS, pdf_budget_rows())
    assert_clean(lint(write_pdf(tmp_path / "laporan.pdf", [intro_page(), page])))


def _three_page_table(total_realisation: int) -> list[PdfPage]:
    rows = pdf_rows(120)
    pages = []
    for k in range(3):
        page = PdfPage()
        top = 800
        if k == 0:
            page.text(50, 810, "LAPORAN KINERJA TAHUN 2021")
            page.text(50, 795, "Tabel 3.1 Realisasi Anggaran")
            top = 785
        body = [BUDGET_HEADER, *rows[k * 40:(k + 1) * 40]]  # the header repeats on every page
        if k == 2:
            body.append(["", "Jumlah", rupiah(7260 * 1000), rupiah(total_realisation), "90,00"])
        page.table(50, top, PDF_WIDTHS, body)
        page.text(290, 20, str(k + 1))
        pages.append(page)
    return pages


def test_pdf_table_spanning_three_pages(tmp_path):
    assert_clean(lint(write_pdf(tmp_path / "laporan.pdf", _three_page_table(7260 * 900))))


def test_pdf_table_spanning_three_pages_is_summed_as_one(tmp_path):
    run = lint(write_pdf(tmp_path / "laporan.pdf", _three_page_table(7260 * 900 + 5)))
    assert run.returncode == 1
    assert run.rules() == {"LKJ103"}
    (finding,) = run.findings
    assert finding["location"]["page"] == 3
    assert finding["expected"].replace(",", ".") == rupiah(7260 * 900)


def test_pdf_page_with_only_a_table(tmp_path):
    table_only = PdfPage()
    table_only.table(50, 770, PDF_WIDTHS, pdf_budget_rows())
    assert_clean(lint(write_pdf(tmp_path / "hanya-tabel.pdf", [table_only])))
    second = PdfPage()
    second.table(50, 770, PDF_WIDTHS, pdf_budget_rows())
    assert_clean(lint(write_pdf(tmp_path / "laporan.pdf", [intro_page(), second])))


def test_pdf_whose_text_is_all_on_one_line(tmp_path):
    page = PdfPage()
    line = ("Laporan Kinerja 2021. Realisasi anggaran sebesar Rp 5.400 dari pagu Rp 6.000 atau 90 %. "
            "Tabel 3.1 No Uraian Anggaran Realisasi 1 Kegiatan A 1.000 900 90,00 Jumlah 6.000 5.400 90,00 ")
    page.text(5, 400, line * 4, 6)
    assert_clean(lint(write_pdf(tmp_path / "satu-baris.pdf", [page])))


def test_pdf_with_form_fields(tmp_path):
    page = intro_page()
    page.form_field("realisasi", "Rp 5.400", (150, 740, 300, 760))
    page.form_field("persen", "90 %", (310, 740, 400, 760))
    page.table(50, 730, PDF_WIDTHS, pdf_budget_rows())
    assert_clean(lint(write_pdf(tmp_path / "formulir.pdf", [page])))


def test_pdf_with_twenty_pages(tmp_path):
    pages = []
    for i in range(20):
        page = PdfPage()
        page.text(50, 810, "Laporan Kinerja Dinas X Tahun 2021")
        page.text(50, 780, f"Realisasi anggaran kegiatan {i} mencapai Rp {rupiah((i + 1) * 900)} "
                           f"dari pagu Rp {rupiah((i + 1) * 1000)} atau 90 persen.")
        page.text(50, 760, f"Tabel {i + 1}. Realisasi Anggaran")
        first = i * 10 + 1
        total = sum(range(first, first + 10))
        page.table(50, 750, PDF_WIDTHS, [BUDGET_HEADER, *pdf_rows(10, first),
                                          ["", "Jumlah", rupiah(total * 1000), rupiah(total * 900), "90,00"]])
        page.text(290, 20, str(i + 1))
        pages.append(page)
    run = lint(write_pdf(tmp_path / "laporan.pdf", pages))
    assert_clean(run)
    assert run.files["laporan.pdf"]["pages"] == 20


def test_pdf_without_text_is_refused_in_one_line(tmp_path):
    blank = write_pdf(tmp_path / "blank.pdf", [PdfPage()])
    no_pages = write_pdf(tmp_path / "no-pages.pdf", [])
    fields_only = PdfPage()
    fields_only.form_field("judul", "Laporan Kinerja", (50, 770, 300, 790))
    only_fields = write_pdf(tmp_path / "only-fields.pdf", [fields_only])
    reason = "no text layer (scanned image?); OCR it first"
    run = lint(blank, no_pages, only_fields)
    assert run.returncode == 2
    assert sorted(run.error_lines()) == sorted(f"lkjip-lint: error: {p}: {reason}" for p in (blank, no_pages, only_fields))


def test_broken_pdfs_are_refused_in_one_line_each(tmp_path):
    good = tmp_path / "good.pdf"
    write_pdf(good, [intro_page()])
    half = tmp_path / "half.pdf"
    half.write_bytes(good.read_bytes()[: len(good.read_bytes()) // 2])
    text = tmp_path / "text.pdf"
    text.write_text("Laporan Kinerja 2021", encoding="utf-8")
    binary = tmp_path / "binary.pdf"
    binary.write_bytes(bytes(range(256)) * 12)
    a_docx = docx_title_only(tmp_path / "word.pdf")
    run = lint(good, half, text, binary, a_docx)
    assert run.returncode == 2
    assert sorted(run.error_lines()) == sorted(
        f"lkjip-lint: error: {p}: corrupt or not a PDF" for p in (half, text, binary, a_docx))
    assert run.files["good.pdf"]["format"] == "pdf"


# --- text and Markdown -----------------------------------------------------------------

BUDGET_TEXT = "\n".join([
    "LAPORAN KINERJA TAHUN 2021",
    "",
    "Realisasi anggaran sebesar Rp 2.900.000 dari pagu Rp 3.000.000 \u2013 \u201cbaik\u201d.",
    "Tabel 3.1 Realisasi Anggaran",
    "No\tUraian\tAnggaran (Rp)\tRealisasi (Rp)\t%",
    "1\tProgram A \u2013 caf\u00e9\t1.000.000\t900.000\t90,00",
    "2\tProgram B\t2.000.000\t2.000.000\t100,00",
    "Jumlah\t\t3.000.000\t2.900.000\t96,67",
]) + "\n"
WRONG_BUDGET_TEXT = BUDGET_TEXT.replace("96,67", "69,67")


def _findings_by_place(run: Run) -> list[tuple]:
    return [(f["rule"], f["location"]["line"], f["location"]["row"], f["location"]["column"], f["found"])
            for f in run.findings]


ENCODINGS = {
    "utf-8": lambda text: text.encode("utf-8"),
    "utf-8-bom": lambda text: b"\xef\xbb\xbf" + text.encode("utf-8"),
    "windows-1252": lambda text: text.encode("cp1252"),
    "utf-16-bom": lambda text: text.encode("utf-16"),
    "crlf": lambda text: text.replace("\n", "\r\n").encode("utf-8"),
    "cr-only": lambda text: text.replace("\n", "\r").encode("utf-8"),
    "crlf-windows-1252": lambda text: text.replace("\n", "\r\n").encode("cp1252"),
}


@pytest.mark.parametrize("encode", ENCODINGS.values(), ids=ENCODINGS.keys())
def test_text_encodings_and_line_endings_read_alike(tmp_path, encode):
    (tmp_path / "laporan.txt").write_bytes(encode(BUDGET_TEXT))
    assert_clean(lint(tmp_path / "laporan.txt"))
    (tmp_path / "salah.txt").write_bytes(encode(WRONG_BUDGET_TEXT))
    run = lint(tmp_path / "salah.txt")
    assert run.returncode == 1
    assert _findings_by_place(run) == [("LKJ101", 8, 4, 5, "69,67")]


def test_text_of_only_tabs_and_blank_lines_is_refused_in_one_line(tmp_path):
    tabs = tmp_path / "tabs.txt"
    tabs.write_text("\t\t\t\n\t\n\t\t\n", encoding="utf-8")
    blank = tmp_path / "blank.md"
    blank.write_text("\n" * 1000 + "   \n \u00a0 \n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    run = lint(tabs, blank, empty)
    assert run.returncode == 2
    assert sorted(run.error_lines()) == sorted([
        f"lkjip-lint: error: {tabs}: no text found",
        f"lkjip-lint: error: {blank}: no text found",
        f"lkjip-lint: error: {empty}: empty file",
    ])


def test_tabs_around_a_title(tmp_path):
    path = tmp_path / "laporan.txt"
    path.write_text("Laporan Kinerja\n\t\t\t\n\t\n\t\t\n\t\t\t\t\n", encoding="utf-8")
    assert_clean(lint(path))


def test_markdown_table_with_inconsistent_pipes(tmp_path):
    path = tmp_path / "laporan.md"
    path.write_text("\n".join([
        "# Laporan Kinerja 2021",
        "",
        "Tabel 3.1 Realisasi Anggaran",
        "",
        "| No | Uraian | Anggaran | Realisasi | % |",
        "|---|---|---|---|",
        "| 1 | Program A | 1.000 | 900 | 90,00",
        "2 | Program B | 2.000 | 2.000 | 100,00 |",
        "| 3 | Program C | 3.000 |",
        "| Jumlah | | 6.000 | 2.900 | 48,33 | extra | more |",
        "|||",
        "|",
        "| a | b",
        "| \\| escaped | pipe \\| | 5 |",
        "",
    ]), encoding="utf-8")
    assert_clean(lint(path))


def test_odd_number_writings_in_a_table_and_in_prose(tmp_path):
    path = tmp_path / "laporan.txt"
    path.write_text("\n".join([
        "LAPORAN KINERJA TAHUN 2021",
        "",
        "Tabel 3.1 Realisasi Anggaran",
        "No\tUraian\tAnggaran (Rp)\tRealisasi (Rp)\t%",
        "1\tProgram A\t1.000\t900\t90,00",
        "2\tProgram B\tRp -\tRp -\t\u2014",
        "3\tProgram C\t1.2.3\t12,34,56\t-",
        "4\tProgram D\t1e6\t\u221e\tRp. -",
        "5\tProgram E\t(1.234)\t(1.234)\t100,00",
        "Jumlah\t\t2.234\t2.134\t95,52",
        "",
        "Realisasi anggaran sebesar Rp - dari pagu 1e6 atau \u221e %. Nilai (1.234) dan 12,34,56 "
        "serta 1.2.3 \u2014 tidak berubah; NaN, inf, 1/0, -0 dan 00 juga tidak.",
        "",
    ]), encoding="utf-8")
    assert_clean(lint(path))


def test_non_latin_text(tmp_path):
    path = tmp_path / "laporan.txt"
    path.write_text(
        "LAPORAN KINERJA\n"
        "التقرير السنوي ١٢٣٤\n年度报告 二〇二一 １２３４\nรายงาน ๑๒๓\n"
        "No\tUraian\tAnggaran\tRealisasi\t%\n"
        "1\tпрограмма\t١٬٠٠٠\t٩٠٠\t٩٠\n"
        "2\t计划\t２．０００\t１０００\t50\n"
        "\U0001F600 emoji \u200b\u200d zero width \ufeff mid-text BOM, \u202eRTL override\u202c\n",
        encoding="utf-8")
    assert_clean(lint(path))


def test_long_paragraph_of_a_few_thousand_characters(tmp_path):
    path = tmp_path / "laporan.txt"
    path.write_text("LAPORAN KINERJA\n" + ("Realisasi anggaran tahun 2021 mencapai 95 % dari target. " * 70) + "\n",
                    encoding="utf-8")
    run = lint(path)
    assert_clean(run)
    assert run.seconds < 20, run.seconds


# --- folders ---------------------------------------------------------------------------


@pytest.fixture
def mixed_folder(tmp_path) -> Path:
    """Good, bad and unsupported files, hidden entries, a lock file, a sub-folder whose
    name has spaces and non-ASCII letters, and symbolic links that loop or dangle."""
    root = tmp_path / "laporan"
    root.mkdir()
    page = intro_page()
    page.table(50, 760, PDF_WIDTHS, pdf_budget_rows())
    write_pdf(root / "a-baik.pdf", [page])
    docx_english(root / "b-baik.docx")
    (root / "c-baik.txt").write_bytes(BUDGET_TEXT.encode("cp1252"))
    (root / "d-salah.txt").write_text(WRONG_BUDGET_TEXT, encoding="utf-8")
    (root / "e-rusak.docx").write_text("not a docx", encoding="utf-8")
    (root / "f-kosong.txt").write_bytes(b"")
    (root / "g-biner.pdf").write_bytes(bytes(range(256)) * 12)
    nested = root / "sub folder" / "Dinas Pekerjaan Umum – Ćiledug 2021"
    nested.mkdir(parents=True)
    write_pdf(nested / "Laporan Kinerja Ćiledug.PDF", [page])
    (root / "lain").mkdir()
    (root / "lain" / "tabel.xlsx").write_text("x", encoding="utf-8")
    (root / "lain" / "lama.doc").write_text("x", encoding="utf-8")
    (root / "lain" / "CATATAN").write_text("Laporan Kinerja", encoding="utf-8")
    (root / ".tersembunyi").mkdir()
    write_pdf(root / ".tersembunyi" / "x.pdf", [page])
    (root / "~$b-baik.docx").write_bytes(b"lock")
    return root


GOOD = ["a-baik.pdf", "b-baik.docx", "c-baik.txt", "Laporan Kinerja Ćiledug.PDF"]
BAD = {"e-rusak.docx": "corrupt or not a Word .docx file", "f-kosong.txt": "empty file",
       "g-biner.pdf": "corrupt or not a PDF"}


def _links(root: Path) -> None:
    os.symlink("loop-b.txt", root / "loop-a.txt")
    os.symlink("loop-a.txt", root / "loop-b.txt")
    os.symlink("nowhere.pdf", root / "dangling.pdf")
    os.symlink("..", root / "naik", target_is_directory=True)
    os.symlink("../..", root / "sub folder" / "naik-dua", target_is_directory=True)


def _assert_mixed_folder(run: Run, root: Path) -> None:
    assert run.returncode == 2
    names = [Path(f["path"]).name for f in run.report["files"]]
    assert sorted(names) == sorted(GOOD + list(BAD) + ["d-salah.txt"])
    places = [Path(f["path"]).relative_to(root).parts for f in run.report["files"]]
    assert places == sorted(places)
    for name in GOOD:
        assert run.files[name]["error"] is None and run.files[name]["format"], name
    assert sorted(run.error_lines()) == sorted(
        f"lkjip-lint: error: {Path(run.files[name]['path'])}: {reason}" for name, reason in BAD.items())
    assert _findings_by_place(run) == [("LKJ101", 8, 4, 5, "69,67")]
    assert {Path(f["file"]).name for f in run.findings} == {"d-salah.txt"}


def test_mixed_folder(mixed_folder):
    _links(mixed_folder)
    _assert_mixed_folder(lint(mixed_folder), mixed_folder)


def test_mixed_folder_with_two_jobs_gives_the_same_report(mixed_folder):
    _links(mixed_folder)
    one, two = lint(mixed_folder), lint(mixed_folder, "--jobs", "2")
    _assert_mixed_folder(two, mixed_folder)
    assert two.report == one.report
    assert two.stderr == one.stderr


@pytest.mark.parametrize("fmt", ["text", "sarif", "github", "junit"])
def test_mixed_folder_in_every_format(mixed_folder, fmt):
    run = lint(mixed_folder, fmt=fmt)
    assert run.returncode == 2
    assert len(run.error_lines()) == len(BAD)
    assert run.stdout.strip()


def test_path_with_spaces_and_non_ascii_letters(mixed_folder):
    nested = mixed_folder / "sub folder" / "Dinas Pekerjaan Umum – Ćiledug 2021"
    run = lint(nested / "Laporan Kinerja Ćiledug.PDF")
    assert_clean(run)
    run = lint(nested)
    assert_clean(run)
    assert [f["path"] for f in run.report["files"]] == [str(nested / "Laporan Kinerja Ćiledug.PDF")]


def test_symbolic_link_loop_given_directly_is_one_line(tmp_path):
    good = tmp_path / "laporan.txt"
    good.write_text(BUDGET_TEXT, encoding="utf-8")
    (tmp_path / "sub folder").mkdir()
    _links(tmp_path)
    run = lint(tmp_path / "loop-a.txt", good)
    assert run.returncode == 2
    assert run.error_lines() == [f"lkjip-lint: error: {tmp_path / 'loop-a.txt'}: "
                                 "symbolic link loop (too many levels of symbolic links)"]
    assert [Path(f["path"]).name for f in run.report["files"]] == ["laporan.txt"]
    assert run.files["laporan.txt"]["error"] is None
