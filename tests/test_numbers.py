from __future__ import annotations

from decimal import Decimal

import pytest

from lkjip_lint.numbers import (
    Number,
    consistent,
    find_numbers,
    format_number,
    infer_style,
    parse_number,
    percent_of,
)

D = Decimal


# --- parse_number: formats ---------------------------------------------------------

@pytest.mark.parametrize(
    "text, value, exponent, percent, currency, unit",
    [
        ("14.463.930.781", "14463930781", 0, False, False, None),
        ("Rp. 17.255.971.010", "17255971010", 0, False, True, None),
        ("Rp17.737.152.310", "17737152310", 0, False, True, None),
        ("Rp 100.000", "100000", 0, False, True, None),
        ("RP 5", "5", 0, False, True, None),
        ("2.592.320.000,-", "2592320000", 0, False, True, None),
        ("106.439.453.000,00", "106439453000.00", -2, False, False, None),
        ("1,004,422,800", "1004422800", 0, False, False, None),
        ("12.245,50", "12245.50", -2, False, False, None),
        ("1,234.5", "1234.5", -1, False, False, None),
        ("72,1%", "72.1", -1, True, False, None),
        ("99.92 %", "99.92", -2, True, False, None),
        ("73.49 %", "73.49", -2, True, False, None),
        ("100 %", "100", 0, True, False, None),
        ("75 persen", "75", 0, True, False, None),
        ("Rp 1,2 miliar", "1200000000", 8, False, True, None),
        ("Rp 1,25 juta", "1250000", 4, False, True, None),
        ("3 ribu", "3000", 3, False, False, None),
        ("2 milyar", "2000000000", 9, False, False, None),
        ("1,5 triliun", "1500000000000", 11, False, False, None),
        ("4 trilyun", "4000000000000", 12, False, False, None),
        ("13.000 Berkas", "13000", 0, False, False, "berkas"),
        ("742 org", "742", 0, False, False, "org"),
        ("742 org.", "742", 0, False, False, "org"),
        ("13 Sub Kegiatan", "13", 0, False, False, "sub kegiatan"),
        ("2 juta orang", "2000000", 6, False, False, "orang"),
        ("-5,5", "-5.5", -1, False, False, None),
        ("\u22125,5", "-5.5", -1, False, False, None),
        ("Rp -1.000", "-1000", 0, False, True, None),
        ("0,5", "0.5", -1, False, False, None),
        ("0.5", "0.5", -1, False, False, None),
        ("0,500", "0.500", -3, False, False, None),
        ("0.500", "0.500", -3, False, False, None),
        ("1234,567", "1234.567", -3, False, False, None),
        ("2014", "2014", 0, False, False, None),
        ("  106,86  ", "106.86", -2, False, False, None),
    ],
)
def test_parse_number_formats(text, value, exponent, percent, currency, unit):
    number = parse_number(text)
    assert number is not None
    assert number.value == D(value)
    assert number.exponent == exponent
    assert number.decimals == max(0, -exponent)
    assert (number.percent, number.currency, number.unit) == (percent, currency, unit)
    assert not number.ambiguous
    assert number.raw == text.strip()
    assert text[number.start:number.end] == number.raw


def test_parse_keeps_printed_trailing_zeros():
    assert str(parse_number("106.439.453.000,00").value) == "106439453000.00"
    assert str(parse_number("0,500").value) == "0.500"


@pytest.mark.parametrize(
    "text",
    ["", "   ", "abc", "Rp", "-", "%", "(1)", "(1.234)", "1.234.56", "14.01.2022",
     "14 Januari", "5 dari 10", "2016-2021", "PP53", "5th", "75% dari pagu", "1 2"],
)
def test_parse_number_rejects_what_is_not_one_number(text):
    assert parse_number(text) is None


@pytest.mark.parametrize(
    "text, value, exponent, percent",
    [
        ("- 28,39%", "-28.39", -2, True),
        ("\u2013 5,2", "-5.2", -1, False),
        ("\u2212 0,262", "-0.262", -3, False),
        ("-\u00a017.206,59", "-17206.59", -2, False),
        ("  - 99,73 %  ", "-99.73", -2, True),
    ],
)
def test_a_minus_set_apart_at_the_start_of_a_value_is_its_sign(text, value, exponent, percent):
    number = parse_number(text)
    assert (number.value, number.exponent, number.percent) == (D(value), exponent, percent)
    assert number.raw == text.strip() and text[number.start:number.end] == number.raw


def test_a_detached_minus_keeps_both_readings_of_an_ambiguous_value():
    number = parse_number("- 3,200")
    assert number.ambiguous and number.alternatives == (D("-3.200"), D("-3200"))


@pytest.mark.parametrize("text", ["-", " - ", "\u2013", "- 5 Dokumen", "- Rp 5", "2016 - 2021", "- - 5", "5 -"])
def test_a_dash_alone_or_as_a_list_mark_is_no_negative_number(text):
    assert parse_number(text) is None


# --- separator decisions -------------------------------------------------------------

@pytest.mark.parametrize(
    "text, style, value, exponent",
    [
        ("13.000", None, "13000", 0),
        ("13.000", "id", "13000", 0),
        ("13.000", "en", "13.000", -3),
        ("3.200", None, "3200", 0),
        ("3,200", "id", "3.200", -3),
        ("3,200", "en", "3200", 0),
        # unambiguous strings ignore the style
        ("1.240.488.150", "en", "1240488150", 0),
        ("1,004,422,800", "id", "1004422800", 0),
        ("72,1", "en", "72.1", -1),
        ("99.92", "id", "99.92", -2),
        ("12.245,50", "en", "12245.50", -2),
        ("1,234.5", "id", "1234.5", -1),
        ("0,500", "en", "0.500", -3),
        ("0.500", "id", "0.500", -3),
        ("1.2345", None, "1.2345", -4),
    ],
)
def test_separator_decisions(text, style, value, exponent):
    number = parse_number(text, style)
    assert number is not None and not number.ambiguous
    assert number.value == D(value)
    assert number.exponent == exponent


def test_comma_with_three_digits_is_ambiguous_without_style():
    number = parse_number("3,200")
    assert number.ambiguous
    assert number.value is None
    assert number.alternatives == (D("3.2"), D("3200"))
    assert [(r.value, r.exponent) for r in number.readings()] == [(D("3.200"), -3), (D(3200), 0)]
    assert all(not r.ambiguous for r in number.readings())


def test_ambiguous_reading_carries_sign_scale_and_flags():
    number = parse_number("Rp -3,200 juta")
    assert number.ambiguous and number.currency
    assert number.alternatives == (D("-3200000"), D("-3200000000"))
    assert [r.exponent for r in number.readings()] == [3, 6]


def test_decided_number_reads_as_itself():
    number = parse_number("3,200", "id")
    assert number.readings() == (number,)
    assert number.alternatives == ()


# --- find_numbers ----------------------------------------------------------------------

def _summary(numbers: list[Number]) -> list[tuple]:
    return [(n.raw, n.value, n.exponent, n.percent, n.currency, n.unit) for n in numbers]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "dana dalam APBD Tahun Anggaran 2021 sebesar Rp 14.463.930.781 (82.04%) "
            "merupakan Belanja Langsung",
            [
                ("2021", D(2021), 0, False, False, None),
                ("Rp 14.463.930.781", D(14463930781), 0, False, True, None),
                ("82.04%", D("82.04"), -2, True, False, None),
            ],
        ),
        (
            "Peraturan Menteri Dalam Negeri Nomor 53 Tahun 2014 tentang Petunjuk Teknis",
            [("53", D(53), 0, False, False, None), ("2014", D(2014), 0, False, False, None)],
        ),
        (
            "sebesar Rp 1,2 miliar atau 75% dari pagu",
            [
                ("Rp 1,2 miliar", D("1.2E9"), 8, False, True, None),
                ("75%", D(75), 0, True, False, None),
            ],
        ),
        ("13.000 Berkas", [("13.000 Berkas", D(13000), 0, False, False, "berkas")]),
        (
            "Th. 2018 (n-1)",
            [("2018", D(2018), 0, False, False, None), ("1", D(1), 0, False, False, None)],
        ),
        (
            "pada 14 Januari 2022 pukul 08.00",
            [
                ("14", D(14), 0, False, False, None),
                ("2022", D(2022), 0, False, False, None),
                ("08.00", D("8.00"), -2, False, False, None),
            ],
        ),
        (
            "RPJMD 2016-2021",
            [("2016", D(2016), 0, False, False, None), ("2021", D(2021), 0, False, False, None)],
        ),
        (
            "NIP. 19640101 199302 1 004",
            [
                ("19640101", D(19640101), 0, False, False, None),
                ("199302", D(199302), 0, False, False, None),
                ("1", D(1), 0, False, False, None),
                ("004", D(4), 0, False, False, None),
            ],
        ),
        (
            "turun -5,5 poin (1.234) dari 742 org dan 5 Tahun",
            [
                ("-5,5", D("-5.5"), -1, False, False, None),
                ("1.234", D(1234), 0, False, False, None),
                ("742 org", D(742), 0, False, False, "org"),
                ("5", D(5), 0, False, False, None),
            ],
        ),
        (
            "Tabel 3.1 Capaian PP53 ke-5",
            [("3.1", D("3.1"), -1, False, False, None), ("5", D(5), 0, False, False, None)],
        ),
        (
            "Rp. 2.592.320.000,- dan 99.92 % serta 100 persen",
            [
                ("Rp. 2.592.320.000,-", D(2592320000), 0, False, True, None),
                ("99.92 %", D("99.92"), -2, True, False, None),
                ("100 persen", D(100), 0, True, False, None),
            ],
        ),
        ("tanggal 14.01.2022", [
            ("14", D(14), 0, False, False, None),
            ("01", D(1), 0, False, False, None),
            ("2022", D(2022), 0, False, False, None),
        ]),
        ("tidak ada angka", []),
    ],
)
def test_find_numbers(text, expected):
    numbers = find_numbers(text)
    assert _summary(numbers) == expected
    for number in numbers:
        assert text[number.start:number.end] == number.raw


def test_find_numbers_uses_style_for_ties():
    assert find_numbers("naik 3,200 kali")[0].ambiguous
    assert find_numbers("naik 3,200 kali", "id")[0].value == D("3.2")
    assert find_numbers("naik 3,200 kali", "en")[0].value == D(3200)
    assert find_numbers("naik 3,200 kali", "en")[0].unit == "kali"


def test_find_numbers_does_not_take_unknown_words_as_units():
    assert find_numbers("53 Tahun")[0].unit is None
    assert find_numbers("14 Januari")[0].unit is None
    assert find_numbers("5 inovasi")[0].unit == "inovasi"


# --- consistent ----------------------------------------------------------------------

@pytest.mark.parametrize(
    "printed, computed, expected",
    [
        ("106.86", D("106.8667"), True),   # truncated
        ("106,87", D("106.8667"), True),   # rounded
        ("106.88", D("106.8667"), False),
        ("106.85", D("106.8667"), False),
        ("6.26", D("6.2653"), True),
        ("996.22", D("100.7445"), False),
        ("98", D("97.64"), True),          # rounded up
        ("97", D("97.64"), True),          # truncated
        ("96", D("97.64"), False),
        ("99", D("97.64"), False),
        ("73.49", D("95.65"), False),
        ("100,75", D("100.745"), True),    # half-up at the boundary
        ("100,74", D("100.745"), True),
        ("100,76", D("100.745"), False),
        ("100,74", D("100.75"), False),    # upper bound is open
        ("14.463.930.781", 14463930781, True),
        ("14.463.930.781", 14463930780, False),
        ("106.439.453.000,00", D("106439453000.004"), True),
        ("106.439.453.000,00", D("106439453000.01"), False),
        ("Rp 1,2 miliar", 1_249_999_999, True),
        ("Rp 1,2 miliar", 1_150_000_000, True),
        ("Rp 1,2 miliar", 1_149_999_999, False),
        ("Rp 1,2 miliar", 1_300_000_000, False),
        ("72,1%", 72.16, True),
        ("72,1%", 0.721, False),          # percent values compare as printed
        ("0,3", 0.1 + 0.2, True),         # floats go through str
        ("0", D("0.9"), True),
        ("0", D("-0.9"), True),
        ("0", 1, False),
        ("0", -1, False),
    ],
)
def test_consistent(printed, computed, expected):
    assert consistent(parse_number(printed), computed) is expected


@pytest.mark.parametrize(
    "printed, computed, expected",
    [
        ("-5,5", D("-5.54"), True),   # truncated toward zero
        ("-5,5", D("-5.56"), True),   # truncated toward zero
        ("-5,5", D("-5.45"), True),   # half rounds away from zero
        ("-5,5", D("-5.6"), False),
        ("-5,5", D("-5.44"), False),
        ("-5,5", D("5.5"), False),
        ("-98", D("-97.5"), True),
        ("-98", D("-97.4"), False),
    ],
)
def test_consistent_with_negative_values(printed, computed, expected):
    assert consistent(parse_number(printed), computed) is expected


@pytest.mark.parametrize(
    "printed, computed, slack, expected",
    [
        ("100", D("98.9"), D("0.5"), False),
        ("100", D("99.0"), D("0.5"), True),
        ("100", D("101.5"), D("0.5"), False),
        ("100", D("101.4"), D("0.5"), True),
        ("100", 101.4, 0.5, True),
        ("1.000", 1003, 3, True),
        ("1.000", 1004, 3, False),
    ],
)
def test_consistent_with_slack(printed, computed, slack, expected):
    assert consistent(parse_number(printed), computed, slack) is expected


def test_consistent_ambiguous_matches_any_reading():
    stated = parse_number("3,200")
    assert consistent(stated, D("3.2004"))
    assert consistent(stated, 3200)
    assert not consistent(stated, 320)


def test_consistent_rejects_bad_input():
    with pytest.raises(ValueError):
        consistent(parse_number("5"), 5, -1)
    with pytest.raises(ValueError):
        consistent(Number(value=None, exponent=0, raw="?"), 5)
    assert not consistent(parse_number("5"), float("nan"))


# --- infer_style -----------------------------------------------------------------------

@pytest.mark.parametrize(
    "texts, expected",
    [
        (["1.240.488.150", "12.245,50", "73,49"], "id"),
        (["Rp 14.463.930.781", "82,04 %"], "id"),
        (["0,500"], "id"),
        (["1,004,422,800", "1,234.5"], "en"),
        (["Rp 1,004,422,800", "99.92 %"], "en"),
        (["1.240.488.150", "1,004,422,800"], None),
        (["1.240.488.150", "2.000.000", "1,004,422,800"], "id"),
        (["1,004,422,800", "1,234.5", "73,49"], "en"),
        # neither a lone decimal point nor "3,200" nor "13.000" proves anything
        (["99.92", "72.1 %", "Tabel 3.1", "3,200", "13.000", "2021"], None),
        ([], None),
        (["14.01.2022"], None),
    ],
)
def test_infer_style(texts, expected):
    assert infer_style(texts) == expected


def test_infer_style_counts_every_number_in_a_string():
    assert infer_style(["1.000.000 dan 2.000.000 atau 1,234.5"]) == "id"
    assert infer_style("1,004,422,800") == "en"


# --- format_number and percent_of --------------------------------------------------------

@pytest.mark.parametrize(
    "value, decimals, style, expected",
    [
        (D(3094283480), 0, "id", "3.094.283.480"),
        (D(3094283480), 0, "en", "3,094,283,480"),
        (D("100.7445"), 2, "id", "100,74"),
        (D("100.7445"), 2, "en", "100.74"),
        (D("100.745"), 2, "id", "100,75"),     # half-up, not half-even
        (D("0.125"), 2, "en", "0.13"),
        (2.675, 2, "en", "2.68"),              # via str, not binary 2.67499...
        (D("-1234.5"), 1, "id", "-1.234,5"),
        (D("-0.001"), 2, "id", "0,00"),
        (D("12245.5"), 2, "id", "12.245,50"),
        (999, 0, "id", "999"),
        (D("1.2E+9"), 0, "id", "1.200.000.000"),
    ],
)
def test_format_number(value, decimals, style, expected):
    assert format_number(value, decimals, style) == expected


def test_format_number_round_trips_through_parse():
    text = format_number(D("106439453000.00"), 2, "id")
    assert parse_number(text).value == D("106439453000.00")


def test_format_number_rejects_unknown_style():
    with pytest.raises(ValueError):
        format_number(1, 0, "fr")


@pytest.mark.parametrize(
    "part, whole, expected",
    [
        (1, 4, D(25)),
        (D("106439453000"), D("100000000000"), D("106.439453")),
        (D("14463930781"), D("17630000000"), D("14463930781") * 100 / D("17630000000")),
        (0, 7, D(0)),
    ],
)
def test_percent_of(part, whole, expected):
    assert percent_of(part, whole) == expected


def test_percent_of_is_not_rounded_to_display_precision():
    result = percent_of(1, 3)
    assert result != D("33.33")
    assert str(result).startswith("33.3333333333333333333")
    assert consistent(parse_number("33,33 %"), result)
    assert consistent(parse_number("33,34 %"), percent_of(2, 6) + D("0.005"))


def test_percent_of_zero_whole():
    with pytest.raises(ZeroDivisionError):
        percent_of(1, 0)


def test_a_digit_run_longer_than_any_amount_is_not_a_number():
    assert parse_number("1" * 29) is None
    assert parse_number("1" * 28).value == Decimal("1" * 28)
