"""Words a narrow PDF cell split in two are joined when the join makes a known word and
a piece is no word of its own."""

import pytest

from lkjip_lint.text.split_words import rejoin, word_counts

DOCUMENT = ["Meningkatnya produksi dan pengembangan sarana", "penyelenggaraan urusan pemerintahan",
            "Persentase pelaku usaha", "CAPAIAN KINERJA", "Paket A dan Golongan I"]
PRINTED = word_counts(DOCUMENT)
WORDS = frozenset(PRINTED) | {"target", "realisasi", "capaian"}


@pytest.mark.parametrize("text, joined", [
    ("Targ et", "Target"),
    ("Target Reali sasi Capaian", "Target Realisasi Capaian"),
    ("CAPAIA N (%)", "CAPAIAN (%)"),
    ("Meningkatny a Produksi", "Meningkatnya Produksi"),
    ("Persentase penyelenggaraa n urusan", "Persentase penyelenggaraan urusan"),
    ("Jumlah kelompok/pe laku usaha", "Jumlah kelompok/pelaku usaha"),
])
def test_a_split_word_is_joined(text, joined):
    assert rejoin(text, PRINTED, WORDS) == joined


@pytest.mark.parametrize("text", [
    "Paket A", "GOLONGAN I",  # a capital letter after a word, or an all-capital numeral
    "produksi dan a. pengembangan",  # a list mark
    "Tahun n",  # "tahunn" is no word
    "dan pengembangan",  # two words of their own: "danpengembangan" is printed nowhere anyway
    "a n", "g a",  # letters strewn by rotated text are too short to be a word
])
def test_what_is_not_a_split_word_stays(text):
    assert rejoin(text, PRINTED, WORDS) == text


def test_two_words_of_their_own_stay_apart_even_when_their_join_is_printed():
    printed = word_counts(["olahraga", "olah", "raga"])
    assert rejoin("olah raga", printed, frozenset({"olah", "raga"})) == "olah raga"
    assert rejoin("olah raga", printed, frozenset({"olah"})) == "olahraga"


def test_a_join_needs_a_word_the_document_prints_or_a_known_one():
    assert rejoin("Targ et", word_counts(["Targ et"]), frozenset()) == "Targ et"
    assert rejoin("Targ et", word_counts(["Targ et"]), frozenset({"target"})) == "Target"
