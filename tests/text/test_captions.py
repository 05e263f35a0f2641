import pytest

from lkjip_lint.text.captions import caption_number, find_caption, is_caption, read_caption


@pytest.mark.parametrize("text, number", [
    ("Tabel 3.1 Pengukuran Kinerja", "3.1"),
    ("Tabel: 3.3 Capaian", "3.3"),
    ("Tabel. 4.5", "4.5"),
    ("Tabel 2.3a Realisasi", "2.3a"),
    ("Tabel 2.3b Realisasi", "2.3b"),
    ("Tabel III.2 Sasaran", "III.2"),
    ("TABEL 3 .1 PENGUKURAN", "3.1"),
    ("Tabel 3. 1 Pengukuran", "3.1"),
    ("Tabel 3.1. Pengukuran", "3.1"),
    ("Gambar 2 Struktur Organisasi", "2"),
    ("Grafik II", "II"),
    ("Diagram 1.2", "1.2"),
    ("Table 4", "4"),
    ("Tabel 2.1Sasaran", "2.1"),
])
def test_caption_forms(text, number):
    assert caption_number(text) == number


@pytest.mark.parametrize("text", ["Tabel di bawah ini menunjukkan", "Tabel ini", "Tabel 3.1an", "Tabelnya", "3.1 Tabel",
                                  "Pada Tabel 3.1", ""])
def test_not_captions(text):
    assert not is_caption(text)


def test_letter_suffixes_are_distinct_numbers_of_one_place_in_the_sequence():
    a, b = read_caption("Tabel 2.3a"), read_caption("Tabel 2.3b")
    assert a.number != b.number
    assert a.sequence == b.sequence == ("2", 3) and a.base == "2.3"
    assert read_caption("Tabel 3.2").sequence == ("3", 2)
    assert read_caption("Tabel III.2").sequence == ("III", 2)
    assert read_caption("Gambar 1").is_table is False


def test_caption_and_its_title_from_the_paragraphs_before_a_table():
    assert find_caption(["teks", "Tabel 3.1", "Pengukuran Kinerja"]) == "Tabel 3.1 Pengukuran Kinerja"
    assert find_caption(["Tabel 3.1", "a", "b", "c"]) is None
