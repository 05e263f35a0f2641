"""A change column computed under one wrong formula throughout is understood, and its
slip named; a column no wrong formula explains is not."""

from lkjip_lint.understand.change_errors import LessHundred, find_slip, needs_explaining
from lkjip_lint.understand.layout import TableLayout
from lkjip_lint.understand.readings import NAMED, NAMED_CONFIRMED, Candidate, Change, Operand, Ratio, choose
from lkjip_lint.vocab import load_packs

HEADER = ["No", "Indikator", "Tahun N-1", "Tahun N", "Perubahan %"]
OLD, NEW = Operand((2,), "Tahun N-1"), Operand((3,), "Tahun N")
CHANGE = Change(NEW, OLD)


def layout_of(table_from_rows, values):
    rows = [HEADER] + [[str(i), f"Indikator {i}", *row] for i, row in enumerate(values, 1)]
    return TableLayout(table_from_rows(rows), load_packs()["vocabulary"], "id")


def test_a_change_printed_as_the_value_less_a_hundred_is_that_slip(table_from_rows):
    layout = layout_of(table_from_rows, [("71,43", "71,61", "- 28,39%"), ("9,57", "9,53", "- 90,47%"),
                                         ("17.259,19", "17.306,59", "17.206,59"), ("0,267", "0,262", "- 99,738%")])
    slip = find_slip(layout, 4, [CHANGE], layout.data_rows)
    assert isinstance(slip.formula, LessHundred) and slip.formula.operands == (NEW,)
    assert (slip.holding, slip.applicable, slip.rows) == (4, 4, frozenset(layout.data_rows))
    assert slip.formula.describe() == "Tahun N − 100"


def test_the_earlier_value_less_a_hundred_and_the_ratio_are_slips_too(table_from_rows):
    earlier = layout_of(table_from_rows, [("80", "90", "-20"), ("60", "75", "-40"), ("50", "45", "-50")])
    assert find_slip(earlier, 4, [CHANGE], earlier.data_rows).formula.operands == (OLD,)
    ratio = layout_of(table_from_rows, [("80", "90", "112,50"), ("60", "75", "125,00"), ("50", "45", "90,00"),
                                        ("40", "48", "120,00")])
    slip = find_slip(ratio, 4, [CHANGE], ratio.data_rows)
    assert isinstance(slip.formula, Ratio) and slip.holding == 4


def test_a_slip_must_hold_exactly_in_most_rows_and_three_at_least(table_from_rows):
    two = layout_of(table_from_rows, [("80", "90", "-10"), ("60", "75", "-25")])
    assert find_slip(two, 4, [CHANGE], two.data_rows) is None
    half = layout_of(table_from_rows, [("80", "90", "-10"), ("60", "75", "-25"), ("50", "45", "-55"),
                                       ("40", "48", "7"), ("70", "77", "3"), ("10", "12", "4")])
    assert find_slip(half, 4, [CHANGE], half.data_rows) is None
    # 90 − 100 is −10 but −10,4 is no rounding or truncation of it
    inexact = layout_of(table_from_rows, [("80", "90", "-10,4"), ("60", "75", "-25,4"), ("50", "45", "-55,4")])
    assert find_slip(inexact, 4, [CHANGE], inexact.data_rows) is None


def test_a_column_printed_a_hundred_on_every_row_follows_no_slip(table_from_rows):
    layout = layout_of(table_from_rows, [("80", "90", "100,00"), ("60", "75", "100,00"), ("50", "45", "100,00"),
                                         ("40", "48", "100,00")])
    assert find_slip(layout, 4, [CHANGE], layout.data_rows) is None


def test_rows_right_under_the_change_are_no_evidence_of_a_slip(table_from_rows):
    # 100 → 100: the change is 0 and 100 − 100 is 0 too.
    layout = layout_of(table_from_rows, [("100", "100", "0"), ("100", "100", "0"), ("100", "100", "0"),
                                         ("80", "90", "-10")])
    assert find_slip(layout, 4, [CHANGE], layout.data_rows) is None


def test_only_a_reading_the_rows_do_not_confirm_needs_explaining(table_from_rows):
    layout = layout_of(table_from_rows, [("80", "90", "12,50"), ("60", "75", "25,00"), ("50", "45", "-10,00")])
    confirmed = choose(layout, 4, [Candidate(CHANGE, named=True, plain=True, only_operands=True)], layout.data_rows)
    assert confirmed.certainty == NAMED_CONFIRMED and not needs_explaining(confirmed)
    broken = layout_of(table_from_rows, [("80", "90", "-10"), ("60", "75", "-25"), ("50", "45", "-55")])
    named = choose(broken, 4, [Candidate(CHANGE, named=True, plain=True, only_operands=True)], broken.data_rows)
    assert named.certainty == NAMED and needs_explaining(named) and needs_explaining(None)
