import pytest

from lkjip_lint.text.markers import (
    ARABIC, DOTTED, LOWER, UPPER_ROMAN, is_row_marker, label_text, numeral_value, parse_label, roman_value,
    row_marker_class, split_row_marker, strip_label,
)


@pytest.mark.parametrize("text, raw, kind, value, rest", [
    ("1. Kegiatan : Koordinasi", "1.", ARABIC, 1, "Kegiatan : Koordinasi"),
    ("12) Dua belas", "12)", ARABIC, 12, "Dua belas"),
    ("(3) Kecamatan", "(3)", ARABIC, 3, "Kecamatan"),
    ("- (1) Kecamatan Contoh", "(1)", ARABIC, 1, "Kecamatan Contoh"),
    ("b. Seksi Pemerintahan", "b.", LOWER, 2, "Seksi Pemerintahan"),
    ("II. Tujuan 2", "II.", UPPER_ROMAN, 2, "Tujuan 2"),
    ("1.Penyediaan sarana", "1.", ARABIC, 1, "Penyediaan sarana"),
])
def test_labels(text, raw, kind, value, rest):
    label, after = parse_label(text)
    assert label.raw == raw
    assert any(r.kind == kind and r.value == value for r in label.readings)
    assert after == rest


def test_bullets_and_non_labels():
    label, rest = parse_label("- Jumlah Peserta Rakor")
    assert label.is_bullet and rest == "Jumlah Peserta Rakor"
    for text in ["Drs. ISWANDI", "No. 21", "Rp. 14.418.000", "3.000 Berkas", "-5,5 %", "CV. Maju", "Tabel 3.1"]:
        assert parse_label(text) is None, text
    assert parse_label("1", bare=True)[0].readings[0].value == 1
    assert parse_label("1") is None


def test_numbered_heading_without_a_space():
    label, rest = parse_label("3.1.4.Perbandingan Realisasi")
    assert label.core == "3.1.4" and label.readings[0].kind == DOTTED and rest == "Perbandingan Realisasi"


def test_strip_label():
    assert strip_label("b. Seksi Pemerintahan") == "Seksi Pemerintahan"
    assert strip_label("Seksi Pemerintahan") == "Seksi Pemerintahan"


def test_label_text_and_roman_values():
    assert [label_text(LOWER, v) for v in (1, 3)] == ["a", "c"]
    assert label_text(UPPER_ROMAN, 4) == "IV"
    assert roman_value("XIV") == 14 and roman_value("IIII") is None


def test_numerals_are_numbers_or_capital_romans():
    assert [numeral_value(t) for t in ("2", "II", "IV.", "iv", "a", "")] == [2, 2, 4, None, None, None]


@pytest.mark.parametrize("text, kind", [
    ("II", "roman"), ("IV.", "roman"), ("12", "arabic"), ("3)", "arabic"), ("1.1", "dotted1"), ("1.2.3", "dotted2"),
    ("a", "letter"), ("b.", "letter"), ("A", None), ("Program", None), ("", None),
])
def test_row_markers(text, kind):
    assert row_marker_class(text) == kind
    assert is_row_marker(text) == (kind is not None)


def test_row_marker_at_the_start_of_a_flattened_row():
    assert split_row_marker("II Program Penyelenggaraan") == ("II", "Program Penyelenggaraan")
    assert split_row_marker("1. Koordinasi") == ("1.", "Koordinasi")
    assert split_row_marker("Koordinasi 12") == (None, "Koordinasi 12")
