"""Rebuild the PDF fixtures of tests/extract/test_pdf.py (needs python-docx, Pillow and LibreOffice).

    python tests/extract/data/make_pdfs.py              # report.pdf, encrypted.pdf, scanned.pdf
    python tests/extract/data/make_pdfs.py --long 17 OUT.pdf  # 17 chapters, about 26 pages, for timing

Word documents are written with python-docx and printed to PDF by LibreOffice, so the
PDFs have the ruling lines, merged cells and repeated header rows a real report has.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm
from PIL import Image

HERE = Path(__file__).resolve().parent
RUNNING_HEADER = "Laporan Kinerja Kecamatan Contoh Tahun 2021"


def add_page_number_footer(document) -> None:
    paragraph = document.sections[0].footer.paragraphs[0]
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def new_report():
    document = Document()
    document.sections[0].header.paragraphs[0].text = RUNNING_HEADER
    add_page_number_footer(document)
    return document


def set_column_widths(table, widths_cm: list[float]) -> None:
    table.autofit = False
    for column, width in zip(table.columns, widths_cm):
        column.width = Cm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm):
            cell.width = Cm(width)


def repeat_as_header(row) -> None:
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(flag)


def add_measurement_table(document) -> None:
    """Tabel 3.1: REALISASI merged over two year columns, NO/SASARAN/TARGET merged over two header rows."""
    table = document.add_table(rows=5, cols=5)
    table.style = "Table Grid"
    set_column_widths(table, [1.5, 6.5, 2.5, 2.5, 2.5])
    for col, title in enumerate(["NO", "SASARAN", "TARGET"]):
        table.cell(0, col).merge(table.cell(1, col)).text = title
    table.cell(0, 3).merge(table.cell(0, 4)).text = "REALISASI"
    table.cell(1, 3).text = "2020"
    table.cell(1, 4).text = "2021"
    rows = [
        ["1", "Meningkatnya Kualitas Pelayanan", "80", "72,1", "75,3"],
        ["2", "Meningkatnya Koordinasi Pemerintahan", "100", "95", ""],
        ["3", None, "90", "88", "91"],
    ]
    for r, values in enumerate(rows, start=2):
        for c, value in enumerate(values):
            if value is not None:
                table.cell(r, c).text = value
    table.cell(3, 1).merge(table.cell(4, 1)).text = "Meningkatnya Koordinasi Pemerintahan"


def add_budget_table(document, n_rows: int) -> None:
    """Tabel 3.2: long enough to run onto the next page, header rows repeated there."""
    table = document.add_table(rows=2 + n_rows, cols=4)
    table.style = "Table Grid"
    set_column_widths(table, [1.5, 6.5, 4.0, 4.0])
    for col, title in enumerate(["No", "Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)"]):
        table.cell(0, col).paragraphs[0].add_run(title).bold = True
        table.cell(1, col).text = f"({col + 1})"
    repeat_as_header(table.rows[0])
    repeat_as_header(table.rows[1])
    for i in range(1, n_rows + 1):
        values = [str(i), f"Kegiatan ke-{i} urusan daerah", f"{i * 1_000_000:,}".replace(",", "."),
                  f"{i * 900_000:,}".replace(",", ".")]
        for col, value in enumerate(values):
            table.cell(1 + i, col).text = value


def build_report(path: Path) -> None:
    document = new_report()
    document.add_paragraph("BAB III AKUNTABILITAS KINERJA")
    document.add_paragraph("Pengukuran kinerja dilakukan dengan membandingkan target dan realisasi.")
    document.add_paragraph("Tabel 3.1")
    document.add_paragraph("Pengukuran Realisasi Kinerja")
    add_measurement_table(document)
    document.add_paragraph("Anggaran per kegiatan disajikan berikut ini.")
    document.add_paragraph("Tabel 3.2 Realisasi Anggaran per Kegiatan")
    add_budget_table(document, n_rows=40)
    document.add_paragraph("Demikian laporan ini disusun pada halaman kedua.")
    document.save(path)


def build_long_report(path: Path, chapters: int) -> None:
    document = new_report()
    for chapter in range(1, chapters + 1):
        document.add_paragraph(f"BAB {chapter} URAIAN")
        for _ in range(6):
            document.add_paragraph("Kalimat uraian yang cukup panjang untuk mengisi halaman laporan. " * 4)
        document.add_paragraph(f"Tabel {chapter}.1 Pengukuran Realisasi Kinerja")
        add_measurement_table(document)
        document.add_paragraph(f"Tabel {chapter}.2 Realisasi Anggaran per Kegiatan")
        add_budget_table(document, n_rows=25)
    document.save(path)


def build_scanned(path: Path) -> None:
    """A page that carries only a picture, like a scan without OCR."""
    picture = io.BytesIO()
    Image.new("RGB", (200, 100), "gray").save(picture, format="PNG")
    picture.seek(0)
    document = Document()
    document.add_picture(picture)
    document.save(path)


def to_pdf(docx: Path, out_dir: Path, filter_options: dict | None = None) -> Path:
    target = "pdf"
    if filter_options:
        target = "pdf:writer_pdf_Export:" + json.dumps(filter_options)
    subprocess.run(["soffice", "--headless", "--convert-to", target, "--outdir", str(out_dir), str(docx)],
                   check=True, capture_output=True)
    return out_dir / (docx.stem + ".pdf")


def build_all(out_dir: Path) -> None:
    encrypt = {
        "EncryptFile": {"type": "boolean", "value": "true"},
        "DocumentOpenPassword": {"type": "string", "value": "rahasia"},
    }
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        build_report(work / "report.docx")
        shutil.copy(to_pdf(work / "report.docx", work), out_dir / "report.pdf")
        shutil.copy(to_pdf(work / "report.docx", work / "locked", encrypt), out_dir / "encrypted.pdf")
        build_scanned(work / "scanned.docx")
        shutil.copy(to_pdf(work / "scanned.docx", work), out_dir / "scanned.pdf")


def main(argv: list[str]) -> None:
    if argv[:1] == ["--long"]:
        chapters, out = int(argv[1]), Path(argv[2])
        with tempfile.TemporaryDirectory() as tmp:
            build_long_report(Path(tmp) / "long.docx", chapters)
            shutil.copy(to_pdf(Path(tmp) / "long.docx", Path(tmp)), out)
        return
    build_all(HERE)


if __name__ == "__main__":
    main(sys.argv[1:])
