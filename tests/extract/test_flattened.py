from __future__ import annotations

from lkjip_lint.extract.flattened import FlatRow, parse_flat_row, split_trailing_numbers, tables_from_lines
from lkjip_lint.model import Location

HEADER = "No PROGRAM/ KEGIATAN ANGGARAN (Rp.) REALISASI (Rp) CAPAIAN (%)"
PROGRAM = "II Program Penyelenggaraan pemerintahan dan pelayan publik 3.071.415.500 3.094.283.480 996.22 %"
ACTIVITY = "1 Koordinasi penyelenggaraan kegiatan pemerintahan di tingkat kecamatan 2.705.332.000 2.703.061.480 99.92 %"
TOTAL = "TOTAL 7.765.851.650 4.812.808.343 61.97 %"


def located(*texts: str, page: int | None = None) -> list[tuple[str, Location]]:
    return [(text, Location("report.pdf", page=page, line=n)) for n, text in enumerate(texts, start=1)]


def only_table(*texts: str):
    (found,) = tables_from_lines(located(*texts))
    return found.table


def test_trailing_numbers_keep_their_printed_form():
    assert split_trailing_numbers(TOTAL) == ("TOTAL", ["7.765.851.650", "4.812.808.343", "61.97 %"])
    assert split_trailing_numbers("Belanja Modal Rp. 481.181.300 Rp 0 18%") == \
        ("Belanja Modal", ["Rp. 481.181.300", "Rp 0", "18%"])


def test_row_marker_label_and_numbers():
    assert parse_flat_row(PROGRAM) == FlatRow(
        "II", "Program Penyelenggaraan pemerintahan dan pelayan publik",
        ("3.071.415.500", "3.094.283.480", "996.22 %"))
    assert parse_flat_row("2. Koordinasi kegiatan 10 20").marker == "2."
    assert parse_flat_row(TOTAL).marker is None


def test_lines_that_are_not_rows():
    assert parse_flat_row("Realisasi sebesar Rp 4.681.378.843 atau 88.08% dari pagu anggaran.") is None
    assert parse_flat_row("Anggaran sebesar 1.000.000") is None  # one number
    assert parse_flat_row("1.000 2.000 3.000") is None  # no label
    assert parse_flat_row("Target 80 90 tercapai") is None  # text after the numbers


def test_header_and_rows_become_one_table_with_numbers_aligned():
    table = only_table(HEADER, PROGRAM, ACTIVITY, TOTAL)
    assert table.flattened is True
    assert table.n_cols == 5
    assert table.row_texts(0) == ["No", "PROGRAM/ KEGIATAN", "ANGGARAN (Rp.)", "REALISASI (Rp)", "CAPAIAN (%)"]
    assert table.row_texts(2) == ["1", "Koordinasi penyelenggaraan kegiatan pemerintahan di tingkat kecamatan",
                                  "2.705.332.000", "2.703.061.480", "99.92 %"]
    assert table.row_texts(3) == ["", "TOTAL", "7.765.851.650", "4.812.808.343", "61.97 %"]
    assert [(c.row, c.col) for c in table.rows[3]] == [(3, 1), (3, 2), (3, 3), (3, 4)]


def test_span_and_location_of_the_table():
    lines = located("Keseluruhan anggaran terdiri dari:", HEADER, PROGRAM, TOTAL, "Catatan penutup.", page=4)
    (found,) = tables_from_lines(lines, first_index=6)
    assert (found.start, found.stop) == (1, 4)
    assert found.table.index == 6
    assert found.table.location == Location("report.pdf", page=4, line=2, table=7)
    assert found.table.pages == (4,)


def test_a_single_row_is_not_a_table():
    assert tables_from_lines(located(HEADER, PROGRAM, "Uraian singkat program ini.")) == []


def test_wrapped_label_line_joins_the_row_above():
    table = only_table(PROGRAM, "dan pelayanan lainnya", TOTAL)
    assert table.n_rows == 2
    assert table.row_texts(0)[1] == "Program Penyelenggaraan pemerintahan dan pelayan publik dan pelayanan lainnya"


def test_wrapped_line_starting_with_a_marker_begins_the_row_below():
    table = only_table(PROGRAM, "2 Penyelenggaraan urusan pemerintahan", "umum 123.120.000 44.800.000 36.39 %")
    assert table.row_texts(1) == ["2", "Penyelenggaraan urusan pemerintahan umum",
                                  "123.120.000", "44.800.000", "36.39 %"]


def test_too_many_lines_without_numbers_end_the_run():
    assert tables_from_lines(located(PROGRAM, "satu", "dua", "tiga", TOTAL)) == []


def test_row_with_fewer_numbers_fills_the_rightmost_columns():
    table = only_table(PROGRAM, "2 Kegiatan tanpa anggaran 0 0.00 %", TOTAL)
    assert table.row_texts(1) == ["2", "Kegiatan tanpa anggaran", "", "0", "0.00 %"]


def test_extra_leading_number_goes_back_to_the_label():
    table = only_table(PROGRAM, "1 Belanja Modal 2021 100.000 90.000 90 %", TOTAL)
    assert table.row_texts(1) == ["1", "Belanja Modal 2021", "100.000", "90.000", "90 %"]


def test_title_after_a_bare_caption_is_not_a_header():
    table = only_table("Tabel 3.8", "Alokasi Anggaran Belanja", PROGRAM, TOTAL)
    assert table.n_rows == 2
    assert table.row_texts(0)[0] == "II"


def test_sentence_before_the_rows_is_not_a_header():
    (found,) = tables_from_lines(located("Rincian anggaran sebagai berikut:", PROGRAM, TOTAL))
    assert found.start == 1


def test_header_that_does_not_split_into_the_columns_stays_whole_in_the_label_column():
    table = only_table("Nomor dan Uraian Program Pagu Realisasi Persen", PROGRAM, TOTAL)
    assert table.row_texts(0) == ["", "Nomor dan Uraian Program Pagu Realisasi Persen", "", "", ""]


def test_header_with_layout_spacing_splits_at_wide_gaps():
    table = only_table("No   Uraian Program    Pagu Anggaran    Realisasi Anggaran   Capaian", PROGRAM, TOTAL)
    assert table.row_texts(0) == ["No", "Uraian Program", "Pagu Anggaran", "Realisasi Anggaran", "Capaian"]


def test_column_number_line_under_the_header_is_a_row():
    table = only_table(HEADER, "(1) (2) (3) (4) (5)", PROGRAM, TOTAL)
    assert table.row_texts(0)[0] == "No"
    assert table.row_texts(1) == ["(1)", "(2)", "(3)", "(4)", "(5)"]
    assert table.n_rows == 4


def test_header_repeated_between_rows_is_skipped():
    table = only_table(HEADER, PROGRAM, HEADER, ACTIVITY, TOTAL)
    assert table.n_rows == 4
    assert [table.row_texts(r)[0] for r in range(4)] == ["No", "II", "1", ""]


def test_two_runs_give_two_tables_numbered_in_order():
    found = tables_from_lines(located(PROGRAM, TOTAL, "Penjelasan di antara kedua tabel ini cukup panjang.",
                                      ACTIVITY, TOTAL), first_index=2)
    assert [(f.start, f.stop, f.table.index) for f in found] == [(0, 2, 2), (3, 5, 3)]
