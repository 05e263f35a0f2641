import pytest

from lkjip_lint.config import Config
from lkjip_lint.understand.facts import Facts
from lkjip_lint.understand.names import (display_name, institution_names, officials, parse_rank, person_key,
                                         report_region, sentence_at, text_lines)
from lkjip_lint.vocab import load_packs

PACKS = load_packs()


def facts_of(document, packs=PACKS):
    return Facts([document], packs)


def names_of(document, config=Config()):
    return institution_names(facts_of(document), config)


def spellings(names):
    return {v.spelling for v in names.variants}


# ---- lines -------------------------------------------------------------------------------


def test_lines_of_paragraphs_and_cells(document_of, table_from_rows):
    table = table_from_rows([["Nama", "NIP"], ["Drs. ISWANDI", "19640101 199302 1 004"]])
    lines = text_lines(document_of("**CAMAT SUMBERSARI**\nDrs. ISWANDI", table))
    assert [l.text for l in lines] == ["CAMAT SUMBERSARI", "Drs. ISWANDI", "Nama", "NIP", "Drs. ISWANDI",
                                       "19640101 199302 1 004"]
    assert lines[1].location.line == lines[0].location.line + 1
    assert lines[0].stream == lines[1].stream != lines[2].stream
    assert lines[5].location.row == 2 and lines[5].location.column == 2
    assert lines[0].is_display and not lines[1].is_display


def test_sentence_around_a_word():
    text = "Kalimat pertama. Laporan Kinerja Kecamatan Sumpalsari disusun. Kalimat ketiga."
    start = text.index("Sumpalsari")
    assert sentence_at(text, start, start + 10) == "Laporan Kinerja Kecamatan Sumpalsari disusun."


# ---- institution -------------------------------------------------------------------------


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
    assert institution_names(Facts([document], packs), Config()).variants == ()


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


# ---- region ------------------------------------------------------------------------------


def test_region_of_a_kabupaten_report(document_of):
    region = report_region(facts_of(document_of(
        "PEMERINTAH KABUPATEN JEMBER", "Kabupaten Jember dan Kota Surabaya.", "Kab. Jember")))
    assert (region.kind, region.name, region.province) == ("kabupaten", "Jember", None)
    assert region.label == "Kabupaten Jember"


def test_region_of_a_kota_report_and_its_stated_province(document_of):
    region = report_region(facts_of(document_of(
        "Dinas Kesehatan Kota Bandung", "Pemerintah Kota Bandung, Provinsi Jawa Barat",
        "Kecamatan Kota Baru, Kecamatan Kota Baru dan Kelurahan Kota Baru")))
    assert (region.kind, region.name, region.province) == ("kota", "Bandung", "jawa-barat")


def test_province_from_the_kabupaten_name(document_of):
    region = report_region(facts_of(document_of(
        "Kecamatan Darul Imarah Kabupaten Aceh Besar", "Pemerintah Kabupaten Aceh Besar")))
    assert (region.name, region.province) == ("Aceh Besar", "aceh")


def test_a_provincial_report(document_of):
    region = report_region(facts_of(document_of(
        "DINAS PENDIDIKAN PROVINSI LAMPUNG", "Provinsi Lampung", "Kabupaten Tanggamus")))
    assert (region.kind, region.province) == ("provinsi", "lampung")


def test_no_region(document_of):
    assert report_region(facts_of(document_of("Tanpa wilayah."))).label is None


# ---- people ------------------------------------------------------------------------------


@pytest.mark.parametrize("printed", [
    "Drs. ISWANDI, M.Si", "Drs. I S W A N D I, M.Si", "Drs. I S W A N D I M. Si", "Drs. ISWANDI,M.Si.",
    "Drs. ISWANDI, M,Si", "DRS. Iswandi MSi", "Nama : Drs. ISWANDI, M.Si".split(": ")[1],
])
def test_one_person_whatever_the_titles(printed):
    assert person_key(printed, PACKS) == "iswandi"


def test_display_names():
    assert display_name("Ir.H.HENDY SISWANTO,ST,IPU", PACKS) == "HENDY SISWANTO"
    assert display_name("Ir. H. HENDY SISWANTO, ST, IPU", PACKS) == "HENDY SISWANTO"
    assert display_name("Hj. SITI AMINAH, S.E., M.M.", PACKS) == "SITI AMINAH"
    assert display_name("dr. Hendro Wibowo Sp.PD", PACKS) == "Hendro Wibowo"
    assert display_name("HENDRA", PACKS) == "HENDRA"
    assert display_name("Drs. ISWANDI, M.Litt", PACKS) == "ISWANDI"  # a title not listed, after the comma


@pytest.mark.parametrize("printed, grade", [
    ("Pembina TK I", None), ("Pembina Tk.I", None), ("Pembina TK. I", None), ("Pembina Tingkat I", None),
    ("Pembina Tk. 1", None), ("Pangkat/Gol : Pembina Tk.I / IV b", "IV/b"), ("Pembina Tk.I (IV/b)", "IV/b"),
])
def test_rank_spellings(printed, grade):
    rank, start = parse_rank(printed, PACKS)
    assert rank.name == "Pembina Tingkat I" and rank.grade == grade


def test_ranks_that_differ():
    assert parse_rank("Pembina", PACKS)[0].name == "Pembina"
    assert parse_rank("Pembina Utama Muda", PACKS)[0].name == "Pembina Utama Muda"
    assert parse_rank("Penata Muda Tk. I", PACKS)[0].name == "Penata Muda Tingkat I"
    assert parse_rank("Pembina kegiatan PKK", PACKS) is None
    assert parse_rank("Drs. ISWANDI Pembina Tk.I", PACKS, at_end=True)[1] == len("Drs. ISWANDI ")


def test_signature_blocks(document_of):
    document = document_of(
        "Sumbersari, 14 Januari 2022", "Camat Sumbersari", "Drs. ISWANDI, M.Si", "Pembina TK I",
        "NIP. 19640101 199302 1 001", "Isi laporan.",
        "Pihak Pertama\nCAMAT SUMBERSARI\n(Signature)\nDrs. I S W A N D I M. Si\nNIP. 19640101 199302 1 004",
        "BUPATI JEMBER,", "Ir.H.HENDY SISWANTO,ST,IPU",
    )
    people = officials(facts_of(document))
    assert [(p.key, p.nip.digits, p.rank and p.rank.name) for p in people] == [
        ("iswandi", "196401011993021001", "Pembina Tingkat I"),
        ("iswandi", "196401011993021004", None),
    ]
    first, second = people
    assert first.nip_location.paragraph == 5 and first.rank_location.paragraph == 4
    assert first.snippet == "Drs. ISWANDI, M.Si / Pembina TK I / NIP. 19640101 199302 1 001"
    assert second.name == "Drs. I S W A N D I M. Si" and second.nip_location.line == 11


def test_name_label_blocks_and_run_on_lines(document_of):
    document = document_of(
        "Nama : Drs. ISWANDI, M.Si", "Jabatan : Camat Sumbersari", "NIP : 19640101 199302 1 004",
        "Pangkat/Golongan : Pembina Tk.I / IV b",
        "CAMAT SUMBERSARI Drs. ISWANDI, M.Si Pembina TK I NIP. 19640101 199302 1 004",
    )
    labelled, run_on = officials(facts_of(document))
    assert labelled.key == run_on.key == "iswandi"
    assert labelled.rank.grade == "IV/b" and run_on.rank.name == "Pembina Tingkat I"
    assert run_on.rank_printed == "Pembina TK I"


def test_rank_without_nip(document_of):
    document = document_of("CAMAT SUMBERSARI", "Drs. ISWANDI, M,Si", "Pembina Tk.I")
    [person] = officials(facts_of(document))
    assert person.nip is None and person.key == "iswandi" and person.rank.name == "Pembina Tingkat I"


def test_nip_without_a_name(document_of):
    document = document_of("Kepala Dinas dan seluruh jajarannya mengucapkan terima kasih.",
                           "NIP. 19640101 199302 1 004")
    [person] = officials(facts_of(document))
    assert person.key is None and person.nip.digits == "196401011993021004"


def test_officials_table(document_of, table_from_rows):
    table = table_from_rows([
        ["No", "Nama", "NIP", "Pangkat/Gol"],
        ["1", "Drs. ISWANDI, M.Si", "196401011993021004", "Pembina Tk.I (IV/b)"],
        ["2", "SITI AMINAH, S.E.", "19850101 202121 2 001", "PPPK"],
    ])
    first, second = officials(facts_of(document_of(table)))
    assert first.key == "iswandi" and first.rank.grade == "IV/b"
    assert first.nip_location.row == 2 and first.nip_location.column == 3
    assert second.pppk and not first.pppk


def test_pppk_marker_in_the_block(document_of):
    document = document_of("Hj. SITI AMINAH, S.E.", "NI PPPK. 19850101 202121 2 001")
    [person] = officials(facts_of(document))
    assert person.pppk and person.key == "sitiaminah"
