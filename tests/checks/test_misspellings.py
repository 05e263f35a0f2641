from lkjip_lint.checks import misspellings
from lkjip_lint.checks.misspellings import same_case
from lkjip_lint.config import Config, is_selected
from lkjip_lint.messages import render
from lkjip_lint.understand.facts import Facts
from lkjip_lint.vocab import load_packs


def run(document, config=Config(), packs=None):
    return list(misspellings.check(Facts([document], packs or load_packs()), config))


def test_one_finding_per_word_with_every_place(document_of, table_from_rows):
    table = table_from_rows([["Indikator"], ["Prosentase rekomendasi ditindaklanjuti"]])
    document = document_of("Indikator: Prosentase pelayanan. PROSENTASE lagi.", table,
                           "Jember, 1 Nopember 2021", "Persentase yang benar.")
    findings = {f.found: f for f in run(document)}
    assert set(findings) == {"Prosentase", "Nopember"}
    prosentase = findings["Prosentase"]
    assert prosentase.rule == "LKJ621" and prosentase.expected == "Persentase"
    assert [r.found for r in prosentase.related] == ["PROSENTASE", "Prosentase"]
    assert prosentase.location.paragraph == 1
    assert prosentase.related[1].location.table == 1
    assert prosentase.param_dict() == {"places": 3, "occurrences": 3}
    assert render(prosentase) == "'Prosentase' is a non-standard spelling of 'Persentase' (3 place(s))"


def test_whole_words_only(document_of):
    document = document_of("Survei kepuasan, presentasi hasil, sistem informasi, efektivitas.",
                           "Surveyor dan sistimatis bukan kesalahan daftar ini.")
    assert run(document) == []


def test_case_of_the_suggestion():
    assert same_case("persentase", "PROSENTASE") == "PERSENTASE"
    assert same_case("persentase", "Prosentase") == "Persentase"
    assert same_case("efektivitas", "efektifitas") == "efektivitas"


def test_a_foreign_region_term_is_left_to_the_region_rule(document_of):
    jember = ("PEMERINTAH KABUPATEN JEMBER", "Kabupaten Jember", "Penegakan Qonun daerah.")
    assert run(document_of(*jember)) == []
    only_misspellings = Config(select=("LKJ621",))
    assert [f.found for f in run(document_of(*jember), only_misspellings)] == ["Qonun"]
    aceh = ("PEMERINTAH KABUPATEN ACEH BESAR", "Kabupaten Aceh Besar", "Penegakan Qonun daerah.")
    [finding] = run(document_of(*aceh))
    assert finding.found == "Qonun" and finding.expected == "Qanun"


def test_perbub_in_a_kabupaten_report_is_a_misspelling(document_of):
    [finding] = run(document_of("Kabupaten Jember", "Perbub No. 61 Tahun 2016"))
    assert finding.expected == "Perbup"


def test_the_rule_can_be_switched_off():
    assert not is_selected(misspellings.COMMON_MISSPELLING, Config(ignore=("LKJ621",)))
    assert "--ignore LKJ621" in misspellings.COMMON_MISSPELLING.explain()


def test_a_user_pack_extends_the_list(document_of, tmp_path):
    (tmp_path / "misspellings.toml").write_text('[words]\nanalisa = "analisis"\n', encoding="utf-8")
    packs = load_packs((str(tmp_path),))
    findings = run(document_of("Analisa capaian dan Prosentase."), packs=packs)
    assert {(f.found, f.expected) for f in findings} == {("Analisa", "Analisis"), ("Prosentase", "Persentase")}
