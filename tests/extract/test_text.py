from __future__ import annotations

from pathlib import Path

import pytest

from lkjip_lint import limits
from lkjip_lint.extract import extract
from lkjip_lint.extract.text import NOT_TEXT, extract_text
from lkjip_lint.model import ExtractError, Paragraph, Table

DATA = Path(__file__).parent / "data"


def paragraphs(name: str) -> list[Paragraph]:
    return list(extract_text(str(DATA / name)).paragraphs())


def tables(name: str) -> list[Table]:
    return list(extract_text(str(DATA / name)).tables())


def by_text(name: str) -> dict[str, Paragraph]:
    return {p.text: p for p in paragraphs(name)}


# --- paragraphs -------------------------------------------------------------------

def test_headings_from_markdown_chapters_and_lettered_sections():
    found = by_text("sections.txt")
    assert found["Laporan Kinerja"].heading_level == 1
    assert found["Rencana Strategis"].heading_level == 2
    assert found["BAB I PENDAHULUAN"].heading_level == 1
    assert found["LATAR BELAKANG"].heading_level == 2
    assert found["LATAR BELAKANG"].list_label == "A."


def test_bare_chapter_line_and_its_title_line_are_both_chapter_headings():
    found = by_text("sections.txt")
    assert found["BAB II"].heading_level == 1
    assert found["PERENCANAAN DAN PERJANJIAN KINERJA"].heading_level == 1


def test_a_chapter_in_spaced_capitals_is_a_heading_and_a_sentence_about_a_chapter_is_not(tmp_path):
    path = tmp_path / "bab.txt"
    path.write_text("B A B  I I I\nAKUNTABILITAS KINERJA\nBab III ini memuat capaian kinerja tahun 2021 "
                    "yang diukur dari indikator kinerja utama dan dibandingkan dengan target.\n", encoding="utf-8")
    found = {p.text: p.heading_level for p in extract_text(str(path)).paragraphs()}
    assert found["B A B I I I"] == 1 and found["AKUNTABILITAS KINERJA"] == 1
    assert found[next(t for t in found if t.startswith("Bab III ini"))] is None


def test_lettered_line_in_sentence_case_is_a_list_item_not_a_heading():
    item = next(p for p in paragraphs("sections.txt") if p.text.startswith("Maksud dan tujuan"))
    assert item.heading_level is None
    assert item.list_label == "B."


def test_plain_lines_are_not_headings():
    found = by_text("sections.txt")
    assert found["Tujuan yang dirumuskan meliputi:"].heading_level is None
    assert found["RINGKASAN CAPAIAN"].heading_level is None


@pytest.mark.parametrize("text, label", [
    ("Meningkatkan kualitas pelayanan publik;", "1."),
    ("Meningkatkan koordinasi pemerintahan", "2)"),
    ("Melaksanakan koordinasi kegiatan", "a."),
    ("Kecamatan merupakan unsur Perangkat Daerah", "(1)"),
    ("Kecamatan dipimpin oleh Camat", "(2)"),
    ("sebagai sarana pertanggungjawaban kinerja", "-"),
    ("butir dengan titik", "•"),
    ("Tujuan 2, Sasaran 1", "➤"),
    ("Camat", "I."),
])
def test_list_labels_are_taken_off_the_text(text, label):
    assert by_text("sections.txt")[text].list_label == label


def test_one_paragraph_per_line_with_its_line_number():
    found = paragraphs("sections.txt")
    assert [p.location.line for p in found[:4]] == [1, 3, 4, 5]
    assert [p.index for p in found[:4]] == [0, 1, 2, 3]
    assert [p.location.paragraph for p in found[:4]] == [1, 2, 3, 4]
    assert all(p.location.file == str(DATA / "sections.txt") for p in found)


def test_markdown_emphasis_and_tags_are_stripped():
    found = by_text("sections.txt")
    assert "Terselenggaranya Good Governance merupakan persyaratan bagi setiap pemerintahan." in found
    partly_bold = found["Sasaran 1 mendapat predikat nilai Baik, dengan capaian di atas target."]
    assert partly_bold.bold is False


def test_line_wrapped_in_double_stars_is_bold_even_across_lines():
    found = by_text("sections.txt")
    assert found["RINGKASAN CAPAIAN"].bold is True
    assert found["PEMERINTAH KABUPATEN"].bold is True
    assert found["KECAMATAN CONTOH"].bold is True
    assert found["Camat"].bold is False


def test_form_feeds_give_pages():
    document = extract_text(str(DATA / "pages.txt"))
    assert document.pages == 3
    assert [(p.text, p.location.page) for p in document.paragraphs()] == [
        ("Halaman pertama", 1), ("BAB I PENDAHULUAN", 1),
        ("Halaman kedua", 2), ("Baris berikutnya", 2), ("Halaman ketiga", 3),
    ]


def test_without_form_feeds_there_are_no_pages():
    document = extract_text(str(DATA / "sections.txt"))
    assert document.pages is None
    assert all(p.location.page is None for p in document.paragraphs())


# --- tab and pipe tables ----------------------------------------------------------

def test_tab_table_cells_with_bold_and_italic_markup():
    table = tables("tables.txt")[0]
    assert table.row_texts(0) == ["NO.", "SASARAN STRATEGIS", "TARGET", "REALISASI"]
    first, label = table.rows[1][0], table.rows[1][1]
    assert (first.text, first.bold) == ("1", True)
    assert (label.text, label.bold, label.italic) == ("Meningkatnya Kualitas Pelayanan", True, False)
    italic = table.rows[2][1]
    assert (italic.text, italic.italic, italic.bold) == ("Meningkatnya Koordinasi", True, False)


def test_empty_tab_cell_is_a_real_empty_cell():
    row = tables("tables.txt")[0].rows[2]
    assert [(c.col, c.text) for c in row] == [(0, "2"), (1, "Meningkatnya Koordinasi"), (2, ""), (3, "95")]
    assert all(c.colspan == 1 and c.rowspan == 1 for c in row)


def test_table_interrupted_by_one_blank_line_stays_one_table():
    table = tables("tables.txt")[0]
    assert table.n_rows == 4
    assert table.row_texts(3) == ["3", "Meningkatnya Partisipasi", "90", "88"]
    assert [c.row for c in table.rows[3]] == [3, 3, 3, 3]


def test_table_location_caption_and_index():
    table = tables("tables.txt")[0]
    assert table.caption == "Tabel 3.1 Pengukuran Realisasi Kinerja Tahun 2021"
    assert table.location.line == 3
    assert table.location.table == 1
    assert table.location.caption == table.caption
    assert table.index == 0
    assert table.flattened is False


def test_table_continues_past_a_repeated_running_header():
    table = tables("tables.txt")[1]
    assert [table.row_texts(r)[0] for r in range(table.n_rows)] == ["Tujuan", "Pelayanan prima", "Koordinasi"]
    assert table.caption is None


def test_running_header_before_a_table_of_another_width_ends_the_table():
    table = tables("tables.txt")[2]
    assert table.row_texts(0) == ["No", "Uraian", "Nilai", "Ket"]
    assert table.n_rows == 2


def test_two_blank_lines_end_a_table_and_rows_may_differ_in_width():
    table = tables("tables.txt")[3]
    assert table.n_cols == 4
    assert table.row_texts(0) == ["2", "Dua", "20", "ada"]
    assert [c.text for c in table.rows[1]] == ["Jumlah", "Rp 100"]


def test_pipe_table_with_rule_row_skipped():
    table = tables("tables.txt")[4]
    assert table.n_cols == 3
    assert table.n_rows == 4
    assert table.row_texts(0) == ["", "", ""]
    assert table.row_texts(1) == ["a. Belanja Operasi", "", "Rp. 17.255.971.010"]
    assert table.row_texts(2) == ["Belanja Pegawai", "Rp. 9.971.300.660", ""]
    assert (table.rows[3][0].text, table.rows[3][0].bold) == ("b. Belanja Modal", True)


def test_paragraphs_around_tables_keep_their_order():
    document = extract_text(str(DATA / "tables.txt"))
    kinds = [b.kind for b in document.blocks]
    assert kinds == ["paragraph", "paragraph", "table", "paragraph", "paragraph", "table",
                     "paragraph", "table", "table", "paragraph", "table", "paragraph"]


def test_single_tab_line_with_two_cells_is_a_paragraph(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text("Pendahuluan\nJumlah\tRp 100\nPenutup\n", encoding="utf-8")
    document = extract_text(str(path))
    assert [b.kind for b in document.blocks] == ["paragraph"] * 3
    assert [p.text for p in document.paragraphs()][1] == "Jumlah Rp 100"


# --- flattened rows ---------------------------------------------------------------

def test_rows_flattened_onto_lines_become_a_table_with_aligned_numbers():
    document = extract_text(str(DATA / "flattened.txt"))
    (table,) = document.tables()
    assert table.flattened is True
    assert table.caption == "Tabel 3.8 Alokasi Anggaran Belanja Per Program"
    assert table.location.line == 3
    assert table.row_texts(0) == ["No", "PROGRAM/ KEGIATAN", "ANGGARAN (Rp.)", "REALISASI (Rp)", "CAPAIAN (%)"]
    assert table.row_texts(1) == ["II", "Program Penyelenggaraan pemerintahan dan pelayan publik",
                                  "3.071.415.500", "3.094.283.480", "996.22 %"]
    assert table.row_texts(3)[1].endswith("unit kerja perangkat daerah yang ada di kecamatan")
    assert table.row_texts(4) == ["", "TOTAL", "7.765.851.650", "4.812.808.343", "61.97 %"]
    texts = [p.text for p in document.paragraphs()]
    assert texts[-1].startswith("Realisasi belanja langsung sebesar")
    assert "perangkat daerah yang ada di kecamatan" not in texts


# --- reading the file -------------------------------------------------------------

def test_file_with_nul_bytes_is_not_text(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(ExtractError) as error:
        extract_text(str(path))
    assert error.value.problem == NOT_TEXT


def test_file_of_control_bytes_is_not_text(tmp_path):
    path = tmp_path / "data.txt"
    path.write_bytes(bytes(range(1, 9)) * 20 + b"abc")
    with pytest.raises(ExtractError, match="binary content"):
        extract_text(str(path))


def test_utf8_with_bom_and_cp1252_are_decoded(tmp_path):
    bom = tmp_path / "bom.txt"
    bom.write_bytes("\ufeffKata Pengantar – ringkas\n".encode("utf-8"))
    cp1252 = tmp_path / "ansi.txt"
    cp1252.write_bytes("Capaian “Baik” – 100%\n".encode("cp1252"))
    assert [p.text for p in extract_text(str(bom)).paragraphs()] == ["Kata Pengantar – ringkas"]
    assert [p.text for p in extract_text(str(cp1252)).paragraphs()] == ["Capaian “Baik” – 100%"]


def test_dispatcher_reads_text_files():
    document = extract(DATA / "flattened.txt")
    assert document.format == "text"
    assert sum(1 for _ in document.tables()) == 1


def test_table_cells_point_at_their_own_line(tmp_path):
    path = tmp_path / "rows.txt"
    path.write_text("Judul\n\nNo\tUraian\tAnggaran\n1\tKegiatan A\t100\n\n2\tKegiatan B\t200\n", encoding="utf-8")
    table = next(extract_text(str(path)).tables())
    assert table.row_lines == (3, 4, 6)
    assert table.cell_location(table.rows[2][2]).line == 6


TARGETS = ["No\tSasaran Strategis\tIndikator Kinerja\tTarget", "1\tMeningkatnya Kesehatan\tAKI\t64"]
BUDGET = ["No\tProgram\tAnggaran (Rp)\tKeterangan", "1\tProgram Penunjang\t165.912.400.000\tAPBD"]


def read_lines(tmp_path, *lines) -> list:
    path = tmp_path / "report.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return list(extract_text(str(path)).blocks)


def test_a_sub_caption_printed_twice_separates_two_tables(tmp_path):
    """Equal-width tables of the PK and the PK Perubahan, each followed by its budget under the
    same sub-caption: the sub-caption is no running header, so no tables merge."""
    part = [*TARGETS, "", "Program dan Anggaran", "", *BUDGET, "", "Perubahan:"]
    blocks = read_lines(tmp_path, *part, *part)
    assert [type(b).__name__ for b in blocks].count("Table") == 4
    assert [b.text for b in blocks if isinstance(b, Paragraph)].count("Program dan Anggaran") == 2


def test_a_line_printed_three_times_before_another_header_row_is_a_caption(tmp_path):
    part = [*TARGETS, "", "Program dan Anggaran", "", *BUDGET, ""]
    tables_read = [b for b in read_lines(tmp_path, *part, "Lanjut.", *part, "Lanjut.", *part)
                   if isinstance(b, Table)]
    assert [t.row_texts(0)[1] for t in tables_read] == ["Sasaran Strategis", "Program"] * 3


def test_a_repeated_table_caption_is_no_running_header(tmp_path):
    blocks = read_lines(tmp_path, "Tabel 3.1", *TARGETS, "Tabel 3.1", *TARGETS[1:], "Tabel 3.1", *TARGETS[1:])
    assert [type(b).__name__ for b in blocks] == ["Paragraph", "Table"] * 3


def test_a_table_continues_past_a_page_number_and_a_repeated_annex_label(tmp_path):
    rows = ["No\tProgram\tAnggaran", "1\tProgram A\t100", "", "Halaman 12", "", "2\tProgram B\t200",
            "Lampiran II", "3\tProgram C\t300", "Lampiran II", "4\tProgram D\t400"]
    tables_read = [b for b in read_lines(tmp_path, *rows) if isinstance(b, Table)]
    assert [t.n_rows for t in tables_read] == [5]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read(tmp_path, encoding):
    path = tmp_path / "laporan.txt"
    path.write_bytes("Capaian “Baik” – 100%\nRealisasi anggaran\n".encode(encoding))
    assert [p.text for p in extract_text(str(path)).paragraphs()] == ["Capaian “Baik” – 100%", "Realisasi anggaran"]


def test_a_stray_nul_byte_is_dropped_not_taken_for_binary(tmp_path):
    path = tmp_path / "laporan.txt"
    path.write_bytes(b"Laporan Kinerja\nRealisasi\x00 anggaran 90 persen\n")
    assert [p.text for p in extract_text(str(path)).paragraphs()] == ["Laporan Kinerja",
                                                                     "Realisasi anggaran 90 persen"]


def test_binary_with_zeros_on_both_sides_of_each_pair_is_not_utf16(tmp_path):
    path = tmp_path / "data.txt"
    path.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(ExtractError, match="binary content"):
        extract_text(str(path))


def test_text_beyond_the_character_limit_is_refused_before_it_is_parsed(tmp_path):
    path = tmp_path / "laporan.txt"
    path.write_text("Laporan Kinerja\n" + "a" * 2000 + "\n", encoding="utf-8")
    with limits.applied(limits.Limits(characters=1000)), pytest.raises(limits.LimitExceeded) as error:
        extract_text(str(path))
    assert error.value.problem == "more than 1000 characters of text (the 'characters' limit)"
