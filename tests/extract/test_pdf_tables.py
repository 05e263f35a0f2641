"""Tables of real report shapes in PDFs written by data/make_table_pdfs.py: every value
in its column, whatever the drawing (merged header cells, a doubled border, an empty
spacer column, shading, wrapped cells, rows without a rule between them, a table run
over a page break, no rules at all, a scanned page)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from lkjip_lint.config import Config
from lkjip_lint.extract.pdf import extract_pdf
from lkjip_lint.model import Document, Table
from lkjip_lint.run import check_paths
from lkjip_lint.understand.sentences import prose_blocks

DATA = Path(__file__).parent / "data"


@lru_cache(maxsize=None)
def document(name: str) -> Document:
    return extract_pdf(str(DATA / f"{name}.pdf"))


def only_table(name: str) -> Table:
    tables = list(document(name).tables())
    assert len(tables) == 1, [t.row_texts(0) for t in tables]
    return tables[0]


def rows(table: Table) -> list[list[str]]:
    return [table.row_texts(r) for r in range(table.n_rows)]


def spans(table: Table, row: int) -> list[tuple[int, int, int]]:
    return [(cell.col, cell.colspan, cell.rowspan) for cell in table.rows[row]]


# --- a measurement table: two header levels, doubled border, spacer column, shading ---

def test_doubled_border_spacer_column_and_shading_add_no_column_or_row():
    table = only_table("measurement")
    assert table.n_cols == 6
    assert table.n_rows == 5


def test_header_merged_over_two_levels():
    table = only_table("measurement")
    assert rows(table)[0] == ["NO", "INDIKATOR", "TARGET", "REALISASI", "REALISASI", "CAPAIAN (%)"]
    assert spans(table, 0) == [(0, 1, 2), (1, 1, 2), (2, 1, 2), (3, 2, 1), (5, 1, 2)]
    assert rows(table)[1] == ["", "", "", "2020", "2021", ""]


def test_each_value_in_its_column_after_the_spacer_column():
    assert rows(only_table("measurement"))[2:] == [
        ["1", "Persentase pelayanan administrasi terpadu kecamatan", "80", "72,10", "75,30", "94,13"],
        ["2", "Indeks kepuasan masyarakat terhadap layanan perizinan non usaha", "85", "82,00", "86,70", "102,00"],
        ["3", "Jumlah desa tertib administrasi", "18", "15", "18", "100,00"],
    ]


def test_text_after_the_table_stays_a_paragraph():
    assert "Capaian dihitung dari realisasi dibagi target." in [p.text for p in document("measurement").paragraphs()]


# --- rows stacked in one ruled row ------------------------------------------------------

def test_rows_stacked_without_a_rule_are_split_and_a_wrapped_name_is_not():
    table = only_table("stacked")
    assert rows(table)[2:] == [
        ["1", "Program Pelayanan Administrasi Perkantoran", "186.500.000"],
        ["", "1. Penyediaan Jasa Kebersihan Kantor", "186.500.000"],
        ["2", "Program Peningkatan Sarana dan Prasarana", "643.750.000"],
        ["", "2. Pemeliharaan Rutin/Berkala Kendaraan Dinas dan Gedung Kantor", "643.750.000"],
        ["", "JUMLAH", "830.250.000"],
    ]


# --- a program over a page break --------------------------------------------------------

def test_table_continued_over_a_page_break_is_one_table_without_its_repeated_header():
    table = only_table("continued")
    assert table.pages == (1, 2)
    texts = rows(table)
    assert texts[0] == ["No", "Program / Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)"]
    assert texts[1] == ["(1)", "(2)", "(3)", "(4)"]
    assert [row[0] for row in texts[2:]] == ["I", "1", "2", "3", "4", "5", "6", "7"]
    assert texts[8] == ["6", "Penyediaan Makanan dan Minuman", "57.000.000", "55.950.000"]


def test_rows_of_the_continued_table_keep_their_page():
    table = only_table("continued")
    assert table.row_pages == (1, 1, 1, 1, 1, 1, 1, 2, 2, 2)
    assert table.cell_location(table.rows[-1][2]).page == 2


def test_running_header_and_chapter_page_number_are_no_paragraphs():
    texts = [p.text for p in document("continued").paragraphs()]
    assert not any("III-" in text or "Laporan Kinerja Dinas Contoh" in text for text in texts)


def test_sentence_over_the_page_break_is_joined_without_the_footer():
    prose = [b.text for b in prose_blocks(document("continued")) if b.kind == "paragraph"]
    assert ("Realisasi anggaran program pelayanan administrasi perkantoran mencapai 88,73 persen dari pagu "
            "yang ditetapkan dalam dokumen pelaksanaan anggaran.") in prose


def test_program_total_is_checked_against_children_on_both_pages():
    assert [f.rule for f in check_paths([str(DATA / "continued.pdf")], (), Config()).findings] == []
    faulty = check_paths([str(DATA / "continued-faulty.pdf")], (), Config()).findings
    assert [(f.rule, f.found, f.expected) for f in faulty] == [("LKJ102", "745.500.000", "763.500.000")]


# --- no rules at all --------------------------------------------------------------------

def test_borderless_table_read_from_text_alignment():
    table = only_table("borderless")
    assert rows(table) == [
        ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)", "Kriteria"],
        ["1", "Produktivitas Padi", "ku/ha", "57,50", "59,12", "102,82", "Sangat Berhasil"],
        ["2", "Pertumbuhan PDRB Sektor Pertanian", "%", "3,20", "2,32", "72,50", "Cukup Berhasil"],
        ["3", "Persentase Luas Serangan OPT terhadap Luas Tanam", "%", "3,50", "2,80", "80,00", "Sangat Berhasil"],
    ]
    assert table.caption == "Tabel 3.2 Pengukuran Kinerja Tahun 2020"


def test_prose_around_a_borderless_table_stays_prose():
    texts = [p.text for p in document("borderless").paragraphs()]
    assert texts == ["Hasil pengukuran kinerja Tahun 2020 adalah sebagai berikut:",
                     "Tabel 3.2 Pengukuran Kinerja Tahun 2020",
                     "Dari 3 (tiga) indikator kinerja, 2 (dua) indikator mencapai target."]


# --- a scanned page ---------------------------------------------------------------------

def test_scanned_page_inside_a_text_pdf_is_recorded():
    scanned = document("scanned-inside")
    assert scanned.pages == 3
    assert scanned.metadata["pages_without_text"] == [2]
    assert [p.location.page for p in scanned.paragraphs()] == [1, 1, 3, 3]


def test_every_page_with_text_has_none_recorded():
    assert document("measurement").metadata["pages_without_text"] == []


@pytest.mark.parametrize("name", ["measurement", "stacked", "continued", "borderless", "scanned-inside"])
def test_pdfplumber_reader_reads_the_same_document(name):
    fallback = extract_pdf(str(DATA / f"{name}.pdf"), reader="pdfplumber")
    assert fallback.blocks == document(name).blocks
    assert fallback.metadata["pages_without_text"] == document(name).metadata["pages_without_text"]
