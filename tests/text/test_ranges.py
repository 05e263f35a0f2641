from decimal import Decimal

import pytest

from lkjip_lint.numbers import find_numbers
from lkjip_lint.text.ranges import Range, is_bound, read_range

D = Decimal
INF = None


@pytest.mark.parametrize("text, bounds", [
    ("Lebih dari 100 %", Range(D(100), INF, low_open=True)),
    ("76 % s/d 100 %", Range(D(76), D(100))),
    ("55 % s.d. 75 %", Range(D(55), D(75))),
    ("Kurang dari 55 %", Range(INF, D(55), high_open=True)),
    ("≥ 91", Range(D(91), INF)),
    ("76 – 90", Range(D(76), D(90))),
    ("91 - 100", Range(D(91), D(100))),
    ("> 100", Range(D(100), INF, low_open=True)),
    ("< 55", Range(INF, D(55), high_open=True)),
    ("x ≤ 50", Range(INF, D(50))),
    ("90 < x ≤ 100", Range(D(90), D(100), low_open=True)),
    ("85 persen ke atas", Range(D(85), INF)),
    ("88,31 – 100,00", Range(D("88.31"), D("100.00"), decimals=2)),
])
def test_band_texts(text, bounds):
    assert read_range(text) == bounds


@pytest.mark.parametrize("text, bounds", [
    ("91 ≤ x", Range(D(91), INF)),
    ("91 < x", Range(D(91), INF, low_open=True)),
    ("100 ≥ x", Range(INF, D(100))),
    ("76 ≤ x < 91", Range(D(76), D(91), high_open=True)),
    ("85% ≤ x < 100%", Range(D(85), D(100), high_open=True)),
    ("90 < x ≤ 100", Range(D(90), D(100), low_open=True)),
    ("100 > x ≥ 85", Range(D(85), D(100), high_open=True)),
    ("x ≥ 100%", Range(D(100), INF)),
    ("x >= 91", Range(D(91), INF)),
    ("91 <= x", Range(D(91), INF)),
    ("x > 100", Range(D(100), INF, low_open=True)),
    ("x < 51", Range(INF, D(51), high_open=True)),
    ("x ≤ 50 %", Range(INF, D(50))),
    ("91≤x<100", Range(D(91), D(100), high_open=True)),
    ("Capaian ≥ 91", Range(D(91), INF)),
    ("lebih dari atau sama dengan 91 persen", Range(D(91), INF)),
    ("antara 76 dan 90", Range(D(76), D(90))),
    ("50 % ke bawah", Range(INF, D(50))),
])
def test_inequalities_written_either_way_round(text, bounds):
    assert read_range(text) == bounds


@pytest.mark.parametrize("text", [
    "Nomor 53 Tahun 2014", "1.", "SANGAT BAIK", "100 - 76", "2016-2021 dan 2022", "Rp 1.000.000", "",
    "91 ≤ x ≤ 80", "76 ≤ x > 90", "x ≥ 76 dan x < 91", "91 ≤ y",
])
def test_texts_that_are_not_bands(text):
    assert read_range(text) is None


@pytest.mark.parametrize("text, low, high, percent, unit", [
    ("≥ 80 %", D(80), None, True, None),
    ("min. 80", D(80), None, False, None),
    ("maks 5 hari", None, D(5), False, "hari"),
    ("80 - 90 orang", D(80), D(90), False, "orang"),
    ("80 s/d 90 %", D(80), D(90), True, None),
    ("2 hingga 4", D(2), D(4), False, None),
])
def test_targets_written_as_ranges(text, low, high, percent, unit):
    found = read_range(text)
    assert (found.low, found.high, found.percent, found.unit) == (low, high, percent, unit)


@pytest.mark.parametrize("text, bound", [
    ("capaian lebih dari 100 % adalah sangat baik", True),
    ("antara 76 % s/d 100 % termasuk baik", True),
    ("capaian 85 % ke atas", True),
    ("rata-rata capaian sebesar 72 %, berhasil", False),
    ("capaian 90 % dan predikat baik", False),
])
def test_a_percentage_that_is_a_bound(text, bound):
    number = next(n for n in find_numbers(text) if n.percent)
    assert is_bound(text, number) == bound
