"""The parts of the PDF reader one by one: ruling lines from paths, the grid, words and
lines, tables from text alignment, running headers, rows broken over a page break."""

from __future__ import annotations

from lkjip_lint.extract.pdf.assemble import joined, mark_furniture, running_texts
from lkjip_lint.extract.pdf.borderless import find_tables, is_header_line
from lkjip_lint.extract.pdf.content import Rotation, path_edges
from lkjip_lint.extract.pdf.grid import build_table, is_whole_value, join_wrapped_number
from lkjip_lint.extract.pdf.page import PdfLine, PdfPage, PdfTable
from lkjip_lint.extract.pdf.textlines import lines_of
from lkjip_lint.model import Cell


def char(text: str, x0: float, top: float, size: float = 10.0, width: float = 5.0) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + width, "top": top, "bottom": top + size, "size": size,
            "fontname": "Helvetica", "upright": True}


def word(text: str, x0: float, top: float, size: float = 10.0) -> list[dict]:
    return [char(ch, x0 + 5 * k, top, size) for k, ch in enumerate(text)]


def line_of(*placed: tuple[str, float], top: float = 100.0) -> list[dict]:
    return [ch for text, x0 in placed for ch in word(text, x0, top)]


# --- ruling lines -----------------------------------------------------------------------

def test_a_filled_area_is_shading_not_a_rule():
    assert path_edges([], stroked=False, filled=True, bbox=(100, 100, 300, 120)) == []


def test_a_thin_filled_rectangle_is_one_rule_through_its_middle():
    [edge] = path_edges([], stroked=False, filled=True, bbox=(100, 200, 300, 200.5))
    assert (edge["orientation"], edge["x0"], edge["x1"], edge["top"]) == ("h", 100, 300, 200.25)


def test_a_stroked_rectangle_gives_its_four_sides():
    square = [(100, 100), (200, 100), (200, 150), (100, 150), (100, 100)]
    edges = path_edges([square], stroked=True, filled=False, bbox=(100, 100, 200, 150))
    assert sorted(e["orientation"] for e in edges) == ["h", "h", "v", "v"]


def test_a_slanted_segment_is_no_rule():
    assert path_edges([[(0, 0), (50, 40)]], stroked=True, filled=False, bbox=(0, 0, 50, 40)) == []


def test_rotated_page_coordinates_as_displayed():
    turned = Rotation(90, (0, 0, 595, 842))
    assert (turned.width, turned.height) == (842, 595)
    assert turned.point(0, 0) == (0, 0)
    assert turned.point(595, 842) == (842, 595)
    assert Rotation(0, (0, 0, 595, 842)).point(10, 800) == (10, 42)


# --- numbers in cells -------------------------------------------------------------------

def test_whole_values_and_numbers_cut_by_a_line_break():
    assert all(map(is_whole_value, ["1.240.488.150", "98,80", "1,234.56", "12 %", "II", "a.", "-"]))
    assert not any(map(is_whole_value, ["1.240.488.15", "17.179.484.", "Jumlah"]))


def test_wrapped_numbers_rejoined_and_stacked_values_left_apart():
    assert join_wrapped_number(["1.240.488.15", "0"]) == ["1.240.488.150"]
    assert join_wrapped_number(["266.", "000"]) == ["266.000"]
    assert join_wrapped_number(["400.0", "00"]) == ["400.000"]
    assert join_wrapped_number(["1,240,488,150.0", "0"]) == ["1,240,488,150.00"]
    assert join_wrapped_number(["465.000.000", "968.500.000"]) == ["465.000.000", "968.500.000"]
    assert join_wrapped_number(["1", "2"]) == ["1", "2"]


# --- the grid -------------------------------------------------------------------------

def test_empty_narrow_column_of_a_doubled_border_is_dropped():
    cells = [(50, 100, 54, 120), (54, 100, 150, 120), (150, 100, 250, 120),
             (50, 120, 54, 140), (54, 120, 150, 140), (150, 120, 250, 140)]
    chars = word("Nama", 60, 105) + word("Nilai", 160, 105) + word("Padi", 60, 125) + word("12", 160, 125)
    table = build_table(cells, chars)
    assert table.n_cols == 2
    assert [[c.text for c in row] for row in table.rows] == [["Nama", "Nilai"], ["Padi", "12"]]


def test_a_character_in_a_gap_of_the_rules_still_gets_a_cell():
    cells = [(50, 100, 150, 120), (150, 100, 250, 120), (50, 120, 150, 140)]
    chars = word("A", 60, 105) + word("B", 160, 105) + word("C", 60, 125) + word("D", 160, 125)
    table = build_table(cells, chars)
    assert [[c.text for c in row] for row in table.rows] == [["A", "B"], ["C", "D"]]


def stacked_indicators(percent_lines: list[tuple[str, float]]) -> list[list[str]]:
    """Two indicators in one ruled row under a header row: two items in the first cell, the
    names wrapped, a count with its unit and a narrow achievement column."""
    cells = [(50, 100, 150, 120), (150, 100, 250, 120), (250, 100, 300, 120), (300, 100, 330, 120),
             (50, 120, 150, 200), (150, 120, 250, 200), (250, 120, 300, 200), (300, 120, 330, 200)]
    chars = (word("Sasaran", 60, 105) + word("Indikator", 160, 105) + word("Target", 255, 105) + word("%", 305, 105)
             + word("•", 50, 122) + word("Bebas", 65, 122) + word("•", 50, 160) + word("Air", 65, 160)
             + word("Wilayah", 160, 122) + word("bebas", 160, 134) + word("Embung", 160, 162) + word("desa", 160, 174)
             + word("80%", 255, 122) + word("2", 255, 162) + word("buah", 265, 162)
             + [ch for text, top in percent_lines for ch in word(text, 302, top)])
    table = build_table(cells, chars)
    return [[c.text for c in row] for row in table.rows]


def test_stacked_values_with_a_percent_sign_wrapped_onto_its_own_line():
    """"99,34" / "%" in a narrow column is one value: the row holds two indicators, one
    per item of the first cell, though the count beside them carries a unit ("2 buah")."""
    assert stacked_indicators([("99,34", 122), ("%", 134), ("100%", 162)])[1:] == [
        ["• Bebas", "Wilayah bebas", "80%", "99,34 %"],
        ["• Air", "Embung desa", "2 buah", "100%"],
    ]


def test_one_value_with_its_percent_sign_wrapped_is_no_stack():
    rows = stacked_indicators([("99,34", 122), ("%", 134)])
    assert len(rows) == 2 and rows[1][3] == "99,34 %"


def test_one_column_box_is_no_table():
    assert build_table([(50, 100, 250, 120), (50, 120, 250, 140)], word("Catatan", 60, 105)) is None


# --- words and lines ------------------------------------------------------------------

def test_words_split_at_a_gap_without_a_space_character():
    [line] = lines_of(word("Tahun", 50, 100) + word("2014", 77, 100) + word("tentang", 100, 100))
    assert line.text == "Tahun 2014 tentang"


def test_letters_close_together_stay_one_word_and_lines_split_by_height():
    lines = lines_of(word("Kinerja", 50, 100) + word("Tahun", 50, 115))
    assert [line.text for line in lines] == ["Kinerja", "Tahun"]


# --- tables from text alignment ---------------------------------------------------------

def test_header_line_of_column_titles():
    def header(*placed):
        return lines_of(line_of(*placed))[0]

    assert is_header_line(header(("No", 50), ("Uraian", 100), ("Anggaran", 250)))
    assert is_header_line(header(("Kondisi", 50), ("2017", 150), ("2018", 200)))
    assert not is_header_line(header(("1.", 50), ("Program", 100), ("1.000.000", 250)))
    assert not is_header_line(header(("-", 50), ("Jumlah produksi padi", 70), ("12.317.066 Ton", 250)))


def test_aligned_columns_make_a_table_and_a_list_with_a_hanging_indent_does_not():
    table_chars = (line_of(("No", 50), ("Indikator", 100), ("Target", 250), top=100)
                   + line_of(("1", 50), ("Padi", 100), ("58,50", 250), top=115)
                   + line_of(("2", 50), ("Jagung", 100), ("3,20", 250), top=130))
    [table] = find_tables(lines_of(table_chars))
    assert [[c.text for c in row] for row in table.rows] == [["No", "Indikator", "Target"], ["1", "Padi", "58,50"],
                                                            ["2", "Jagung", "3,20"]]
    list_chars = line_of(("1.", 50), ("Meningkatnya", 80), top=100) + line_of(("2.", 50), ("Menurunnya", 80), top=115)
    assert find_tables(lines_of(list_chars)) == []


def test_a_grid_with_rules_left_out_is_not_read_from_alignment():
    table_chars = (line_of(("No", 50), ("Indikator", 100), ("Target", 250), top=100)
                   + line_of(("1", 50), ("Padi", 100), ("58,50", 250), top=115))
    rule = {"orientation": "v", "x0": 95, "x1": 95, "top": 90, "bottom": 150, "height": 60, "width": 0}
    assert find_tables(lines_of(table_chars), [rule]) == []


# --- running headers and footers ---------------------------------------------------------

def test_running_footer_marked_and_chapter_page_number_dropped():
    body = {1: "Pendahuluan laporan", 2: "Perencanaan kinerja", 3: "Akuntabilitas kinerja"}

    def page(number: int) -> PdfPage:
        lines = (PdfLine(body[number], 100, number, 1, bottom=110),
                 PdfLine("Laporan Kinerja Dinas Contoh", 800, number, 2, bottom=808),
                 PdfLine(f"III- {number}", 812, number, 3, bottom=820))
        return PdfPage(number, 842, lines)

    marked = mark_furniture([page(1), page(2), page(3)])
    assert [(item.text, item.furniture) for item in marked[0].items] == [
        ("Pendahuluan laporan", False), ("Laporan Kinerja Dinas Contoh", True)]


def test_running_texts_keep_the_words_of_headers_and_footers_once():
    def page(number: int) -> PdfPage:
        lines = (PdfLine(f"{number} Renja Biro Umum Tahun 2016", 20, number, 1, bottom=30),
                 PdfLine(f"Isi halaman {number} tentang hal {'abc'[number - 1]}", 100, number, 2, bottom=110),
                 PdfLine(f"- {number} -", 812, number, 3, bottom=820))
        return PdfPage(number, 842, lines)

    assert running_texts(mark_furniture([page(1), page(2), page(3)])) == ["1 Renja Biro Umum Tahun 2016"]


def test_a_line_repeated_on_two_pages_in_the_body_is_no_footer():
    pages = [PdfPage(n, 842, (PdfLine("NIP. 19650817 199203 1 007", 500, n, 1, bottom=510),)) for n in (2, 9)]
    assert not any(item.furniture for page in mark_furniture(pages) for item in page.items)


# --- a row broken over a page break -------------------------------------------------------

def _part(texts: list[list[str]], page: int) -> PdfTable:
    rows = tuple(tuple(Cell(t, r, c) for c, t in enumerate(row)) for r, row in enumerate(texts))
    return PdfTable(rows, len(texts[0]), 0.0, 700.0, (0.0, 50.0, 100.0, 150.0), (page,))


def test_the_rest_of_a_row_on_the_next_page_rejoins_it():
    start = _part([["No", "Kegiatan", "Indikator"], ["1", "Koordinasi", "Tersedianya dokumen"]], page=4)
    rest = _part([["", "", "perencanaan daerah"], ["2", "Pembinaan", "Terlaksananya"]], page=5)
    merged = joined(start, rest)
    assert [[c.text for c in row] for row in merged.rows] == [
        ["No", "Kegiatan", "Indikator"], ["1", "Koordinasi", "Tersedianya dokumen perencanaan daerah"],
        ["2", "Pembinaan", "Terlaksananya"]]
    assert merged.row_pages == (4, 4, 5)


def test_a_data_row_repeated_with_the_header_on_the_next_page_is_not_added_again():
    header = ["Kode", "Program/Kegiatan", "Anggaran"]
    program = ["44", "Program Kualitas Hidup", "15,422,500,000"]
    start = _part([header, program, ["44 01", "Kegiatan A", "665,000,000"]], page=16)
    rest = _part([header, program, ["46", "Program KB", "1,634,000,000"], ["46 01", "Kegiatan B", "1,634,000,000"]],
                 page=17)
    merged = joined(start, rest)
    assert [row[1].text for row in merged.rows] == [
        "Program/Kegiatan", "Program Kualitas Hidup", "Kegiatan A", "Program KB", "Kegiatan B"]
    assert merged.row_pages == (16, 16, 16, 17, 17)
    # Further down the page a row like an earlier one is a row of its own.
    rest = _part([header, ["46", "Program KB", "1,634,000,000"], program], page=17)
    assert len(joined(start, rest).rows) == 5


def test_a_row_with_a_number_on_the_next_page_is_a_row_of_its_own():
    start = _part([["No", "Uraian", "Jumlah"], ["1", "Belanja", "100"]], page=4)
    rest = _part([["", "Sub Jumlah", "100"]], page=5)
    assert len(joined(start, rest).rows) == 3


def test_words_a_narrow_cell_split_are_joined_in_the_pdf_cells_only():
    from lkjip_lint.extract.pdf.rejoin import rejoin_split_cells
    from lkjip_lint.model import Cell, Location, Paragraph, Table

    prose = Paragraph("Penyelenggaraan urusan: target dan realisasi", 1, Location("r.pdf", paragraph=1))
    header = (Cell("Indikator", 0, 0), Cell("Targ et", 0, 1), Cell("Reali sasi", 0, 2), Cell("CAPAIA N (%)", 0, 3))
    label = (Cell("Persentase penyelenggaraa n urusan", 1, 0), Cell("Paket A", 1, 1), Cell("90", 1, 2),
             Cell("100", 1, 3))
    table = Table(0, (header, label), 4, Location("r.pdf", table=1))
    paragraph, rejoined = rejoin_split_cells([prose, table])
    assert paragraph is prose
    assert [c.text for c in rejoined.rows[0]] == ["Indikator", "Target", "Realisasi", "CAPAIAN (%)"]
    assert [c.text for c in rejoined.rows[1]] == ["Persentase penyelenggaraan urusan", "Paket A", "90", "100"]
