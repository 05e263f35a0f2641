from lkjip_lint.checks import budgets
from lkjip_lint.config import Config
from lkjip_lint.understand.facts import Facts
from lkjip_lint.vocab import load_packs


def dossier(table_from_rows, document_of, *, pk_amount="Rp. 250.000.000", rkt_amount="250.000.000",
            evaluation_amount="250.000.000", prose_amount="Rp 250.000.000"):
    program_list = [
        "Program Kegiatan :",
        "1. Pengelolaan Perizinan Berusaha Terpadu",
        "2. Pemeliharaan Barang Milik Daerah",
        "3. Koordinasi Kegiatan Pemberdayaan Desa/Kelurahan",
    ]
    pk_amounts = table_from_rows([
        ["Anggaran", "Keterangan"],
        [pk_amount, "APBD"],
        ["Rp. 40.000.000", "APBD"],
        ["Rp. 00", "APBD"],
    ], index=1)
    evaluation = table_from_rows([
        ["", "Uraian", "Target", "Realisasi", "%"],
        ["Masukan/Input", ": Anggaran", evaluation_amount, "200.000.000", "80 %"],
    ], index=2)
    budget = table_from_rows([
        ["No", "Program/Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "%"],
        ["I", "Program Pelayanan Penanaman Modal", "290.000.000", "230.000.000", "79,31 %"],
        ["1", "Pengelolaan perizinan berusaha terpadu", "250.000.000", "200.000.000", "80,00 %"],
        ["2", "Pemeliharaan barang milik daerah", "40.000.000", "30.000.000", "75,00 %"],
        ["II", "Program Pemberdayaan", "100.000.000", "50.000.000", "50,00 %"],
        ["1", "Koordinasi kegiatan pemberdayaan desa", "60.000.000", "30.000.000", "50,00 %"],
        ["2", "Koordinasi kegiatan pemberdayaan kelurahan", "40.000.000", "20.000.000", "50,00 %"],
    ], index=3)
    rkt = table_from_rows([
        ["Program", "Kegiatan", "Indikator Kegiatan", "Target", "Anggaran"],
        ["Program Pelayanan Penanaman Modal", "Pengelolaan Perizinan Berusaha Terpadu", "Jumlah izin terbit",
         "500 Dokumen", rkt_amount],
    ], index=4)
    return document_of(
        "PERJANJIAN KINERJA TAHUN 2023", *program_list, "Jumlah", pk_amounts,
        "1. Program: Pelayanan Penanaman Modal", "Kegiatan Pengelolaan Perizinan Berusaha Terpadu", evaluation,
        budget,
        f"- Pengelolaan perizinan berusaha terpadu dengan Anggaran {prose_amount}",
        "RENCANA KINERJA TAHUNAN (RKT) TAHUN 2023", rkt,
    )


def run(document):
    return list(budgets.check(Facts([document], load_packs()), Config()))


def test_consistent_amounts_are_silent(table_from_rows, document_of):
    assert run(dossier(table_from_rows, document_of)) == []


def test_one_finding_lists_every_place(table_from_rows, document_of):
    findings = run(dossier(table_from_rows, document_of, pk_amount="Rp. 275.000.000", rkt_amount="260.000.000"))
    assert len(findings) == 1
    f = findings[0]
    assert f.rule == "LKJ205"
    assert f.expected == "250.000.000"
    amounts = sorted([f.found] + [r.found for r in f.related])
    assert amounts == ["250.000.000", "250.000.000", "250.000.000", "260.000.000", "275.000.000"]
    assert dict(f.params)["count"] == 3


def test_different_activities_are_not_joined(table_from_rows, document_of):
    # "Desa/Kelurahan" in the PK is neither the desa nor the kelurahan activity alone
    assert run(dossier(table_from_rows, document_of)) == []


def test_prose_amount_is_a_place(table_from_rows, document_of):
    findings = run(dossier(table_from_rows, document_of, prose_amount="Rp 255.000.000"))
    assert [(f.found, f.expected) for f in findings] == [("255.000.000", "250.000.000")]
    assert findings[0].location.paragraph is not None


def test_an_amount_printed_rounded_in_words_agrees(table_from_rows, document_of):
    findings = run(dossier(table_from_rows, document_of, prose_amount="Rp0,25 miliar"))
    assert findings == []
    findings = run(dossier(table_from_rows, document_of, prose_amount="Rp0,27 miliar"))
    assert [f.found for f in findings] == ["270.000.000"]


def test_a_sentence_budgeting_two_activities_names_neither(table_from_rows, document_of):
    document = dossier(table_from_rows, document_of)
    blocks = list(document.blocks) + [
        "Sasaran 1 didukung oleh Kegiatan Pengelolaan Perizinan Berusaha Terpadu serta "
        "Kegiatan Pemeliharaan Barang Milik Daerah dengan anggaran Rp 290.000.000."]
    extended = document_of(*[b.text if hasattr(b, "text") and not hasattr(b, "rows") else b for b in blocks])
    assert run(extended) == []
