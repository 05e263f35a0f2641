import copy

import pytest

from lkjip_lint.understand.facts import Facts
from lkjip_lint.understand.polarity import (NEGATIVE, POSITIVE, WORDING, indicator_polarity, polarity_from_wording,
                                            polarity_with_source, says_decreasing)
from lkjip_lint.vocab import load_packs

PACK = load_packs()["polarity"]


@pytest.mark.parametrize("indicator, polarity", [
    ("Angka kematian ibu", NEGATIVE),
    ("Prevalensi stunting pada balita", NEGATIVE),
    ("Tingkat pengangguran terbuka", NEGATIVE),
    ("Persentase penduduk miskin", NEGATIVE),
    ("Laju inflasi", NEGATIVE),
    ("Rata-rata waktu penyelesaian perizinan", NEGATIVE),  # "penyelesaian" belongs to the negative phrase
    ("Hasil Survei Kepuasan Masyarakat (SKM) pada bidang pelayanan publik", POSITIVE),
    ("Prosentase rekomendasi hasil koordinasi yang ditindaklanjuti", POSITIVE),
    ("Honorarium RT/RW Memberikan Iuran Jaminan Kecelakaan Kerja", POSITIVE),
    ("Persentase penurunan angka kematian bayi", None),
    ("Persentase temuan BPK yang ditindaklanjuti", None),
    ("Cakupan penemuan kasus TBC", None),
    # freedom from a lower-is-better thing is higher-is-better
    ("Persentase desa bebas banjir", POSITIVE),
    ("Persentase kawasan terbebas dari genangan", POSITIVE),
    ("Jumlah Kelurahan Bebas Kawasan Kumuh", POSITIVE),
    ("Persentase sekolah bebas narkoba", POSITIVE),
    ("Persentase desa bebas banjir dan angka kematian bayi", NEGATIVE),  # a bad thing not freed from
    ("Jumlah kasus banjir di desa bebas sampah", None),  # "bebas" not before the bad thing
])
def test_polarity_from_wording(indicator, polarity):
    assert polarity_from_wording(indicator, PACK) == polarity


def test_a_polarity_column_overrides_the_wording(table_from_rows, document_of):
    iku = table_from_rows([
        ["No", "Indikator Kinerja Utama", "Polaritas"],
        ["1", "Angka kematian ibu melahirkan per 100.000 kelahiran", "Positif"],
        ["2", "Indeks kepuasan masyarakat terhadap layanan", "Negatif"],
    ])
    facts = Facts([document_of(iku)], load_packs())
    assert indicator_polarity("Angka kematian ibu melahirkan per 100.000 kelahiran", facts) == POSITIVE
    assert indicator_polarity("Indeks kepuasan masyarakat terhadap layanan", facts) == NEGATIVE


def test_a_sentence_states_the_polarity(document_of):
    facts = Facts([document_of(
        "Indikator Rasio pengaduan layanan perizinan merupakan indikator dengan polaritas negatif, "
        "semakin rendah realisasinya semakin baik.",
    )], load_packs())
    assert indicator_polarity("Rasio pengaduan layanan perizinan", facts) == NEGATIVE
    assert indicator_polarity("Persentase layanan perizinan tepat waktu", facts) == POSITIVE



def test_a_sentence_names_the_indicator_by_the_start_of_its_name(table_from_rows, document_of):
    statement = ("Indikator Persentase Rumah Tangga Rawan Pangan merupakan indikator dengan polaritas negatif, "
                 "yaitu semakin rendah semakin baik.")
    full_name = "Persentase Rumah Tangga Rawan Pangan terhadap Jumlah Rumah Tangga"
    one = table_from_rows([["No", "Indikator Kinerja", "Target"], ["1", full_name, "12"],
                           ["2", "Skor Pola Pangan Harapan", "88"]])
    assert indicator_polarity(full_name, Facts([document_of(one, statement)], load_packs())) == NEGATIVE
    # another indicator starting the same way: the sentence does not say which one it means
    two = table_from_rows([["No", "Indikator Kinerja", "Target"], ["1", full_name, "12"],
                           ["2", "Persentase Rumah Tangga Rawan Pangan yang Mendapat Bantuan", "80"]])
    assert indicator_polarity(full_name, Facts([document_of(two, statement)], load_packs())) == POSITIVE

def test_generic_formula_text_states_nothing_about_an_indicator(document_of):
    facts = Facts([document_of(
        "Sebaliknya bilamana Indikator Sasaran mempunyai makna progres negative, yaitu semakin tinggi "
        "realisasinya menunjukkan semakin rendah kinerjanya.",
    )], load_packs())
    assert indicator_polarity("Hasil Survei Kepuasan Masyarakat pada bidang pelayanan", facts) == POSITIVE


def test_configured_indicator_polarity(document_of):
    packs = copy.deepcopy(load_packs())
    packs["polarity"]["indicators"]["negative"] = ["Indeks Ketimpangan Gender Kabupaten"]
    facts = Facts([document_of("Laporan.")], packs)
    assert indicator_polarity("Indeks Ketimpangan Gender Kabupaten", facts) == NEGATIVE


def test_freeing_words_come_from_the_rules_pack():
    pack = copy.deepcopy(PACK)
    assert polarity_from_wording("Persentase wilayah bebas banjir", pack) == POSITIVE
    pack["freeing"]["terms"] = []
    assert polarity_from_wording("Persentase wilayah bebas banjir", pack) is None  # "bebas" only reverses
    pack = copy.deepcopy(PACK)
    pack["freeing"]["joiners"] = []
    assert polarity_from_wording("Persentase kawasan terbebas dari genangan", pack) is None


def test_a_freed_bad_thing_neither_says_decreasing_nor_is_the_default(document_of):
    facts = Facts([document_of("Laporan kinerja")], load_packs())
    assert polarity_with_source("Persentase desa bebas banjir", facts) == (POSITIVE, WORDING)
    assert not says_decreasing(["Persentase desa bebas banjir"], facts)
    assert says_decreasing(["Persentase desa terdampak banjir"], facts)
