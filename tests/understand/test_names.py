import pytest

from lkjip_lint.config import Config
from lkjip_lint.understand.facts import Facts
from lkjip_lint.vocab import load_packs

PACKS = load_packs()


def facts_of(document, packs=PACKS):
    return Facts([document], packs)


def names_of(document, config=Config()):
    return facts_of(document).institution_names(config)


def spellings(names):
    return {v.spelling for v in names.variants}


def test_institution_from_the_cover(document_of):
    names = names_of(document_of("LAPORAN KINERJA", "KECAMATAN SUMBERSARI", "TAHUN 2021", "KATA PENGANTAR",
                                 "Kecamatan Patrang berbatasan dengan Kecamatan Sumbersari."))
    assert names.institution.full == "Kecamatan SUMBERSARI"
    assert names.institution.source == "cover"
    assert names.variants == ()


def test_institution_from_a_letterhead_when_the_cover_names_none(document_of):
    lines = ["LAPORAN KINERJA TAHUN 2022", "KATA PENGANTAR"] + ["Teks pengantar."] * 30 + [
        "PEMERINTAH KOTA BANDUNG", "DINAS KESEHATAN", "Jl. Supratman No. 73"]
    names = names_of(document_of(*lines))
    assert names.institution.source == "letterhead"
    assert names.institution.full == "Dinas KESEHATAN"


def test_institution_from_the_most_frequent_unit_phrase(document_of):
    document = document_of(*(["Kata pengantar tanpa judul."] * 30 + [
        "Badan Pendapatan Daerah melaksanakan pemungutan.", "BADAN PENDAPATAN DAERAH",
        "Kecamatan Patrang menerima sosialisasi."]))
    names = names_of(document)
    assert names.institution.source == "text"
    assert names.institution.name.casefold() == "pendapatan daerah"


def test_configured_institution_wins(document_of):
    names = names_of(document_of("KECAMATAN SUMPALSARI", "Laporan Kecamatan Sumbersari."),
                     Config(institution="Kecamatan Sumbersari"))
    assert names.institution.full == "Kecamatan Sumbersari"
    assert spellings(names) == {"sumpalsari"}


def test_display_lines_outvote_running_text(document_of):
    """A name copied into the prose many times does not become the canonical one."""
    prose = ["Laporan Kinerja Kecamatan Sumpalsari disusun sesuai amanat peraturan."] * 6
    document = document_of("LAPORAN KINERJA", "KECAMATAN SUMBERSARI", "KATA PENGANTAR", *prose,
                           "CAMAT SUMBERSARI", "Drs. ISWANDI, M.Si")
    names = names_of(document)
    assert names.institution.name == "SUMBERSARI"
    [variant] = names.variants
    assert variant.spelling == "sumpalsari" and len(variant.mentions) == 6


def test_without_display_lines_the_majority_wins(document_of):
    document = document_of("Laporan Kinerja Kecamatan Kaliwates tahun ini.",
                           "Kecamatan Kaliwates melaksanakan koordinasi.",
                           "Kecamatan Kalipates melaksanakan pelayanan.")
    names = names_of(document)
    assert names.institution.name == "Kaliwates"
    assert spellings(names) == {"kalipates"}


def test_variant_kinds_and_case(document_of):
    document = document_of("KECAMATAN SUMBERSARI", "KATA PENGANTAR",
                           "Kecamatan Sumpalsari menyusun laporan.",
                           "Sumpalsari, 14 Januari 2022",
                           "Kinerja Kecamatan Summersari meningkat.",
                           "Kecamatan Sumber Sari dipimpin Camat.",
                           "CAMAT SUMPERSARI", "Wilayah Kecamatan Sumpersari luas.")
    names = names_of(document)
    kinds = {v.spelling: v.kind for v in names.variants}
    assert kinds == {"sumpalsari": "interior", "summersari": "close", "sumber sari": "spacing",
                     "sumpersari": "close"}
    by_spelling = {v.spelling: v for v in names.variants}
    assert [m.found for m in by_spelling["sumpersari"].mentions] == ["SUMPERSARI", "Sumpersari"]
    # interior variants are recognised after the unit word, then counted wherever printed
    assert by_spelling["sumpalsari"].occurrences == 2


@pytest.mark.parametrize("canonical, other", [
    ("Sumbersari", "Sumberjambe"),   # shares the head only
    ("Sumbersari", "Sumberbaru"),    # same length, different ending
    ("Kaliwates", "Kaliwining"),
    ("Kebonsari", "Kedungsari"),     # shares the ending, different length
    ("Sukowono", "Sukorejo"),
    ("Wuluhan", "Umbulsari"),
])
def test_real_neighbouring_names_are_not_variants(document_of, canonical, other):
    document = document_of("LAPORAN KINERJA", f"KECAMATAN {canonical.upper()}", "KATA PENGANTAR",
                           f"Kecamatan {canonical} berbatasan dengan Kecamatan {other}.",
                           f"Camat {other} hadir dalam rapat koordinasi.")
    assert names_of(document).variants == ()


def test_a_spelling_counts_once_printed_after_the_unit_word(document_of):
    document = document_of("KECAMATAN TANGGUL", "KATA PENGANTAR", "Tanggal : 14 Januari 2022",
                           "Pada Tanggal tersebut Kecamatan Tanggul melapor.")
    assert names_of(document).variants == ()
    document = document_of("KECAMATAN TANGGUL", "KATA PENGANTAR", "Camat Tangul hadir.", "Tangul, 2022")
    [variant] = names_of(document).variants
    assert [m.found for m in variant.mentions] == ["Tangul", "Tangul"]


def test_ordinary_words_after_the_unit_word_are_not_names(document_of):
    document = document_of("KECAMATAN SUMBERSARI", "KATA PENGANTAR",
                           "Pelayanan di tingkat Kecamatan yang baik.",
                           "Program Pelayanan Umum Kecamatan Dengan Anggaran Rp 1.000.000",
                           "Sumber Daya Manusia dan Sumber Data kecamatan.")
    assert names_of(document).variants == ()


def test_region_and_people_are_never_variants(document_of):
    document = document_of("KECAMATAN JEMBERAN", "KATA PENGANTAR",
                           "Kecamatan Jemberan di Kabupaten Jember.", "Kabupaten Jember Kabupaten Jember",
                           "CAMAT JEMBERAN", "JEMBERIN, S.Sos", "NIP. 19640101 199302 1 004")
    assert names_of(document).variants == ()


def test_accepted_names_from_config_and_packs(document_of, tmp_path):
    document = document_of("KECAMATAN SUMBERSARI", "KATA PENGANTAR", "Kecamatan Sumpersari juga ada.")
    assert spellings(names_of(document)) == {"sumpersari"}
    assert names_of(document, Config(accepted_names=("Sumpersari",))).variants == ()
    (tmp_path / "names.toml").write_text('accepted_names = ["Sumpersari"]\n', encoding="utf-8")
    packs = load_packs((str(tmp_path),))
    assert "Sumpersari" in packs["names"]["accepted_names"] and "titles" in packs["names"]
    assert Facts([document], packs).institution_names(Config()).variants == ()


def test_a_dinas_name_is_compared_only_after_the_unit_word(document_of):
    document = document_of("LAPORAN KINERJA", "DINAS KESEHATAN KOTA BANDUNG", "KATA PENGANTAR",
                           "Dinas Kesehatn Kota Bandung melaksanakan program.",
                           "Pelayanan Kesehatn masyarakat.", "Dinas Perikanan dan Dinas Pertanian hadir.")
    names = names_of(document)
    assert names.institution.full == "Dinas KESEHATAN"
    [variant] = names.variants
    assert variant.spelling == "kesehatn" and len(variant.mentions) == 1


def test_multi_word_unit_names(document_of):
    document = document_of("DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", "KATA PENGANTAR",
                           "Dinas Pekerjaan Umum dan Penataan Ruang menyusun laporan.",
                           "Dinas Pekerjaan Umum dan Penataan Ruan menyusun laporan.")
    names = names_of(document)
    assert names.institution.key == "pekerjaanumumdanpenataanruang"
    assert spellings(names) == {"pekerjaan umum dan penataan ruan"}


def test_no_institution_no_names(document_of):
    assert names_of(document_of("Sebuah laporan tanpa nama unit.")) is None
