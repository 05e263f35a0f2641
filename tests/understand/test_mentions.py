from lkjip_lint.text.sentences import sentence_at
from lkjip_lint.understand.mentions import text_lines


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
