import pytest

from lkjip_lint.understand.facts import Facts
from lkjip_lint.understand.officials import display_name, parse_rank, person_key
from lkjip_lint.vocab import load_packs

PACKS = load_packs()


def facts_of(document, packs=PACKS):
    return Facts([document], packs)


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
    people = facts_of(document).officials
    assert [(p.key, p.nip.digits, p.rank and p.rank.name) for p in people] == [
        ("iswandi", "196401011993021001", "Pembina Tingkat I"),
        ("iswandi", "196401011993021004", None),
    ]
    first, second = people
    assert first.nip_location.paragraph == 5 and first.rank_location.paragraph == 4
    assert first.snippet == "Drs. ISWANDI, M.Si / Pembina TK I / NIP. 19640101 199302 1 001"
    assert second.name == "Drs. I S W A N D I M. Si" and second.nip_location.line == 11


def test_signature_blocks_side_by_side_in_a_table(document_of, table_from_rows):
    signatures = table_from_rows([
        ["Pihak Kedua", "Pihak Pertama"],
        ["PENJABAT WALI KOTA MALANG", "KEPALA DINAS KESEHATAN"],
        ["Dr. Ir. HARI SUSANTO, M.M.", "dr. RETNO WULANDARI, M.Kes"],
        ["NIP. 19680512 199303 1 006", "NIP. 19720815 200212 2 001"],
    ])
    people = facts_of(document_of("Malang, 16 Oktober 2023", signatures)).officials
    assert sorted((p.key, p.nip.digits) for p in people) == [
        ("harisusanto", "196805121993031006"),
        ("retnowulandari", "197208152002122001"),
    ]


def test_name_label_blocks_and_run_on_lines(document_of):
    document = document_of(
        "Nama : Drs. ISWANDI, M.Si", "Jabatan : Camat Sumbersari", "NIP : 19640101 199302 1 004",
        "Pangkat/Golongan : Pembina Tk.I / IV b",
        "CAMAT SUMBERSARI Drs. ISWANDI, M.Si Pembina TK I NIP. 19640101 199302 1 004",
    )
    labelled, run_on = facts_of(document).officials
    assert labelled.key == run_on.key == "iswandi"
    assert labelled.rank.grade == "IV/b" and run_on.rank.name == "Pembina Tingkat I"
    assert run_on.rank_printed == "Pembina TK I"


def test_rank_without_nip(document_of):
    document = document_of("CAMAT SUMBERSARI", "Drs. ISWANDI, M,Si", "Pembina Tk.I")
    [person] = facts_of(document).officials
    assert person.nip is None and person.key == "iswandi" and person.rank.name == "Pembina Tingkat I"


def test_nip_without_a_name(document_of):
    document = document_of("Kepala Dinas dan seluruh jajarannya mengucapkan terima kasih.",
                           "NIP. 19640101 199302 1 004")
    [person] = facts_of(document).officials
    assert person.key is None and person.nip.digits == "196401011993021004"


def test_officials_table(document_of, table_from_rows):
    table = table_from_rows([
        ["No", "Nama", "NIP", "Pangkat/Gol"],
        ["1", "Drs. ISWANDI, M.Si", "196401011993021004", "Pembina Tk.I (IV/b)"],
        ["2", "SITI AMINAH, S.E.", "19850101 202121 2 001", "PPPK"],
    ])
    first, second = facts_of(document_of(table)).officials
    assert first.key == "iswandi" and first.rank.grade == "IV/b"
    assert first.nip_location.row == 2 and first.nip_location.column == 3
    assert second.pppk and not first.pppk


def test_pppk_marker_in_the_block(document_of):
    document = document_of("Hj. SITI AMINAH, S.E.", "NI PPPK. 19850101 202121 2 001")
    [person] = facts_of(document).officials
    assert person.pppk and person.key == "sitiaminah"
