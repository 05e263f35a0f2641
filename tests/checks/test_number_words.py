from lkjip_lint.checks import number_words
from lkjip_lint.config import Config
from lkjip_lint.messages import render
from lkjip_lint.understand.facts import Facts
from lkjip_lint.vocab import load_packs


def run(*documents):
    return list(number_words.check(Facts(list(documents), load_packs()), Config()))


def test_digits_and_words_that_differ(document_of):
    findings = run(document_of("Kegiatan yang dilaksanakan sebanyak 4 (tiga) kegiatan yaitu :"))
    assert len(findings) == 1
    f = findings[0]
    assert f.rule == "LKJ411"
    assert f.found == "4 (tiga)"
    assert f.expected == "4 (empat)"
    assert f.param_dict() == {"digits_value": "4", "words_value": "3"}
    assert f.snippet.startswith("Kegiatan yang dilaksanakan")
    assert f.location.paragraph == 1
    assert "the words say 3" in render(f, "en")
    assert "terbilangnya 3" in render(f, "id")


def test_amounts_in_rupiah(document_of):
    right = "Pagu sebesar Rp 440.768.000 (empat ratus empat puluh juta tujuh ratus enam puluh delapan ribu rupiah)."
    with_cents = "Rp 100.000,00 (seratus ribu rupiah) dan Rp 50.000,- (lima ribu rupiah)."
    wrong = "Pagu sebesar Rp 440.768.000 (empat ratus empat puluh juta tujuh ratus enam puluh ribu rupiah)."
    assert run(document_of(right)) == []
    assert [f.found for f in run(document_of(with_cents))] == ["Rp 50.000,- (lima ribu rupiah)"]
    findings = run(document_of(wrong))
    assert [f.expected for f in findings] == [
        "Rp 440.768.000 (empat ratus empat puluh juta tujuh ratus enam puluh delapan ribu rupiah)"
    ]
    assert findings[0].param_dict()["words_value"] == "440.760.000"


def test_words_before_digits(document_of):
    assert run(document_of("Dilaksanakan oleh dua puluh (20) orang petugas.")) == []
    findings = run(document_of("Dilaksanakan oleh tujuh ratus empat puluh dua (724) orang."))
    assert [(f.found, f.expected) for f in findings] == [
        ("tujuh ratus empat puluh dua (724)", "tujuh ratus dua puluh empat (724)")
    ]


def test_agreeing_numbers_and_things_that_are_not_claims(document_of):
    doc = document_of(
        "Hal ini dilihat dari 1 (satu) indikator sasaran Hasil Survei Kepuasan Masyarakat (SKM).",
        "Terdiri dari 2 (dua) program dan 2 (dua) kegiatan sebagai berikut :",
        "Peraturan Menteri PANRB Nomor 53 Tahun 2014 (Renstra 2016-2021).",
        "Realisasi Th. 2018 (n-1) dan Th. 2019 (n).",
        "Jumlah bangunan sarana dan prasarana masyarakat (7) kelurahan.",
        "Anggaran Rp 14.463.930.781 (82.04%) dari pagu.",
        "Pasal 3 ayat (1) dan huruf a (2).",
        "Target 80% (delapan puluh persen) tercapai; nilai 2,5 (dua koma lima).",
        "Sebanyak 742 (tujuh ratus empat puluh dua) orang RT/RW dan 13.000 (tiga belas ribu) berkas.",
        "Kegiatan kedua (2) dan ketiga (3) berjalan baik.",
    )
    assert run(doc) == []


def test_table_cells_are_read_with_their_place(document_of, table_from_rows):
    table = table_from_rows([
        ["No", "Uraian", "Target"],
        ["1", "Jumlah peserta", "60 (enam puluh) orang"],
        ["2", "Jumlah RT/RW", "742 (tujuh ratus empat puluh) orang"],
    ])
    findings = run(document_of(table))
    assert len(findings) == 1
    assert findings[0].location.row == 3 and findings[0].location.column == 3
    assert findings[0].location.column_label == "Target"


def test_companion_documents_are_read_too(document_of):
    report = document_of("Sebanyak 2 (dua) sasaran.")
    companion = document_of("Sebanyak 3 (dua) sasaran.", path="pk.txt")
    findings = run(report, companion)
    assert [f.location.file for f in findings] == ["pk.txt"]
