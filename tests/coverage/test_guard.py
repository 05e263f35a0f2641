"""The guard: checks absurd in a pattern are a misreading, not errors, and are not kept."""

from spanned_tables import plain, spanned_table

from lkjip_lint.checks import derived
from lkjip_lint.config import Config
from lkjip_lint.coverage.guard import COMPUTED_ZERO, EVERY_ROW, MAGNITUDE, PARTIAL_SUM, guard
from lkjip_lint.engine import check_dossier
from lkjip_lint.findings import make_finding
from lkjip_lint.model import Location
from lkjip_lint.understand.facts import Facts
from lkjip_lint.understand.layout import TableLayout
from lkjip_lint.vocab import load_packs

VOCABULARY = load_packs().get("vocabulary", {})


def budget_layout(rows: int = 6) -> TableLayout:
    table = spanned_table([plain(["No", "Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "%"])]
                          + [plain([str(i), f"Kegiatan {i}", "1.000.000", "900.000", "90,00"])
                             for i in range(1, rows + 1)], file="lkjip.pdf")
    return TableLayout(table, VOCABULARY, "id")


def percentage_finding(row: int, found: str, expected: str, column: int = 5):
    return make_finding("LKJ101", Location(file="lkjip.pdf", table=1, row=row, column=column), "percentage-mismatch",
                        found=found, expected=expected)


def test_every_row_of_a_column_disagreeing_is_a_misread_column():
    layout = budget_layout()
    findings = [percentage_finding(r, "100,00", "90,00 %") for r in range(2, 8)]
    other = make_finding("LKJ102", Location(file="lkjip.pdf", table=1, row=2, column=3), "group-sum-mismatch",
                         found="1.000.000", expected="1.100.000")
    kept, notes = guard(findings + [other], [layout])
    assert kept == [other]  # only the column is left out, not the table
    [note] = notes
    assert (note.pattern, note.rule, note.column, note.column_label, note.rows, note.of_rows, note.dropped) == \
        (EVERY_ROW, "LKJ101", 5, "%", 6, 6, 6)


def change_finding(row: int, found: str, expected: str, **params):
    return make_finding("LKJ105", Location(file="lkjip.pdf", table=1, row=row, column=5), "change-mismatch",
                        found=found, expected=expected, **params)


def test_a_column_whose_rows_follow_a_named_wrong_formula_is_kept():
    layout = budget_layout()
    explained = [change_finding(r, f"-{r}0,00", "12,50 %", slip="Realisasi − 100") for r in range(2, 7)]
    plain = change_finding(7, "7,00", "12,50 %")
    assert guard(explained + [plain], [layout]) == (explained + [plain], [])
    unexplained = [change_finding(r, f"-{r}0,00", "12,50 %") for r in range(2, 8)]
    kept, [note] = guard(unexplained, [layout])
    assert kept == [] and note.pattern == EVERY_ROW


def test_a_few_rows_disagreeing_are_kept():
    layout = budget_layout()
    findings = [percentage_finding(r, "100,00", "90,00 %") for r in (2, 4, 6)]
    assert guard(findings, [layout]) == (findings, [])


def test_computed_zero_or_a_hundredfold_leaves_the_whole_table_out():
    layout = budget_layout()
    zero = [percentage_finding(r, "98,80", "0,00 %") for r in range(2, 7)]
    sums = make_finding("LKJ102", Location(file="lkjip.pdf", table=1, row=2, column=3), "group-sum-mismatch",
                        found="1.000.000", expected="1.100.000")
    kept, [note] = guard(zero + [sums], [layout])
    assert kept == [] and note.pattern == COMPUTED_ZERO and note.column is None and note.dropped == 6
    magnitude = [percentage_finding(r, "98,80", "9.880,00 %") for r in range(2, 7)]
    kept, [note] = guard(magnitude, [layout])
    assert kept == [] and note.pattern == MAGNITUDE


def test_a_sum_whose_parts_are_a_tenth_of_it_is_a_partial_listing():
    partial = make_finding("LKJ102", Location(file="lkjip.pdf", table=1, row=2, column=3), "group-sum-mismatch",
                           found="2.360.141.080", expected="18.400.000")
    close = make_finding("LKJ102", Location(file="lkjip.pdf", table=1, row=4, column=3), "group-sum-mismatch",
                         found="2.360.141.080", expected="2.350.141.080")
    kept, [note] = guard([partial, close], [budget_layout()])
    assert kept == [close] and note.pattern == PARTIAL_SUM


def test_the_engine_guards_every_rule_and_says_so_in_the_coverage(document_of):
    # A change column printed 100,00 on every row beside realisations that vary: the header
    # names the change and the table offers no other operands, so the rule reads every row
    # as broken; the guard sees a misread column, not five errors.
    rows = [plain(["No", "Indikator", "Realisasi 2015", "Realisasi 2016", "Perubahan (%)"])]
    for i, (old, new) in enumerate([("80", "90"), ("60", "75"), ("50", "45"), ("40", "48"), ("70", "77")], 1):
        rows.append(plain([str(i), f"Indikator {i}", old, new, "100,00"]))
    document = document_of("Laporan kinerja, perbandingan realisasi", spanned_table(rows, file="report.txt"))
    unguarded = list(derived.check(Facts([document], load_packs()), Config()))
    assert len(unguarded) == 5 and {f.rule for f in unguarded} == {"LKJ105"}
    findings, coverage = check_dossier([document], Config())
    assert [f for f in findings if f.rule == "LKJ105"] == []
    [left_out] = coverage["left_out"]
    assert (left_out["reason"], left_out["rule"], left_out["pattern"], left_out["column"], left_out["count"],
            left_out["of"]) == ("guard", "LKJ105", EVERY_ROW, "Perubahan (%)", 5, 5)


def test_a_share_column_whose_parts_are_all_equal_tells_no_total(document_of):
    # Equal budgets each printed 100,00 fit "a share of a total equal to each of them":
    # that is no evidence of a share, and the realisation ratio they break is not confirmed.
    rows = [plain(["No", "Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "Capaian (%)"])]
    for i, spent in enumerate(["900.000.000", "750.000.000", "975.000.000", "800.000.000", "620.000.000"], 1):
        rows.append(plain([str(i), f"Kegiatan {i}", "1.000.000.000", spent, "100,00"]))
    document = document_of("Laporan kinerja, realisasi anggaran", spanned_table(rows, file="report.txt"))
    facts = Facts([document], load_packs())
    assert [d.reading for d in facts.derived_columns] == [None]
