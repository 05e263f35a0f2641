import pytest

from lkjip_lint.understand.identity import IdentitySettings, best_matches, same_name
from lkjip_lint.vocab import load_packs


@pytest.fixture(scope="module")
def settings():
    return IdentitySettings.from_vocabulary(load_packs()["vocabulary"])


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
