"""Table layouts in the shapes real reports print: merged two-level headers, year groups,
a spacer column, wrapped header words, value kinds down the columns, misaligned rows."""

from spanned_tables import plain, spanned_table

from lkjip_lint.understand.layout import TableLayout
from lkjip_lint.understand.value_kinds import AMOUNT, DECIMAL, PERCENT, QUANTITY, TEXT, value_kind
from lkjip_lint.vocab import load_packs

VOCABULARY = load_packs().get("vocabulary", {})


def layout_of(table) -> TableLayout:
    return TableLayout(table, VOCABULARY, "id")


def labels(layout: TableLayout) -> list[str]:
    return [c.label for c in layout.columns]


def budget_rows(n: int = 4) -> list[list]:
    rows = []
    for i in range(1, n + 1):
        rows.append(plain([f"{i})", f"Kegiatan {i}", f"{i}.000.000", f"{i}00.000", "10,00", "100,00"]))
    return rows


def test_merged_two_level_header_gives_each_leaf_its_full_label():
    # "Realisasi Keuangan" spans (Rp) and (%); "Realisasi Fisik" sits over its own (%);
    # No, Kegiatan and Anggaran span both header rows.
    table = spanned_table([
        [(0, "No.", 1, 2), (1, "Kegiatan", 1, 2), (2, "Anggaran", 1, 2), (3, "Realisasi Keuangan", 2, 1),
         (5, "Realisasi Fisik")],
        [(3, "(Rp)"), (4, "(%)"), (5, "(%)")],
        plain(["1", "2", "3", "4", "5", "6"]),
        *budget_rows(),
    ])
    layout = layout_of(table)
    assert layout.header_rows == (0, 1) and layout.column_number_rows == (2,)
    assert labels(layout) == ["No.", "Kegiatan", "Anggaran", "Realisasi Keuangan / (Rp)",
                              "Realisasi Keuangan / (%)", "Realisasi Fisik / (%)"]
    assert layout.columns[3].levels == ("Realisasi Keuangan", "(Rp)")
    assert "realisation" in layout.columns[3].roles and "percent" in layout.columns[4].roles
    # Physical progress is neither money nor the realisation of a target.
    assert {"physical", "percent"} <= layout.columns[5].roles and "realisation" not in layout.columns[5].roles
    assert [c.kind for c in layout.columns[2:]] == [AMOUNT, AMOUNT, DECIMAL, DECIMAL]
    assert layout.number(3, 3).value == 100000 and layout.number(3, 4).value == 10


def test_year_groups_give_each_leaf_its_year():
    table = spanned_table([
        [(0, "No", 1, 2), (1, "Indikator Kinerja", 1, 2), (2, "2015", 3, 1), (5, "2016", 3, 1)],
        plain(["", "", "Target", "Realisasi", "%", "Target", "Realisasi", "%"])[2:],
        plain(["1", "Indeks kepuasan", "80", "82", "102,50", "85", "83", "97,65"]),
    ])
    layout = layout_of(table)
    assert labels(layout)[2:] == ["2015 / Target", "2015 / Realisasi", "2015 / %",
                                  "2016 / Target", "2016 / Realisasi", "2016 / %"]
    assert [c.year for c in layout.columns[2:]] == [2015, 2015, 2015, 2016, 2016, 2016]
    assert layout.columns_with("target") == [2, 5] and layout.columns_with("realisation") == [3, 6]


def test_year_groups_in_a_text_table_without_merges():
    # A text file cannot merge cells: the year over the first of its columns covers the rest.
    table = spanned_table([
        plain(["Indikator", "Target", "", "Realisasi", ""]),
        plain(["", "2019", "2020", "2019", "2020"]),
        plain(["Indeks kepuasan", "80", "82", "81", "84"]),
    ])
    layout = layout_of(table)
    assert labels(layout)[1:] == ["Target / 2019", "Target / 2020", "Realisasi / 2019", "Realisasi / 2020"]
    assert [c.year for c in layout.columns[1:]] == [2019, 2020, 2019, 2020]


def test_spacer_column_shifts_nothing():
    table = spanned_table([
        plain(["No", "Program", "", "Anggaran (Rp)", "Realisasi (Rp)", "%"]),
        *[plain([str(i), f"Program {i}", "", f"{i}.000.000", f"{i}00.000", "10,00"]) for i in range(1, 5)],
    ])
    layout = layout_of(table)
    assert layout.columns_with("budget") == [3] and layout.columns_with("percent") == [5]
    assert layout.columns[2].kind is None and layout.columns[3].kind == AMOUNT
    assert layout.number(1, 4).value == 100000


def test_a_word_wrapped_in_a_narrow_header_cell_keeps_its_role():
    table = spanned_table([plain(["Indikator", "Targe t", "Realisasi s.d Tahun 2016"]),
                           plain(["Indeks", "80", "81"])])
    layout = layout_of(table)
    assert "target" in layout.columns[1].roles
    # "s.d" is not a wrapped letter: the realisation keeps its role and its year.
    assert "realisation" in layout.columns[2].roles and layout.columns[2].year == 2016


def test_a_row_under_an_unmerged_header_is_data_not_a_second_header_level():
    # A program row with no amounts, right under a header with no merged cell.
    table = spanned_table([
        plain(["No", "Uraian Program dan Kegiatan", "Target Anggaran (Rp)", "Realisasi Anggaran (Rp)", "%"]),
        [(0, "H"), (1, "Program Pengembangan Kompetensi Aparatur"), (2, ""), (3, ""), (4, "")],
        plain(["1", "Pembinaan dan Pengembangan Aparatur", "232,700,000", "207,875,500", "89.33"]),
        [(0, ""), (1, "TOTAL", 2, 1), (3, "x", 2, 1)],
    ])
    layout = layout_of(table)
    assert layout.header_rows == (0,)
    assert layout.data_rows[0] == 1


def test_a_total_row_with_empty_amounts_is_not_read_as_a_header_in_a_text_table():
    table = spanned_table([
        plain(["No", "Uraian Program dan Kegiatan", "Target Anggaran (Rp)"]),
        plain(["", "TOTAL ANGGARAN", ""]),
        plain(["I.", "BELANJA TIDAK LANGSUNG", "11,038,000,000"]),
    ])
    layout = layout_of(table)
    assert layout.header_rows == (0,) and layout.columns[1].label == "Uraian Program dan Kegiatan"


def test_value_kinds():
    assert value_kind("17.179.484.381") == AMOUNT
    assert value_kind("4,283,750,000", "en") == AMOUNT
    assert value_kind("98,80") == DECIMAL
    assert value_kind("100,00") == DECIMAL
    assert value_kind("97,5 %") == PERCENT
    assert value_kind("13.125 meter kubik") == QUANTITY
    assert value_kind("Kepala Bidang") == TEXT
    assert value_kind("-") is None and value_kind("") is None


def test_a_row_whose_values_slipped_a_column_is_left_out():
    rows = [plain(["No", "Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "%"])]
    rows += [plain([str(i), f"Kegiatan {i}", f"{i}.000.000", f"{i}00.000", "10,00"]) for i in range(1, 6)]
    # The budget cell is missing on this row, so every value sits one column to the left.
    rows.append(plain(["6", "Kegiatan 6", "600.000", "10,00", ""]))
    layout = layout_of(spanned_table(rows))
    assert layout.misaligned_rows == (6,)
    assert 6 not in layout.data_rows and len(layout.data_rows) == 5


def test_indicator_rows_of_other_units_are_not_misaligned():
    # Targets and realisations of indicators mix their units down the rows.
    rows = [plain(["Sasaran", "Indikator", "Target", "Realisasi", "%"])]
    rows += [plain(["S", f"Indikator {i}", "100 %", "100 %", "100 %"]) for i in range(1, 6)]
    rows.append(plain(["S", "Air embung", "13.125", "13.125", "100 %"]))
    layout = layout_of(spanned_table(rows))
    assert layout.misaligned_rows == ()
