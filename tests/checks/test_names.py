import pytest

from lkjip_lint.checks import identifiers, misspellings, names, region_terms
from lkjip_lint.config import Config
from lkjip_lint.extract import extract
from lkjip_lint.messages import render
from lkjip_lint.understand.facts import Facts
from lkjip_lint.vocab import load_packs

from ..conftest import FIXTURES, SAMPLES

COVER = ("LAPORAN KINERJA", "KECAMATAN SUMBERSARI", "TAHUN 2021", "KATA PENGANTAR")


def run(document, config=Config(), modules=(names,)):
    facts = Facts([document], load_packs())
    return [f for module in modules for f in module.check(facts, config)]


def test_each_variant_once_with_every_place(document_of):
    document = document_of(*COVER,
                           "Laporan Kinerja Kecamatan Sumpalsari disusun. Kecamatan Sumpalsari melapor.",
                           "Sumpalsari, 14 Januari 2022",
                           "CAMAT SUMBERSARI",
                           "Wilayah Kecamatan Sumpalsari.")
    [finding] = run(document)
    assert finding.rule == "LKJ601"
    assert finding.found == "Sumpalsari" and finding.expected == "SUMBERSARI"
    assert finding.location.paragraph == 5
    assert [(r.location.paragraph, r.found) for r in finding.related] == [(6, "Sumpalsari"), (8, "Sumpalsari")]
    assert finding.snippet == "Laporan Kinerja Kecamatan Sumpalsari disusun."
    assert finding.param_dict() == {"canonical": "Kecamatan SUMBERSARI", "occurrences": 4, "places": 3}
    assert render(finding) == ("'Sumpalsari' is a variant spelling of the institution name Kecamatan SUMBERSARI "
                               "(printed 4 time(s) in 3 place(s))")
    assert "nama instansi Kecamatan SUMBERSARI" in render(finding, "id")


def test_case_variants_belong_to_one_spelling(document_of):
    document = document_of(*COVER, "Kecamatan Sumpersari melapor.", "CAMAT SUMPERSARI")
    [finding] = run(document)
    assert finding.found == "Sumpersari"
    assert [r.found for r in finding.related] == ["SUMPERSARI"]


def test_variants_in_table_cells(document_of, table_from_rows):
    table = table_from_rows([["No", "Sasaran"], ["1", "Meningkatnya koordinasi Wilayah Kecamatan Summersari"]])
    [finding] = run(document_of(*COVER, table))
    assert finding.found == "Summersari"
    assert (finding.location.table, finding.location.row, finding.location.column) == (1, 2, 2)


def test_a_dinas_in_a_kota(document_of):
    document = document_of("LAPORAN KINERJA", "DINAS PERHUBUNGAN KOTA MALANG", "KATA PENGANTAR",
                           "Dinas Perhubungan Kota Malang menyusun laporan.",
                           "Dinas Perhubngan Kota Malang juga.",
                           "Koordinasi dengan Dinas Perumahan dan Dinas Pendidikan Kota Malang.")
    [finding] = run(document)
    assert finding.found == "Perhubngan"
    assert finding.param_dict()["canonical"] == "Dinas PERHUBUNGAN"


def test_a_badan_with_a_clean_name_is_silent(document_of):
    document = document_of("LAPORAN KINERJA", "BADAN PERENCANAAN PEMBANGUNAN DAERAH", "KABUPATEN SLEMAN",
                           "KATA PENGANTAR", "Badan Perencanaan Pembangunan Daerah Kabupaten Sleman.",
                           "Bersama Badan Pendapatan Daerah dan Badan Kepegawaian Daerah.")
    assert run(document) == []


def test_configured_institution(document_of):
    document = document_of("LAPORAN KINERJA", "KECAMATAN SUMPALSARI", "KATA PENGANTAR",
                           "Kecamatan Sumbersari melapor.")
    [finding] = run(document, Config(institution="Kecamatan Sumbersari"))
    assert finding.found == "SUMPALSARI" and finding.expected == "Sumbersari"


def test_accepted_names(document_of):
    document = document_of(*COVER, "Kecamatan Sumpersari melapor.")
    assert run(document, Config(accepted_names=("Sumpersari",))) == []


# ---- the sample report and its corrected copy (all LKJ6xx rules) ------------------------

ALL = (names, identifiers, region_terms, misspellings)
SAMPLE = SAMPLES / "lkjip-kecamatan-sumbersari-2021"


def sample_findings(path):
    return run(extract(path), Config(), ALL)


def everything_found(findings):
    return {f.found for f in findings} | {r.found for f in findings for r in f.related}


@pytest.fixture(scope="module", params=["txt", "docx", "pdf"])
def sample(request):
    findings = sample_findings(SAMPLE.with_suffix("." + request.param))
    by_rule = {}
    for finding in findings:
        by_rule.setdefault(finding.rule, []).append(finding)
    return request.param, by_rule


def test_sample_institution_name_variants(sample):
    form, by_rule = sample
    variants = {f.found: f.param_dict()["occurrences"] for f in by_rule["LKJ601"]}
    assert variants == {"Sumpalsari": 52, "Summersari": 13, "Sumpersari": 9, "Sumber Sari": 2}
    assert all(f.expected == "Sumbersari" for f in by_rule["LKJ601"])
    sumpersari = next(f for f in by_rule["LKJ601"] if f.found == "Sumpersari")
    assert "SUMPERSARI" in {r.found for r in sumpersari.related}
    if form == "txt":
        assert {f.found: len(f.related) + 1 for f in by_rule["LKJ601"]} == {
            "Sumpalsari": 42, "Summersari": 11, "Sumpersari": 8, "Sumber Sari": 2}
        assert [f.location.line for f in by_rule["LKJ601"]] == [15, 101, 126, 239]


def test_sample_nips(sample):
    _, by_rule = sample
    [invalid] = by_rule["LKJ602"]
    assert invalid.found == "196640101 199302 1004" and invalid.param_dict()["count"] == 19
    [inconsistent] = by_rule["LKJ603"]
    assert inconsistent.expected == "19640101 199302 1 004"
    assert inconsistent.param_dict()["person"] == "ISWANDI"
    differing = [inconsistent.found] + [r.found for r in inconsistent.related if r.role == "also"]
    assert sorted(differing) == ["19640101 199302 1 001", "19640101 199303 1 004", "19640101 199303 1 004",
                                 "196640101 199302 1004"]
    references = [r for r in inconsistent.related if r.role == "reference"]
    assert references and {r.found for r in references} == {"19640101 199302 1 004"}
    assert len(references) == inconsistent.param_dict()["canonical_places"]
    assert "LKJ604" not in by_rule  # "Pembina TK I" = "Pembina Tk.I" = "Pembina TK. I"


def test_sample_region_terms_and_misspellings(sample):
    _, by_rule = sample
    [qanun] = by_rule["LKJ611"]
    assert [qanun.found] + [r.found for r in qanun.related] == ["Qanun", "Qonun"]
    assert qanun.param_dict()["report_region"] == "Kabupaten Jember"
    misspelt = {f.found: f.expected for f in by_rule["LKJ621"]}
    assert misspelt["Prosentase"] == "Persentase" and misspelt["Kordinasi"] == "Koordinasi"
    assert misspelt["Nopember"] == "November" and misspelt["Perbub"] == "Perbup"
    assert "Qonun" not in misspelt  # reported once, as a region term


def test_sample_real_names_are_silent(sample):
    _, by_rule = sample
    findings = [f for fs in by_rule.values() for f in fs]
    assert not everything_found(findings) & {"Jember", "JEMBER", "Sumbersari", "SUMBERSARI", "HENDY SISWANTO",
                                             "Bupati", "Peraturan Bupati"}


def test_the_corrected_copy():
    findings = sample_findings(FIXTURES / "corrected.txt")
    assert [f for f in findings if f.rule in ("LKJ601", "LKJ602", "LKJ603", "LKJ604", "LKJ611")] == []
    assert not everything_found(findings) & {"Kordinasi", "Qonun", "Qanun"}


def test_the_renamed_copy():
    """The sample renamed to Kecamatan Kaliwates, each misspelling mapped to one of the new name."""
    findings = [f for f in sample_findings(FIXTURES / "varied.txt") if f.rule == "LKJ601"]
    assert {f.found: f.param_dict()["occurrences"] for f in findings} == {
        "Kalipates": 52, "Kaliwatis": 13, "Kaliwetes": 9, "Kali Wates": 2}
    assert {f.expected for f in findings} == {"Kaliwates"}
