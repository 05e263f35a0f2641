import pytest

from lkjip_lint.numwords import number_to_words, ordinal_value, ordinal_words, words_to_number


@pytest.mark.parametrize("words, value", [
    ("nol", 0),
    ("satu", 1),
    ("sembilan", 9),
    ("sepuluh", 10),
    ("sebelas", 11),
    ("dua belas", 12),
    ("sembilan belas", 19),
    ("dua puluh", 20),
    ("dua puluh lima", 25),
    ("seratus", 100),
    ("seratus sebelas", 111),
    ("tujuh ratus empat puluh dua", 742),
    ("seribu", 1000),
    ("seribu sembilan ratus empat puluh lima", 1945),
    ("dua ribu dua puluh satu", 2021),
    ("sejuta", 1_000_000),
    ("satu juta", 1_000_000),
    ("empat ratus empat puluh juta tujuh ratus enam puluh delapan ribu", 440_768_000),
    ("empat belas miliar empat ratus enam puluh tiga juta", 14_463_000_000),
    ("dua milyar", 2_000_000_000),
    ("semiliar", 1_000_000_000),
])
def test_words_to_number(words, value):
    assert words_to_number(words) == value


@pytest.mark.parametrize("words, value", [
    ("  Tujuh  Ratus   Empat Puluh Dua ", 742),
    ("dua-puluh lima", 25),
    ("duapuluh", 20),
    ("se ratus", 100),
    ("se-ribu", 1000),
    ("empat ratus empat puluh juta tujuh ratus enam puluh delapan ribu rupiah", 440_768_000),
    ("delapan puluh persen", 80),
])
def test_words_to_number_is_tolerant(words, value):
    assert words_to_number(words) == value


@pytest.mark.parametrize("text", [
    "", "SKM", "n-1", "rupiah", "dua koma lima", "kedua", "selama", "dua tiga",
    "puluh", "dua puluh dua puluh", "tiga ratus dua ratus", "seribu juta lima", "ribu",
    "se", "sesatu", "nol nol", "lima belas tiga", "satu rupiah dua",
])
def test_text_that_is_not_only_number_words(text):
    assert words_to_number(text) is None


@pytest.mark.parametrize("value, words", [
    (0, "nol"),
    (1, "satu"),
    (10, "sepuluh"),
    (11, "sebelas"),
    (15, "lima belas"),
    (20, "dua puluh"),
    (100, "seratus"),
    (742, "tujuh ratus empat puluh dua"),
    (1000, "seribu"),
    (1001, "seribu satu"),
    (2021, "dua ribu dua puluh satu"),
    (11_000, "sebelas ribu"),
    (1_000_000, "satu juta"),
    (440_768_000, "empat ratus empat puluh juta tujuh ratus enam puluh delapan ribu"),
])
def test_number_to_words(value, words):
    assert number_to_words(value) == words


def test_round_trip():
    for value in list(range(0, 2100)) + [99_999, 100_001, 1_234_567, 14_463_930_781]:
        assert words_to_number(number_to_words(value)) == value


def test_negative_numbers_are_refused():
    with pytest.raises(ValueError):
        number_to_words(-1)


@pytest.mark.parametrize("text, value", [
    ("pertama", 1), ("kedua", 2), ("ketiga", 3), ("keempat", 4), ("kelima", 5),
    ("keenam", 6), ("ke-3", 3), ("ke 5", 5), ("kesebelas", 11), ("kedua belas", 12),
])
def test_ordinals(text, value):
    assert ordinal_value(text) == value
    assert ordinal_value(ordinal_words(value)) == value


@pytest.mark.parametrize("text", ["kemarin", "ke", "tiga", "kesatuan"])
def test_not_ordinals(text):
    assert ordinal_value(text) is None
