from decimal import Decimal as D

from lkjip_lint.understand.layout import TableLayout
from lkjip_lint.understand.readings import (CONFIRMED, NAMED, NAMED_CONFIRMED, Candidate, Difference, Operand,
                                            Ratio, Share, choose, read_number)
from lkjip_lint.vocab import load_packs


def layout_of(table_from_rows, rows):
    return TableLayout(table_from_rows(rows), load_packs()["vocabulary"], "id")


def test_cells_read_with_a_detached_sign_a_plus_or_a_footnote_mark():
    assert read_number("- 28,39%", "id").value == D("-28.39")
    assert read_number("+7", "id").value == 7
    assert read_number("12.540.550 *)", "id").value == 12540550
    assert read_number("B (72,1%)", "id").value == D("72.1")
    assert read_number("--", "id") is None and read_number("-", "id") is None


HEADER = ["No", "Uraian", "A", "B", "C"]


def test_the_reading_most_rows_follow_wins_and_breaking_rows_are_kept(table_from_rows):
    layout = layout_of(table_from_rows, [
        HEADER, ["1", "x", "10", "4", "6"], ["2", "y", "9", "2", "7"], ["3", "z", "5", "5", "0"], ["4", "w", "8", "1", "9"],
    ])
    a, b = Operand((2,), "A"), Operand((3,), "B")
    reading = choose(layout, 4, [Candidate(Ratio(a, b), named=True), Candidate(Difference(a, b))], layout.data_rows)
    assert reading.formula.kind == "difference" and reading.certainty == CONFIRMED
    assert (reading.holding, reading.applicable) == (3, 4)
    assert [r.row for r in reading.broken] == [4]
    assert reading.broken[0].expected.value == 7


def test_a_named_reading_stands_on_few_rows_and_falls_when_most_rows_refuse_it(table_from_rows):
    a, b = Operand((2,), "A"), Operand((3,), "B")
    two_rows = layout_of(table_from_rows, [HEADER, ["1", "x", "50", "100", "10"], ["2", "y", "30", "60", "50"]])
    reading = choose(two_rows, 4, [Candidate(Ratio(a, b), named=True)], two_rows.data_rows)
    assert reading.certainty == NAMED and len(reading.broken) == 1
    refused = layout_of(table_from_rows, [HEADER] + [[str(i), "x", "50", "100", "100"] for i in range(1, 6)])
    assert choose(refused, 4, [Candidate(Ratio(a, b), named=True)], refused.data_rows) is None
    confirmed = layout_of(table_from_rows, [HEADER] + [[str(i), "x", "50", "100", "50"] for i in range(1, 4)])
    assert choose(confirmed, 4, [Candidate(Ratio(a, b), named=True)], confirmed.data_rows).certainty == NAMED_CONFIRMED


def test_a_share_finds_the_total_the_printed_shares_agree_on(table_from_rows):
    layout = layout_of(table_from_rows, [
        HEADER, ["1", "x", "250", "0", "25,00"], ["2", "y", "125", "0", "12,50"], ["3", "z", "600", "0", "60,00"],
        ["4", "w", "25", "0", "2,50"],
    ])
    reading = choose(layout, 4, [Candidate(Share(Operand((2,), "A")), named=True)], layout.data_rows)
    assert reading.holding == 4 and abs(reading.formula.total - 1000) < 1  # a total all four shares allow


def test_an_operand_printed_at_a_lower_precision_widens_what_is_accepted(table_from_rows):
    layout = layout_of(table_from_rows, [HEADER, ["1", "x", "66,7", "70", "95,24"]])
    reading = choose(layout, 4, [Candidate(Ratio(Operand((2,), "A"), Operand((3,), "B")), named=True)],
                     layout.data_rows)
    assert reading.broken == []
