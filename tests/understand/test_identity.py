import pytest

from lkjip_lint.understand.identity import (LOOKALIKE, SAME, IdentitySettings, NameIndex, best_matches, compare_words, is_keyboard_slip,
                                           content_words, same_name, same_word, word_relation)
from lkjip_lint.vocab import load_packs


@pytest.fixture(scope="module")
def settings():
    return IdentitySettings.from_packs(load_packs())


@pytest.mark.parametrize("a, b", [
    ("Hasil Survei Kepuasan Masyarakat (SKM) pada bidang pelayanan publik",
     "Nilai Survey Kepuasan Masyarakat (SKM) pada bidang Pelayanan Publik."),
    ("Koordinasi pimpinan di kecamatan", "Pelaksanaan tugas forum koordinasi pimpinan di kecamatan"),
    ("Persentase rekomendasi hasil koordinasi di wilayah Kecamatan Sumpersari ditindaklanjuti dalam satu tahun",
     "Persentase Rekomendasi Hasil Koordinasi di Kecamatan Sumbersari ditindaklanjuti dalam 1 tahun"),
    ("Kordinasi Penerapan dan Penegakan Qonun dan Peraturan Kepala Daerah",
     "Koordinasi penerapan dan penegakan Qanun dan peraturan kepala daerah"),
    ("Angka Kematian Ibu", "Angka kematian ibu melahirkan"),
])
def test_same_indicator_written_differently(settings, a, b):
    assert same_name(a, b, settings).same


@pytest.mark.parametrize("a, b", [
    # share most words, but one word is replaced by a different one
    ("Persentase rekomendasi hasil koordinasi bidang pemerintahan yang ditindaklanjuti",
     "Persentase rekomendasi hasil pengawasan bidang pemerintahan yang ditindaklanjuti"),
    ("Persentase jalan kabupaten dalam kondisi baik", "Persentase jalan kabupaten dalam kondisi rusak berat"),
    ("Koordinasi kegiatan pemberdayaan desa", "Koordinasi kegiatan pemberdayaan kelurahan"),
    ("Koordinasi Kegiatan Pemberdayaan Desa/Kelurahan", "Koordinasi kegiatan pemberdayaan desa"),
    ("Angka Kematian Ibu", "Angka Kematian Bayi"),
    # too little in common to be sure
    ("Pelayanan Umum", "Koordinasi Pelayanan Umum Kecamatan Lain"),
])
def test_near_misses_are_different(settings, a, b):
    assert not same_name(a, b, settings).same


def test_short_names_match_only_when_their_words_are_the_same(settings):
    assert same_name("Produktivitas Padi", "Produktivitas padi.", settings).same
    assert not same_name("Produktivitas Padi", "Produktivitas Padi Sawah", settings).same
    assert not same_name("Produktivitas Padi", "Produktivitas Jagung", settings).same


def test_spelling_slip_is_reported_as_a_pair(settings):
    comparison = same_name("rekomendasi koordinasi bidang Pemerintahan, pembantuan dan Penyelenggaraan",
                           "rekomendasi koordinasi bidang Pemerintahan, Pembangunan dan Penyelenggaraan", settings)
    assert comparison.same
    assert comparison.spelling_differences == (("pembantuan", "pembangunan"),)


def test_best_match_needs_a_unique_winner(settings):
    names = ["Jumlah peserta rakor rutin kecamatan"]
    candidates = ["Jumlah peserta rakor rutin kecamatan", "Jumlah peserta rakor rutin kecamatan"]
    assert best_matches(names, candidates, settings) == {}
    assert best_matches(names, candidates[:1] + ["Jumlah RT/RW yang dibina"], settings) == {0: 0}


@pytest.mark.parametrize("a, b", [
    ("perumahan", "perubahan"), ("pengelolaan", "pengolahan"), ("pendapatan", "pendataan"),
    ("pelayanan", "pelaksanaan"),
])
def test_words_that_look_alike_are_different_words(a, b):
    assert word_relation(a, b) != SAME
    assert not same_word(a, b)


@pytest.mark.parametrize("a, b", [("pembantuan", "pembangunan"), ("survei", "survey"), ("kordinasi", "koordinasi")])
def test_typing_slips_are_look_alikes(a, b):
    assert word_relation(a, b) == LOOKALIKE


@pytest.mark.parametrize("a, b", [("pemerintah", "pemerintahan"), ("Peningkatan", "meningkatnya"),
                                  ("pengelolaan", "dikelola")])
def test_words_of_one_root_are_one_word(a, b):
    assert same_word(a, b)


@pytest.mark.parametrize("a, b", [
    ("Program Pengelolaan Pendapatan Daerah", "Program Pengolahan Pendataan Daerah"),
    ("Persentase perumahan layak huni", "Persentase perubahan layak huni"),
    ("Indeks kepuasan pelayanan publik", "Indeks kepuasan pelaksanaan publik"),
])
def test_names_differing_by_a_look_alike_word_are_different(settings, a, b):
    assert not same_name(a, b, settings).same


def test_a_slip_needs_the_rest_of_the_name_to_be_the_same(settings):
    assert same_name("Persentase rekomendasi koordinasi pemerintahan pembantuan penyelenggaraan",
                     "Persentase rekomendasi koordinasi pemerintahan pembangunan penyelenggaraan", settings).same
    assert not same_name("koordinasi pemerintahan pembantuan", "koordinasi pemerintahan pembangunan", settings).same


def test_grammatical_variants_are_no_spelling_difference(settings):
    comparison = same_name("Peningkatan koordinasi pemerintahan wilayah kecamatan",
                           "Meningkatnya koordinasi pemerintah wilayah kecamatan", settings)
    assert comparison.same and comparison.spelling_differences == ()


def test_the_name_index_finds_every_name_a_pairwise_search_finds(settings):
    names = ["Koordinasi kegiatan pemberdayaan desa", "Pengelolaan perizinan berusaha terpadu",
             "Pemeliharaan barang milik daerah", "Koordinasi kegiatan pemberdayaan kelurahan",
             "Pelayanan administrasi perkantoran", "Penyediaan jasa pelayanan administrasi perkantoran",
             "Koordinasi Pemerintahan pembantuan dan Penyelenggaraan Pemerintahan Wilayah",
             "Koordinasi Pemerintahan pembangunan dan Penyelenggaraan Pemerintahan Wilayah"]
    words = [content_words(n, settings) for n in names]
    index = NameIndex(words, settings.min_shared_words)
    for i, query in enumerate(words):
        pairwise = {j for j, other in enumerate(words) if compare_words(query, other, settings).same}
        assert pairwise <= index.candidates(query), names[i]


def test_several_slips_in_a_long_name(settings):
    comparison = same_name("Koordinasi penerapatan dan penegakan Qanun dan peraturan kepala daerah",
                           "Kordinasi Penerapan dan Penegakan Qonun dan Peraturan Kepala Daerah", settings)
    # "Kordinasi" and "Qonun" are known spellings of "Koordinasi" and "Qanun" (misspellings.toml)
    assert comparison.same and comparison.spelling_differences == (("penerapatan", "penerapan"),)


def test_swapped_or_doubled_letters_are_slips_with_less_context(settings):
    assert is_keyboard_slip("perangakt", "perangkat") and is_keyboard_slip("kordinasi", "koordinasi")
    assert not is_keyboard_slip("perumahan", "perubahan") and not is_keyboard_slip("pendapatan", "pendataan")
    assert same_name("Kegiatan Administrasi Kepegawaian Perangkat Daerah",
                     "Administrasi Kepegawaian Perangakt Daerah", settings).same
    assert not same_name("Administrasi Pendapatan Daerah Provinsi", "Administrasi Pendataan Daerah Provinsi",
                         settings).same
