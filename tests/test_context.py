from __future__ import annotations

from conftest import build_document, build_table

from lkjip_lint.context import attach_context, sentence_with
from lkjip_lint.findings import make_finding
from lkjip_lint.model import Location, Paragraph


def _finding(location: Location, found: str, snippet: str | None = None):
    return make_finding("LKJ501", location, "impossible-year", found=found, snippet=snippet)


def test_a_paragraph_finding_quotes_its_sentence():
    document = build_document("Pendahuluan.",
                              "Laporan ini disusun. Kegiatan dilaksanakan tahun 20121 di kecamatan. Sekian.")
    [finding] = attach_context([document], [_finding(Location(file="report.txt", paragraph=2), "tahun 20121")])
    assert finding.snippet == "Kegiatan dilaksanakan tahun 20121 di kecamatan."


def test_numbers_and_abbreviations_do_not_end_a_sentence():
    text = "Realisasi Rp 1.186.528.863 s.d. akhir tahun. Berikutnya."
    assert sentence_with(text, "1.186.528.863") == "Realisasi Rp 1.186.528.863 s.d. akhir tahun."


def test_a_cell_finding_quotes_the_cell_or_its_row_when_the_cell_holds_only_the_value():
    table = build_table([["No", "Uraian", "Target"], ["1", "Jumlah peserta rakor rutin orang", "60 Orang"]],
                        index=3)
    document = build_document(table)
    name = _finding(Location(file="report.txt", table=3, row=2, column=2), "rakor")
    value = _finding(Location(file="report.txt", table=3, row=2, column=3), "60 Orang")
    quoted_name, quoted_value = attach_context([document], [name, value])
    assert quoted_name.snippet == "Jumlah peserta rakor rutin orang"
    assert quoted_value.snippet == "1 | Jumlah peserta rakor rutin orang | 60 Orang"


def test_a_quote_given_by_the_check_is_kept():
    document = build_document("Kalimat lain.")
    [finding] = attach_context([document], [_finding(Location(file="report.txt", paragraph=1), "x", "dari cek")])
    assert finding.snippet == "dari cek"


def _heading(text: str, index: int) -> Paragraph:
    return Paragraph(text=text, index=index, location=Location(file="report.txt", paragraph=index),
                     heading_level=2)


def test_anchors_name_tables_by_caption_or_by_heading_and_header_row():
    captioned = build_table([["No", "Program", "Anggaran"], ["1", "A", "5"]], index=1, caption="Tabel 3.1 Anggaran")
    plain = build_table([["No", "Program", "Anggaran"], ["1", "A", "5"]], index=2)
    twin = build_table([["No", "Program", "Anggaran"], ["1", "B", "6"]], index=3)
    document = build_document(captioned, _heading("B. Realisasi Anggaran", 10), plain, twin, "Penjelasan.")
    findings = [_finding(Location(file="report.txt", table=n, row=2, column=3), "5") for n in (1, 2, 3)]
    findings.append(_finding(Location(file="report.txt", paragraph=1), "x"))  # "Penjelasan."
    anchors = [f.anchor for f in attach_context([document], findings)]
    assert anchors == ["Tabel 3.1 Anggaran", "B. Realisasi Anggaran | No | Program | Anggaran",
                       "B. Realisasi Anggaran | No | Program | Anggaran #2", "B. Realisasi Anggaran"]


def test_findings_of_other_documents_are_left_alone():
    document = build_document("Kalimat.")
    finding = _finding(Location(file="companion.docx", paragraph=1), "x")
    assert attach_context([document], [finding]) == [finding]
