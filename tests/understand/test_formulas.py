from decimal import Decimal

import pytest

from lkjip_lint.understand.formulas import find_formulas

D = Decimal


@pytest.mark.parametrize("text, shown, value", [
    ("Berdasarkan data tersebut, capaian kinerjanya dihitung sebagai berikut: 66 / 32 x 100 % = 206,25%",
     "66 / 32 × 100 %", D("206.25")),
    ("persentase APM = (36.743 Penduduk usia 7 s.d 12 tahun yang sekolah / 39.834 Penduduk usia 7 s.d 12 tahun "
     "di Tanah Datar) x 100 = 92.22", "(36.743 / 39.834) × 100", D("92.2402972")),
    ("Sisa anggaran Rp 1.200.000 - Rp 200.000 = Rp 1.000.000", "Rp 1.200.000 − Rp 200.000", D(1000000)),
    ("nilai IKM = 3,305 x 25 = 82,63", "3,305 × 25", D("82.625")),
    ("Rata-rata = (1.250 + 750) / 4 = 500", "(1.250 + 750) / 4", D(500)),
    ("Capaian = (2 - 2,80 / 3,50) x 100% = 120,00%", "(2 − 2,80 / 3,50) × 100%", D(120)),
])
def test_arithmetic_in_a_sentence_is_read(text, shown, value):
    [formula] = find_formulas(text, "id")
    assert formula.shown == shown
    assert any(abs(v - value) < D("0.0001") for v in formula.values)


@pytest.mark.parametrize("text", [
    "Capaian = Realisasi / Target x 100%",  # a formula in words
    "Rumus capaian = realisasi / target",
    "Periode Renstra 2016-2021 = 6 tahun",  # a range, not a subtraction
    "Perbandingan s/d 2020 = 100 %",  # "s/d" is a word
    "Pada tahun 2019, BUMDes aktif ditargetkan 32 desa dan terealisasi 66 desa = 206 %",  # no operator
    "Target 80 % = tercapai",
])
def test_text_that_only_looks_like_arithmetic_is_no_formula(text):
    assert find_formulas(text, "id") == []


def test_earlier_figures_of_the_sentence_are_no_operands():
    """"Pada tahun 2019 … 66 / 32 x 100 % = …": the expression starts at 66, not at 2019."""
    [formula] = find_formulas("Pada tahun 2019 BUMDes yang aktif ditargetkan 32 desa, sehingga capaian "
                              "66 / 32 x 100 % = 206,25 %", "id")
    assert formula.shown == "66 / 32 × 100 %"


def test_the_second_of_two_equals_signs_reads_from_the_first():
    formulas = find_formulas("Capaian = 72,1 / 80 = 0,90125 x 100 = 90,13", "id")
    assert [f.shown for f in formulas] == ["72,1 / 80", "0,90125 × 100"]
