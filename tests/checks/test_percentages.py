from lkjip_lint.checks import percentages
from lkjip_lint.config import Config
from lkjip_lint.understand.facts import Facts
from lkjip_lint.vocab import load_packs

HEADER = ["No", "PROGRAM/ KEGIATAN", "ANGGARAN (Rp.)", "REALISASI (Rp)", "CAPAIAN (%)"]


def run(document):
    return list(percentages.check(Facts([document], load_packs()), Config()))


def test_flags_wrong_percentage_with_evidence(table_from_rows, document_of):
    table = table_from_rows([
        HEADER,
        ["(1)", "(2)", "(3)", "(4)", "(5)"],
        ["II", "Program Penyelenggaraan pemerintahan", "3.071.415.500", "3.094.283.480", "996.22 %"],
        ["1", "Koordinasi kegiatan", "2.705.332.000", "2.703.061.480", "99.92 %"],
    ], caption="Tabel 3.9 Realisasi Anggaran")
    findings = run(document_of(table))
    assert len(findings) == 1
    f = findings[0]
    assert f.rule == "LKJ101"
    assert f.found == "996.22 %"
    assert f.expected == "100,74 %"  # in the report's one number style, whatever the cell's
    assert f.evidence == "3.094.283.480 / 3.071.415.500 × 100 = 100,74"
    assert f.location.row == 3 and f.location.column == 5
    assert f.location.column_label == "CAPAIAN (%)"
    assert f.location.row_label.startswith("Program Penyelenggaraan")


def test_rounded_and_truncated_values_are_silent(table_from_rows, document_of):
    table = table_from_rows([
        HEADER,
        ["2", "Penyelenggaraan urusan", "366.083.500", "391.222.000", "106.86 %"],   # 106.8667 truncated
        ["2", "Koordinasi kelurahan", "2.688.589.000", "168.448.500", "6.26 %"],     # 6.2652 rounded/truncated
        ["3", "Pemeliharaan", "196.956.250", "191.552.050", "97,26 %"],              # decimal comma
        ["4", "Rounded to whole", "400.681.000", "391.222.000", "98 %"],              # 97.64 -> 98
    ])
    assert run(document_of(table)) == []


def test_english_style_amounts(table_from_rows, document_of):
    table = table_from_rows([
        ["No", "Program", "Pagu", "Realisasi", "%"],
        ["I", "Program A", "1,240,488,150", "1,186,528,863", "73.49"],
        ["II", "Program B", "3,071,415,500", "3,094,283,480", "100.74"],
    ])
    findings = run(document_of(table))
    assert [f.found for f in findings] == ["73.49"]
    assert findings[0].expected == "95.65 %"


def test_budget_row_of_a_target_realisation_table(table_from_rows, document_of):
    table = table_from_rows([
        ["", "Uraian", "Target", "Realisasi", "%"],
        ["Masukan/Input", ": Anggaran", "114.120.000", "44.800.000", "93 %"],
        ["Keluaran/Output", ": Jumlah peserta rakor rutin", "60 Orang", "60 Orang", "100 %"],
    ])
    findings = run(document_of(table))
    assert len(findings) == 1
    # no decimal mark in "93 %": the document's Indonesian style decides how to print
    assert findings[0].found == "93 %" and findings[0].expected == "39,26 %"


def test_zero_budget_and_blank_cells_are_not_checked(table_from_rows, document_of):
    table = table_from_rows([
        HEADER,
        ["1", "Kegiatan tanpa pagu", "0", "0", "0.00 %"],
        ["2", "Kegiatan belum diisi", "69.820.000", "", "12 %"],
    ])
    assert run(document_of(table)) == []


def test_table_without_budget_vocabulary_is_ignored(table_from_rows, document_of):
    table = table_from_rows([
        ["No", "Indikator", "Target", "Realisasi", "Capaian"],
        ["1", "Persentase layanan", "98 %", "100 %", "50 %"],
    ])
    assert run(document_of(table)) == []


def test_configured_tolerance_widens_the_comparison(table_from_rows, document_of):
    table = table_from_rows([HEADER, ["1", "Kegiatan", "100.000.000", "97.640.000", "97,00 %"]])
    document = document_of(table)
    facts = Facts([document], load_packs())
    assert [f.found for f in percentages.check(facts, Config())] == ["97,00 %"]
    assert list(percentages.check(facts, Config(tolerance=1.0))) == []
