"""PDF extraction, on PDFs printed by LibreOffice from Word documents (see data/make_pdfs.py)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from lkjip_lint.extract import extract
from lkjip_lint.extract.pdf import CORRUPT, ENCRYPTED, NO_TEXT, extract_pdf
from lkjip_lint.extract.pdf.assemble import is_column_number_row, joined
from lkjip_lint.extract.pdf.page import PdfTable
from lkjip_lint.model import Cell, Document, ExtractError, Table

DATA = Path(__file__).parent / "data"
REPORT = str(DATA / "report.pdf")


@lru_cache(maxsize=None)
def report() -> Document:
    return extract_pdf(REPORT)


def table(number: int) -> Table:
    return list(report().tables())[number - 1]


def paragraph_texts() -> list[str]:
    return [p.text for p in report().paragraphs()]


def test_document_format_and_page_count():
    assert report().format == "pdf"
    assert report().pages == 2


def test_paragraphs_one_per_line_with_page_and_line():
    first = next(p for p in report().paragraphs() if p.text.startswith("Pengukuran kinerja"))
    assert first.text == "Pengukuran kinerja dilakukan dengan membandingkan target dan realisasi."
    assert (first.location.page, first.location.line) == (1, 3)
    chapter = next(p for p in report().paragraphs() if p.text == "BAB III AKUNTABILITAS KINERJA")
    assert chapter.heading_level == 1


def test_paragraph_after_the_long_table_is_on_page_two():
    last = list(report().paragraphs())[-1]
    assert last.text == "Demikian laporan ini disusun pada halaman kedua."
    assert last.location.page == 2


def test_page_numbers_are_not_paragraphs():
    assert "1" not in paragraph_texts()
    assert "2" not in paragraph_texts()


def test_tables_interleave_with_paragraphs_in_reading_order():
    kinds = [(b.kind, b.text if b.kind == "paragraph" else b.caption) for b in report().blocks]
    table_positions = [i for i, (kind, _) in enumerate(kinds) if kind == "table"]
    assert kinds[table_positions[0] - 1] == ("paragraph", "Pengukuran Realisasi Kinerja")
    assert kinds[table_positions[0] + 1] == ("paragraph", "Anggaran per kegiatan disajikan berikut ini.")
    assert kinds[table_positions[1] - 1] == ("paragraph", "Tabel 3.2 Realisasi Anggaran per Kegiatan")


def test_caption_from_the_paragraphs_before_the_table():
    assert table(1).caption == "Tabel 3.1 Pengukuran Realisasi Kinerja"
    assert table(1).location.caption == table(1).caption
    assert table(1).location.page == 1
    assert table(1).location.table == 1
    assert table(2).caption == "Tabel 3.2 Realisasi Anggaran per Kegiatan"


def test_header_merged_across_two_columns_and_down_two_rows():
    header = {c.text: c for c in table(1).rows[0]}
    assert (header["REALISASI"].col, header["REALISASI"].colspan, header["REALISASI"].rowspan) == (3, 2, 1)
    for col, title in enumerate(["NO", "SASARAN", "TARGET"]):
        assert (header[title].col, header[title].rowspan, header[title].colspan) == (col, 2, 1)
    assert [(c.col, c.text) for c in table(1).rows[1]] == [(3, "2020"), (4, "2021")]
    assert table(1).n_cols == 5


def test_vertically_merged_body_cell_is_one_cell():
    merged = table(1).rows[3][1]
    assert (merged.text, merged.row, merged.col, merged.rowspan) == ("Meningkatnya Koordinasi Pemerintahan", 3, 1, 2)
    assert [c.col for c in table(1).rows[4]] == [0, 2, 3, 4]
    assert table(1).cell_at(4, 1) is merged
    assert table(1).row_texts(4) == ["3", "", "90", "88", "91"]


def test_merged_gaps_are_not_read_as_empty_or_zero_cells():
    cells = [c for row in table(1).rows for c in row]
    assert len(cells) == 4 + 2 + 5 + 5 + 4
    assert "0" not in [c.text for c in cells]
    assert table(1).row_values(1)[:3] == [None, None, None]


def test_an_empty_cell_is_a_real_cell_with_empty_text():
    empty = table(1).rows[3][4]
    assert (empty.col, empty.text) == (4, "")


def test_wrapped_cell_text_is_joined_with_spaces():
    assert table(1).rows[2][1].text == "Meningkatnya Kualitas Pelayanan"


def test_bold_header_cells():
    assert all(c.bold for c in table(2).rows[0])
    assert not any(c.bold for c in table(2).rows[2])


def test_table_continued_on_the_next_page_is_one_table():
    tables = list(report().tables())
    assert len(tables) == 2
    budget = table(2)
    assert budget.pages == (1, 2)
    assert budget.n_cols == 4
    assert budget.n_rows == 2 + 40
    assert budget.row_texts(1) == ["(1)", "(2)", "(3)", "(4)"]
    assert [budget.row_texts(r)[0] for r in range(2, budget.n_rows)] == [str(i) for i in range(1, 41)]
    assert budget.row_texts(41) == ["40", "Kegiatan ke-40 urusan daerah", "40.000.000", "36.000.000"]
    assert all(cell.row == r for r, row in enumerate(budget.rows) for cell in row)


def test_rows_of_a_continued_table_keep_their_own_page():
    budget = table(2)
    assert budget.row_pages[0] == 1 and budget.row_pages[-1] == 2
    assert list(budget.row_pages) == sorted(budget.row_pages)
    last_cell = budget.rows[-1][0]
    assert budget.cell_location(last_cell).page == 2
    assert budget.cell_location(budget.rows[0][0]).page == 1


def test_no_text_is_read_twice_from_table_areas():
    assert not any(text.startswith("Kegiatan ke-") for text in paragraph_texts())
    assert "No Kegiatan Anggaran (Rp) Realisasi (Rp)" not in paragraph_texts()


def _part(rows: list[list[str]], page: int) -> PdfTable:
    cells = tuple(tuple(Cell(text, r, c) for c, text in enumerate(row)) for r, row in enumerate(rows))
    return PdfTable(cells, len(rows[0]), 0.0, 700.0, (0.0, 50.0, 100.0), (page,))


def test_joining_skips_a_repeated_two_row_header_and_column_numbers():
    start = _part([["No", "Uraian"], ["", "Rp"], ["1", "2"], ["1", "satu"]], page=3)
    continuation = _part([["No", "Uraian"], ["", "Rp"], ["1", "2"], ["2", "dua"]], page=4)
    merged = joined(start, continuation)
    assert [[c.text for c in row] for row in merged.rows] == [["No", "Uraian"], ["", "Rp"], ["1", "2"],
                                                              ["1", "satu"], ["2", "dua"]]
    assert [c.row for c in merged.rows[4]] == [4, 4]
    assert merged.pages == (3, 4)


def test_column_number_rows():
    def row(*texts: str) -> tuple[Cell, ...]:
        return tuple(Cell(text, 0, c) for c, text in enumerate(texts))

    assert is_column_number_row(row("(1)", "(2)", "(3)"))
    assert is_column_number_row(row("1", "2", "", "3"))
    assert not is_column_number_row(row("1", "Kegiatan", "1.000"))
    assert not is_column_number_row(row("2", "3", "4"))


def test_password_protected_pdf():
    with pytest.raises(ExtractError) as error:
        extract_pdf(str(DATA / "encrypted.pdf"))
    assert error.value.problem == ENCRYPTED


def test_pdf_without_a_text_layer():
    with pytest.raises(ExtractError) as error:
        extract_pdf(str(DATA / "scanned.pdf"))
    assert error.value.problem == NO_TEXT


def test_file_that_is_not_a_pdf(tmp_path):
    path = tmp_path / "laporan.pdf"
    path.write_text("Laporan Kinerja 2021\n", encoding="utf-8")
    with pytest.raises(ExtractError) as error:
        extract_pdf(str(path))
    assert error.value.problem == CORRUPT


def test_truncated_pdf(tmp_path):
    path = tmp_path / "cut.pdf"
    path.write_bytes((DATA / "report.pdf").read_bytes()[:4000])
    with pytest.raises(ExtractError) as error:
        extract_pdf(str(path))
    assert error.value.problem == CORRUPT


def test_dispatcher_reads_pdf_files():
    document = extract(REPORT)
    assert document.format == "pdf"
    assert document.pages == 2


def test_a_letter_wrapped_onto_its_own_line_rejoins_its_word():
    from lkjip_lint.extract.pdf.grid import join_wrapped_word as _join_wrapped_word

    assert _join_wrapped_word("13.000 Berka\ns") == "13.000 Berkas"
    assert _join_wrapped_word("Targe\nt") == "Target"
    assert _join_wrapped_word("A\nB") == "A\nB"  # two one-letter lines are not a wrapped word
    assert _join_wrapped_word("Jumlah\na. Kegiatan") == "Jumlah\na. Kegiatan"
