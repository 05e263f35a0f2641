import pytest

from lkjip_lint.checks import identifiers
from lkjip_lint.config import Config
from lkjip_lint.messages import render
from lkjip_lint.understand.facts import Facts
from lkjip_lint.vocab import load_packs


def run(document, config=Config()):
    return list(identifiers.check(Facts([document], load_packs()), config))


def block(name, nip, rank=None):
    return "\n".join(line for line in (name, rank, f"NIP. {nip}") if line)


def rules(findings):
    return [f.rule for f in findings]


def test_a_consistent_official_is_silent(document_of):
    document = document_of(block("Drs. ISWANDI, M.Si", "19640101 199302 1 004", "Pembina TK I"),
                           "Isi laporan.",
                           block("Drs. I S W A N D I M. Si", "196401011993021004", "Pembina Tk.I"),
                           block("Drs. ISWANDI,M.Si.", "19640101.199302.1.004", "Pembina TK. I"))
    assert run(document) == []


def test_one_finding_per_person_against_the_majority_nip(document_of):
    document = document_of(block("Drs. ISWANDI, M.Si", "19640101 199302 1 001"),
                           block("Drs. ISWANDI, M.Si", "19640101 199302 1 004"),
                           block("Drs. I S W A N D I, M.Si", "19640101 199302 1 004"),
                           block("Drs. ISWANDI, M,Si", "19640101 199303 1 004"),
                           block("Drs. ISWANDI, M.Si", "19640101 199302 1 004"))
    [finding] = run(document)
    assert finding.rule == "LKJ603"
    assert finding.found == "19640101 199302 1 001" and finding.expected == "19640101 199302 1 004"
    assert finding.location.paragraph == 1
    assert [(r.location.paragraph, r.found) for r in finding.related if r.role == "also"] == [
        (4, "19640101 199303 1 004")]
    assert {r.found for r in finding.related if r.role == "reference"} == {"19640101 199302 1 004"}
    assert finding.param_dict() == {"person": "ISWANDI", "variants": 2, "places": 2, "canonical_places": 3}
    assert render(finding) == ("ISWANDI has 2 other NIP(s) in this report: 19640101 199302 1 001 here, "
                               "but 19640101 199302 1 004 in 3 place(s)")


def test_on_a_tie_the_valid_nip_is_canonical(document_of):
    document = document_of(block("Drs. ISWANDI, M.Si", "196640101 199302 1004"),
                           block("Drs. ISWANDI, M.Si", "19640101 199302 1 004"))
    inconsistent = next(f for f in run(document) if f.rule == "LKJ603")
    assert inconsistent.found == "196640101 199302 1004" and inconsistent.expected == "19640101 199302 1 004"


def test_the_configured_nip_is_canonical(document_of):
    document = document_of(block("Drs. ISWANDI, M.Si", "19640101 199302 1 001"),
                           block("Drs. ISWANDI, M.Si", "19640101 199302 1 001"))
    config = Config(officials=(("Drs. Iswandi", "19640101 199302 1 004"),))
    [finding] = run(document, config)
    assert finding.message_id == "nip-inconsistent-configured"
    assert finding.expected == "19640101 199302 1 004"
    assert len(finding.related) == 1
    assert run(document) == []


def test_different_people_may_have_different_nips(document_of):
    document = document_of(block("Drs. ISWANDI, M.Si", "19640101 199302 1 004"),
                           block("Hj. SITI AMINAH, S.E.", "19750505 200003 2 002"))
    assert run(document) == []


def test_an_official_without_nip_is_not_checked(document_of):
    document = document_of(block("Drs. ISWANDI, M.Si", "19640101 199302 1 004"),
                           "BUPATI JEMBER,", "Ir.H.HENDY SISWANTO,ST,IPU")
    assert run(document) == []


@pytest.mark.parametrize("nip, reason", [
    ("196640101 199302 1004", "length"),
    ("19640230 199302 1 004", "birth-date"),
    ("19640101 199313 1 004", "appointment-month"),
    ("19640101 195002 1 004", "appointment-before-birth"),
    ("19640101 197002 1 004", "appointment-age"),
    ("19640101 199302 5 004", "gender"),
])
def test_invalid_nips(document_of, nip, reason):
    [finding] = run(document_of(block("Drs. ISWANDI, M.Si", nip)))
    assert finding.rule == "LKJ602"
    assert finding.message_id == f"nip-invalid-{reason}"
    assert finding.param_dict()["reason"] == reason
    assert finding.found == nip
    assert "{" not in render(finding) and "{" not in render(finding, "id")


def test_an_invalid_nip_is_reported_once_with_its_places(document_of):
    document = document_of(block("Drs. ISWANDI, M.Si", "196640101 199302 1004"),
                           block("Drs. ISWANDI, M.Si", "196640101 199302 1004"))
    [finding] = run(document)
    assert finding.rule == "LKJ602" and len(finding.related) == 1
    assert render(finding) == "NIP 196640101 199302 1004 has 19 digits; a NIP has 18"


def test_an_invalid_variant_is_also_inconsistent(document_of):
    document = document_of(block("Drs. ISWANDI, M.Si", "19640101 199302 1 004"),
                           block("Drs. ISWANDI, M.Si", "19640101 199302 1 004"),
                           block("Drs. I S W A N D I, M.Si", "196640101 199302 1004"))
    assert sorted(rules(run(document))) == ["LKJ602", "LKJ603"]


def test_pppk_numbers(document_of):
    pppk = "Hj. SITI AMINAH, S.E.\nPPPK\nNIP. 19850101 202121 2 001"
    assert run(document_of(pppk)) == []
    [finding] = run(document_of(block("Hj. SITI AMINAH, S.E.", "19850101 202121 2 001")))
    assert finding.message_id == "nip-invalid-appointment-month"


def test_rank_inconsistent(document_of):
    document = document_of(block("Drs. ISWANDI, M.Si", "19640101 199302 1 004", "Pembina TK I"),
                           block("Drs. ISWANDI, M.Si", "19640101 199302 1 004", "Pembina Tk.I"),
                           block("Drs. ISWANDI, M.Si", "19640101 199302 1 004", "Pembina"))
    [finding] = run(document)
    assert finding.rule == "LKJ604"
    assert finding.found == "Pembina" and finding.expected == "Pembina TK I"
    assert finding.location.paragraph == 3
    assert render(finding) == "The rank of ISWANDI is 'Pembina' here, but 'Pembina TK I' in 2 place(s)"


def test_rank_grades_are_compared_when_both_are_printed(document_of):
    document = document_of(block("Drs. ISWANDI", "19640101 199302 1 004", "Pembina Tk.I (IV/b)"),
                           block("Drs. ISWANDI", "19640101 199302 1 004", "Pembina Tk.I"),
                           block("Drs. ISWANDI", "19640101 199302 1 004", "Pembina Tk.I (IV/b)"))
    assert run(document) == []
    document = document_of(block("Drs. ISWANDI", "19640101 199302 1 004", "Pembina Tk.I (IV/b)"),
                           block("Drs. ISWANDI", "19640101 199302 1 004", "Pembina Tk.I (IV/c)"),
                           block("Drs. ISWANDI", "19640101 199302 1 004", "Pembina Tk.I (IV/b)"))
    [finding] = run(document)
    assert finding.found == "Pembina Tk.I (IV/c)"


def test_officials_table(document_of, table_from_rows):
    table = table_from_rows([
        ["No", "Nama", "NIP", "Pangkat/Gol"],
        ["1", "Drs. ISWANDI, M.Si", "196401011993021001", "Pembina Tk.I"],
    ])
    document = document_of(table, block("Drs. ISWANDI, M.Si", "19640101 199302 1 004"),
                           block("Drs. ISWANDI, M.Si", "19640101 199302 1 004"))
    [finding] = run(document)
    assert finding.rule == "LKJ603" and finding.found == "196401011993021001"
    assert (finding.location.table, finding.location.row, finding.location.column) == (1, 2, 3)


# --- LKJ605 ----------------------------------------------------------------------------------

def name_variants(document):
    return [f for f in run(document) if f.rule == "LKJ605"]


def test_a_name_one_letter_off_where_it_is_printed_fewer_times(document_of, table_from_rows):
    document = document_of(
        table_from_rows([["Nama", ":", "Ir. H. HENDI SISWANTO, ST, IPU"], ["Jabatan", ":", "Bupati Jember"]]),
        "Selaku atasan pihak pertama.",
        "Pihak Kedua BUPATI JEMBER, Ir. H. HENDY SISWANTO, ST, IPU",
        "Lampiran perjanjian kinerja.",
        "Pihak Kedua BUPATI JEMBER, Ir. H. HENDY SISWANTO, ST, IPU",
    )
    [finding] = name_variants(document)
    assert (finding.found, finding.expected) == ("HENDI SISWANTO", "HENDY SISWANTO")
    assert finding.location.table == 1
    assert [r.role for r in finding.related] == ["reference", "reference"]
    assert "one letter differently" in render(finding)


@pytest.mark.parametrize("second", [
    # two people, each with a NIP of their own
    "Drs. BUDI SANTOSA, M.Si\nNIP. 19700202 199503 1 002",
    # short names: one letter is a different name
    "Drs. ALI, M.Si\nNIP. 19700202 199503 1 002",
])
def test_names_one_letter_apart_that_are_not_one_person(document_of, second):
    document = document_of("Drs. BUDI SANTOSO, M.Si\nNIP. 19640101 199302 1 004", "Isi laporan.",
                           "Drs. ALO, M.Si\nNIP. 19640101 199302 1 004", "Isi laporan.", second)
    assert name_variants(document) == []


def test_a_tie_names_no_spelling_right(document_of):
    document = document_of("BUPATI JEMBER, Ir. H. HENDY SISWANTO, ST, IPU", "Isi laporan.",
                           "BUPATI JEMBER, Ir. H. HENDI SISWANTO, ST, IPU")
    assert name_variants(document) == []


def test_one_person_one_nip_two_spellings(document_of):
    """The same NIP under two spellings: one person, whatever the letters."""
    document = document_of("Drs. ISWANDI, M.Si\nNIP. 19640101 199302 1 004", "Isi laporan.",
                           "Drs. ISWANDI, M.Si\nNIP. 19640101 199302 1 004", "Isi laporan.",
                           "Drs. ISWANDY, M.Si\nNIP. 19640101 199302 1 004")
    assert [(f.found, f.expected) for f in name_variants(document)] == [("ISWANDY", "ISWANDI")]
