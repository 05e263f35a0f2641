from __future__ import annotations

import zipfile

import docx
import pytest
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from robustness.hostile_inputs import (
    deep_xml_docx,
    deflate_bomb_docx,
    huge_table_docx,
    huge_text_run_docx,
    many_tables_docx,
    nested_tables_docx,
)

from lkjip_lint import limits
from lkjip_lint.extract import extract
from lkjip_lint.extract.docx import (
    COMPOUND_FILE,
    CORRUPT,
    ENCRYPTED,
    LEGACY_DOC,
    NOT_WORD,
    TEXT_NODE_TOO_LONG,
    TOO_DEEP,
    extract_docx,
)
from lkjip_lint.model import ExtractError, Paragraph, Table

CFB_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")


# --- builders ----------------------------------------------------------------------


def save(document, tmp_path, name: str = "report.docx") -> str:
    path = tmp_path / name
    document.save(path)
    return str(path)


def read(document, tmp_path):
    return extract_docx(save(document, tmp_path))


def append_body_xml(document, xml: str):
    """Insert a raw block (``<w:p>`` or ``<w:tbl>``) at the end of the body."""
    element = parse_xml(xml)
    document.element.body.sectPr.addprevious(element)
    return element


def raw_paragraph(inner: str, properties: str = "") -> str:
    return f"<w:p {nsdecls('w')}><w:pPr>{properties}</w:pPr>{inner}</w:p>"


def run(text: str = "", extra: str = "") -> str:
    return f'<w:r>{extra}<w:t xml:space="preserve">{text}</w:t></w:r>'


def paragraphs(document) -> list[Paragraph]:
    return list(document.paragraphs())


def tables(document) -> list[Table]:
    return list(document.tables())


def add_abstract_list(document, abstract_id: int, inner_xml: str) -> None:
    numbering = document.part.numbering_part.element
    abstract = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">{inner_xml}</w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)  # the schema wants every abstractNum before the nums
    else:
        numbering.append(abstract)


def add_num(document, num_id: int, abstract_id: int, inner_xml: str = "") -> int:
    document.part.numbering_part.element.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{inner_xml}</w:num>'
    ))
    return num_id


def levels_xml(levels: list[tuple[str, str]]) -> str:
    return "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text) in enumerate(levels)
    )


def add_list_definition(document, levels: list[tuple[str, str]], num_id: int = 90) -> int:
    """Register an abstract list with (numFmt, lvlText) per level and a num of the same id pointing at it."""
    add_abstract_list(document, num_id, levels_xml(levels))
    return add_num(document, num_id, num_id)


def add_numbered(document, text: str, num_id: int, level: int = 0):
    paragraph = document.add_paragraph(text)
    properties = paragraph._p.get_or_add_pPr()
    properties.append(parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'
    ))
    return paragraph


def rewrite_member(path: str, member: str, data: bytes) -> None:
    with zipfile.ZipFile(path) as source:
        items = [(info, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, content in items:
            target.writestr(info, data if info.filename == member else content)


# --- reading order -----------------------------------------------------------------


def test_blocks_follow_document_order(tmp_path):
    document = docx.Document()
    document.add_paragraph("Sebelum tabel")
    document.add_table(rows=1, cols=2).cell(0, 0).text = "isi"
    document.add_paragraph("Sesudah tabel")

    result = read(document, tmp_path)

    assert [block.kind for block in result.blocks] == ["paragraph", "table", "paragraph"]
    assert [p.text for p in paragraphs(result)] == ["Sebelum tabel", "Sesudah tabel"]
    assert [p.index for p in paragraphs(result)] == [1, 2]
    assert result.blocks[2].location.paragraph == 2
    assert tables(result)[0].index == 1
    assert result.format == "docx"


def test_empty_paragraphs_are_skipped_and_not_counted(tmp_path):
    document = docx.Document()
    document.add_paragraph("Satu")
    document.add_paragraph("")
    document.add_paragraph("   ")
    document.add_paragraph("Dua")

    result = read(document, tmp_path)

    assert [(p.text, p.index) for p in paragraphs(result)] == [("Satu", 1), ("Dua", 2)]


def test_text_includes_hyperlinks_fields_and_tabs_but_not_deleted_text_or_field_codes(tmp_path):
    document = docx.Document()
    append_body_xml(document, raw_paragraph(
        run("Capaian")
        + '<w:r><w:tab/></w:r>'
        + f'<w:hyperlink xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">{run("IKU")}</w:hyperlink>'
        + f'<w:fldSimple w:instr=" PAGE ">{run(" 7")}</w:fldSimple>'
        + '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> REF x </w:instrText></w:r>'
        + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run(" 95%") + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        + f'<w:del w:id="1" w:author="a"><w:r><w:delText>dihapus</w:delText></w:r></w:del>'
        + f'<w:ins w:id="2" w:author="a">{run(" baru")}</w:ins>'
    ))

    (paragraph,) = paragraphs(read(document, tmp_path))

    assert paragraph.text == "Capaian IKU 7 95% baru"


def test_content_controls_are_looked_through(tmp_path):
    document = docx.Document()
    append_body_xml(document, (
        f"<w:sdt {nsdecls('w')}><w:sdtContent>"
        f"<w:p>{run('Daftar Isi')}</w:p><w:p>{run('BAB I PENDAHULUAN')}</w:p>"
        "</w:sdtContent></w:sdt>"
    ))
    document.add_paragraph("Isi")

    result = read(document, tmp_path)

    assert [p.text for p in paragraphs(result)] == ["Daftar Isi", "BAB I PENDAHULUAN", "Isi"]


# --- headings and styles -----------------------------------------------------------


def test_heading_levels_from_style_names_and_outline_level(tmp_path):
    document = docx.Document()
    document.add_heading("BAB I PENDAHULUAN", level=1)
    document.add_heading("1.1 Latar Belakang", level=2)
    judul = document.styles.add_style("Judul 3", WD_STYLE_TYPE.PARAGRAPH)
    document.add_paragraph("Sub bagian", style=judul)
    append_body_xml(document, raw_paragraph(run("Bab dengan outline"), '<w:outlineLvl w:val="1"/>'))
    document.add_paragraph("Judul Laporan", style="Title")
    document.add_paragraph("Teks biasa")

    result = paragraphs(read(document, tmp_path))

    assert [(p.text, p.heading_level) for p in result] == [
        ("BAB I PENDAHULUAN", 1),
        ("1.1 Latar Belakang", 2),
        ("Sub bagian", 3),
        ("Bab dengan outline", 2),
        ("Judul Laporan", 1),
        ("Teks biasa", None),
    ]
    assert result[0].style == "Heading 1"
    assert result[-1].style == "Normal"


def test_bold_paragraph_needs_every_text_run_bold(tmp_path):
    document = docx.Document()
    all_bold = document.add_paragraph()
    all_bold.add_run("Tabel ").bold = True
    all_bold.add_run("penting").bold = True
    mixed = document.add_paragraph()
    mixed.add_run("sebagian ").bold = True
    mixed.add_run("saja")
    document.add_paragraph().add_run("gaya Strong", style="Strong")
    document.add_heading("Judul tebal dari gaya", level=1)
    switched_off = document.add_heading("", level=1).add_run("dimatikan")
    switched_off.bold = False

    result = paragraphs(read(document, tmp_path))

    assert [(p.text, p.bold) for p in result] == [
        ("Tabel penting", True),
        ("sebagian saja", False),
        ("gaya Strong", True),
        ("Judul tebal dari gaya", True),
        ("dimatikan", False),
    ]


# --- list labels -------------------------------------------------------------------


def test_list_number_style_gets_rendered_labels(tmp_path):
    document = docx.Document()
    for text in ("Pertama", "Kedua", "Ketiga"):
        document.add_paragraph(text, style="List Number")
    document.add_paragraph("Bukan daftar")

    result = paragraphs(read(document, tmp_path))

    assert [(p.text, p.list_label) for p in result] == [
        ("Pertama", "1."),
        ("Kedua", "2."),
        ("Ketiga", "3."),
        ("Bukan daftar", None),
    ]


def test_multilevel_labels_restart_when_a_higher_level_advances(tmp_path):
    document = docx.Document()
    num = add_list_definition(document, [("decimal", "%1."), ("lowerLetter", "%2)"), ("lowerRoman", "%1.%2.%3")])
    add_numbered(document, "Sasaran satu", num, 0)
    add_numbered(document, "indikator a", num, 1)
    add_numbered(document, "indikator b", num, 1)
    add_numbered(document, "rincian", num, 2)
    add_numbered(document, "rincian lagi", num, 2)
    add_numbered(document, "Sasaran dua", num, 0)
    add_numbered(document, "indikator a lagi", num, 1)

    labels = [p.list_label for p in paragraphs(read(document, tmp_path))]

    assert labels == ["1.", "a)", "b)", "1.b.i", "1.b.ii", "2.", "a)"]


def test_upper_formats_bullets_and_text_without_label(tmp_path):
    document = docx.Document()
    roman = add_list_definition(document, [("upperRoman", "BAB %1")], num_id=91)
    letters = add_list_definition(document, [("upperLetter", "%1.")], num_id=92)
    add_numbered(document, "PENDAHULUAN", roman)
    add_numbered(document, "PERENCANAAN", roman)
    add_numbered(document, "Tujuan", letters)
    document.add_paragraph("butir", style="List Bullet")

    result = paragraphs(read(document, tmp_path))

    assert [(p.text, p.list_label) for p in result] == [
        ("PENDAHULUAN", "BAB I"),
        ("PERENCANAAN", "BAB II"),
        ("Tujuan", "A."),
        ("butir", "\u2022"),
    ]


def test_nums_sharing_an_abstract_list_continue_unless_restarted(tmp_path):
    document = docx.Document()
    first = add_list_definition(document, [("decimal", "%1.")], num_id=94)
    continuing = add_num(document, 95, 94)
    restarting = add_num(document, 96, 94, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>')
    for text, num in (("a", first), ("b", first), ("c", continuing), ("d", restarting), ("e", restarting)):
        add_numbered(document, text, num)

    labels = [p.list_label for p in paragraphs(read(document, tmp_path))]

    assert labels == ["1.", "2.", "3.", "1.", "2."]


def test_list_linked_through_a_numbering_style(tmp_path):
    document = docx.Document()
    add_list_definition(document, [("upperRoman", "BAB %1")], num_id=97)
    document.styles.element.append(parse_xml(
        f'<w:style {nsdecls("w")} w:type="numbering" w:styleId="DaftarBab"><w:name w:val="Daftar Bab"/>'
        '<w:pPr><w:numPr><w:numId w:val="97"/></w:numPr></w:pPr></w:style>'
    ))
    add_abstract_list(document, 98, '<w:numStyleLink w:val="DaftarBab"/>')
    linked = add_num(document, 98, 98)
    add_numbered(document, "PENDAHULUAN", 97)
    add_numbered(document, "PERENCANAAN KINERJA", linked)

    labels = [p.list_label for p in paragraphs(read(document, tmp_path))]

    assert labels == ["BAB I", "BAB II"]


def test_empty_numbered_paragraph_still_advances_the_counter(tmp_path):
    document = docx.Document()
    document.add_paragraph("satu", style="List Number")
    document.add_paragraph("", style="List Number")
    document.add_paragraph("tiga", style="List Number")

    assert [p.list_label for p in paragraphs(read(document, tmp_path))] == ["1.", "3."]


# --- tables ------------------------------------------------------------------------


def test_horizontal_merge_is_one_cell_with_colspan(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    merged = table.cell(0, 0).merge(table.cell(0, 1))
    merged.text = "Gabungan"
    table.cell(0, 2).text = "C"
    for c, text in enumerate(("a", "b", "c")):
        table.cell(1, c).text = text

    (result,) = tables(read(document, tmp_path))

    assert result.n_cols == 3
    assert [(cell.text, cell.col, cell.colspan) for cell in result.rows[0]] == [("Gabungan", 0, 2), ("C", 2, 1)]
    first, second, third = result.row_values(0)
    assert first is second and first.text == "Gabungan"
    assert result.row_texts(1) == ["a", "b", "c"]


def test_vertical_merge_is_one_cell_with_rowspan_not_repeated_below(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    table.cell(0, 0).merge(table.cell(1, 0)).text = "Sasaran"
    table.cell(0, 1).text = "IKU 1"
    table.cell(1, 1).text = "IKU 2"
    table.cell(2, 0).text = "Lain"
    table.cell(2, 1).text = "IKU 3"

    (result,) = tables(read(document, tmp_path))

    top = result.rows[0][0]
    assert (top.text, top.rowspan, top.colspan) == ("Sasaran", 2, 1)
    assert [cell.text for cell in result.rows[1]] == ["IKU 2"]
    assert result.row_values(1)[0] is None
    assert result.cell_at(1, 0) is top
    assert result.rows[2][0].rowspan == 1


def test_merged_header_over_year_columns(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=3, cols=5)
    table.cell(0, 0).merge(table.cell(1, 0)).text = "No"
    table.cell(0, 1).merge(table.cell(1, 1)).text = "Indikator"
    table.cell(0, 2).merge(table.cell(0, 4)).text = "Target Pada Tahun"
    for c, year in enumerate(("2019", "2020", "2021"), start=2):
        table.cell(1, c).text = year
    for c, text in enumerate(("1", "Indeks Kepuasan", "80", "82", "85")):
        table.cell(2, c).text = text

    (result,) = tables(read(document, tmp_path))

    assert result.n_cols == 5
    assert result.cell_at(1, 3).text == "2020"
    assert result.cell_at(1, 0).text == "No"
    assert [(c.text, c.rowspan, c.colspan) for c in result.rows[0]] == [
        ("No", 2, 1), ("Indikator", 2, 1), ("Target Pada Tahun", 1, 3),
    ]
    assert result.row_texts(1) == ["", "", "2019", "2020", "2021"]
    assert result.row_texts(2) == ["1", "Indeks Kepuasan", "80", "82", "85"]


def test_grid_before_shifts_cells_and_widens_the_grid(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    for c, text in enumerate(("a", "b")):
        table.cell(0, c).text = text
    table.cell(1, 0).text = "geser"
    second_row = table.rows[1]._tr
    second_row.remove(second_row.tc_lst[1])
    second_row.get_or_add_trPr().append(parse_xml(f'<w:gridBefore {nsdecls("w")} w:val="1"/>'))
    table._tbl.tblGrid.append(OxmlElement("w:gridCol"))

    (result,) = tables(read(document, tmp_path))

    assert result.n_cols == 3
    (shifted,) = result.rows[1]
    assert (shifted.text, shifted.col) == ("geser", 1)


def test_nested_table_is_kept_inside_its_cell(tmp_path):
    document = docx.Document()
    outer = document.add_table(rows=1, cols=2)
    host = outer.cell(0, 0)
    host.text = "Rincian"
    inner = host.add_table(rows=2, cols=2)
    inner.cell(0, 0).text = "x"
    inner.cell(1, 1).text = "y"
    outer.cell(0, 1).text = "lain"

    (result,) = tables(read(document, tmp_path))  # the nested table is not a block of its own

    cell = result.rows[0][0]
    assert cell.text == "Rincian"
    (nested,) = cell.nested
    assert nested.index == 0
    assert nested.location.table == 1
    assert nested.row_texts(0) == ["x", ""]
    assert nested.row_texts(1) == ["", "y"]


def test_cell_text_joins_paragraphs_and_keeps_numbered_labels(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    cell = table.cell(0, 1)
    cell.text = "baris satu"
    cell.add_paragraph("baris dua")
    numbered = table.cell(0, 0).paragraphs[0]
    numbered.style = document.styles["List Number"]

    (result,) = tables(read(document, tmp_path))

    assert result.row_texts(0) == ["1.", "baris satu baris dua"]


def test_cell_bold_and_italic(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=1, cols=4)
    table.cell(0, 0).paragraphs[0].add_run("Tebal").bold = True
    mixed = table.cell(0, 1).paragraphs[0]
    mixed.add_run("Tebal ").bold = True
    mixed.add_run("biasa")
    table.cell(0, 2).paragraphs[0].add_run("miring").italic = True
    table.cell(0, 3).paragraphs[0].add_run("Kuat", style="Strong")

    (result,) = tables(read(document, tmp_path))

    assert [(c.bold, c.italic) for c in result.rows[0]] == [
        (True, False), (False, False), (False, True), (True, False),
    ]


def test_caption_from_preceding_paragraphs(tmp_path):
    document = docx.Document()
    document.add_paragraph("Capaian kinerja disajikan berikut.")
    document.add_paragraph("Tabel 3.1")
    document.add_paragraph("Pengukuran Kinerja Tahun 2023")
    document.add_table(rows=1, cols=1).cell(0, 0).text = "isi"
    document.add_table(rows=1, cols=1).cell(0, 0).text = "tabel kedua"

    first, second = tables(read(document, tmp_path))

    assert first.caption == "Tabel 3.1 Pengukuran Kinerja Tahun 2023"
    assert first.location.caption == first.caption
    assert first.location.table == 1
    assert second.caption is None
    assert second.index == 2


# --- pages -------------------------------------------------------------------------


def test_explicit_page_breaks_advance_the_page(tmp_path):
    document = docx.Document()
    document.add_paragraph("Halaman satu")
    document.add_page_break()
    document.add_paragraph("Halaman dua")
    document.add_table(rows=1, cols=1).cell(0, 0).text = "tabel"
    document.add_page_break()
    document.add_paragraph("Halaman tiga")

    result = read(document, tmp_path)

    assert [p.location.page for p in paragraphs(result)] == [1, 2, 3]
    (table,) = tables(result)
    assert table.location.page == 2 and table.pages == (2,)
    assert result.pages == 3
    assert result.metadata["counted_pages"] == 3


def test_rendered_break_after_an_explicit_break_is_not_counted_twice(tmp_path):
    document = docx.Document()
    document.add_paragraph("satu")
    append_body_xml(document, raw_paragraph('<w:r><w:br w:type="page"/></w:r>'))
    append_body_xml(document, raw_paragraph(run("dua", "<w:lastRenderedPageBreak/>")))
    append_body_xml(document, raw_paragraph(run("masih dua") + run(" tiga", "<w:lastRenderedPageBreak/>")))
    append_body_xml(document, raw_paragraph(run("empat"), "<w:pageBreakBefore/>"))

    result = paragraphs(read(document, tmp_path))

    assert [(p.text, p.location.page) for p in result] == [
        ("satu", 1), ("dua", 2), ("masih dua tiga", 2), ("empat", 4),
    ]


def test_section_breaks_count_unless_continuous(tmp_path):
    document = docx.Document()
    document.add_paragraph("bagian satu")
    document.add_section(WD_SECTION.NEW_PAGE)
    document.add_paragraph("bagian dua")
    document.add_section(WD_SECTION.CONTINUOUS)
    document.add_paragraph("masih halaman dua")

    result = paragraphs(read(document, tmp_path))

    assert [p.location.page for p in result] == [1, 2, 2]


def test_table_pages_span_rendered_breaks_inside_rows(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=3, cols=1)
    for r in range(3):
        table.cell(r, 0).text = f"baris {r}"
    table.cell(2, 0).paragraphs[0].runs[0]._r.insert(0, OxmlElement("w:lastRenderedPageBreak"))

    (result,) = tables(read(document, tmp_path))

    assert result.pages == (1, 2)


def test_declared_page_count_from_app_properties_wins(tmp_path):
    document = docx.Document()
    document.add_paragraph("isi")
    path = save(document, tmp_path)
    with zipfile.ZipFile(path) as package:
        app = package.read("docProps/app.xml").replace(b"<Pages>1</Pages>", b"<Pages>42</Pages>")
    rewrite_member(path, "docProps/app.xml", app)

    result = extract_docx(path)

    assert result.pages == 42
    assert result.metadata == {"declared_pages": 42, "counted_pages": 1}


# --- unreadable files --------------------------------------------------------------


@pytest.mark.parametrize("content", [b"bukan dokumen word", b"PK\x03\x04 rusak"])
def test_corrupt_file_is_an_extract_error(tmp_path, content):
    path = tmp_path / "rusak.docx"
    path.write_bytes(content)

    with pytest.raises(ExtractError) as error:
        extract_docx(str(path))

    assert error.value.problem == CORRUPT


def test_zip_that_is_not_a_word_document(tmp_path):
    path = tmp_path / "arsip.docx"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("catatan.txt", "halo")

    with pytest.raises(ExtractError) as error:
        extract_docx(str(path))

    assert error.value.problem in (CORRUPT, NOT_WORD)


@pytest.mark.parametrize("stream_name, problem", [
    ("EncryptedPackage", ENCRYPTED),
    ("WordDocument", LEGACY_DOC),
    ("SomethingElse", COMPOUND_FILE),
])
def test_compound_files_are_named_for_what_they_are(tmp_path, stream_name, problem):
    path = tmp_path / "terkunci.docx"
    path.write_bytes(CFB_SIGNATURE + bytes(504) + stream_name.encode("utf-16-le") + bytes(64))

    with pytest.raises(ExtractError) as error:
        extract(path)

    assert error.value.problem == problem
    assert error.value.path == str(path)


# --- speed -------------------------------------------------------------------------


def build_long_report(tmp_path, pages: int = 30) -> str:
    document = docx.Document()
    for page in range(1, pages + 1):
        document.add_heading(f"BAB {page}", level=1)
        for i in range(6):
            document.add_paragraph(f"Paragraf {i} halaman {page}: capaian kinerja sebesar {i * 7.5}% " * 4)
        document.add_paragraph(f"Tabel {page}.1")
        table = document.add_table(rows=12, cols=6)
        for r, row in enumerate(table.rows[1:], start=1):
            for c, cell in enumerate(row.cells):
                cell.text = f"{r * c}"
        table.cell(0, 2).merge(table.cell(0, 5))
        document.add_page_break()
    return save(document, tmp_path, "panjang.docx")


def test_thirty_page_report_counts_pages_and_tables(tmp_path):
    path = build_long_report(tmp_path)

    result = extract_docx(path)

    assert result.pages == 31
    assert len(list(result.tables())) == 30


def test_a_span_far_beyond_the_grid_is_capped(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Uraian"
    table.cell(0, 1).text = "Anggaran"
    tc_pr = table.rows[0].cells[1]._tc.get_or_add_tcPr()
    span = OxmlElement("w:gridSpan")
    span.set(qn("w:val"), "1000000")
    tc_pr.append(span)
    result = extract_docx(save(document, tmp_path))
    extracted = next(result.tables())
    assert extracted.n_cols <= 64
    assert [c.text for c in extracted.rows[0]] == ["Uraian", "Anggaran"]


# --- hostile files -----------------------------------------------------------------


def test_xml_nested_deeper_than_the_parser_allows_is_named_not_called_corrupt(tmp_path):
    path = deep_xml_docx(tmp_path / "dalam.docx", depth=300)
    with pytest.raises(ExtractError) as error:
        extract_docx(str(path))
    assert error.value.problem == TOO_DEEP


def test_a_text_run_beyond_the_parser_bound_is_named(tmp_path):
    path = huge_text_run_docx(tmp_path / "panjang.docx", mb=11)
    with pytest.raises(ExtractError) as error:
        extract_docx(str(path))
    assert error.value.problem == TEXT_NODE_TOO_LONG


def test_tables_nested_as_deep_as_the_parser_allows_are_read(tmp_path):
    document = extract_docx(str(nested_tables_docx(tmp_path / "bersarang.docx", depth=80)))
    table = next(document.tables())
    depth = 0
    while table.rows[0][0].nested:
        table = table.rows[0][0].nested[0]
        depth += 1
    assert depth == 79


def test_a_bomb_is_refused_by_the_limit_it_passes(tmp_path):
    path = deflate_bomb_docx(tmp_path / "bom.docx", inflated_mb=3)
    with limits.applied(limits.Limits(part_size_mb=2)):
        with pytest.raises(limits.LimitExceeded) as error:
            extract_docx(str(path))
    assert error.value.problem == "part word/document.xml expands beyond 2 MB (the 'part-size-mb' limit)"


def test_rows_tables_and_characters_are_counted_while_reading(tmp_path):
    path = str(huge_table_docx(tmp_path / "tabel.docx", rows=300))
    extract_docx(path)
    for bound, problem in [(limits.Limits(rows=250), "more than 250 table rows (the 'rows' limit)"),
                           (limits.Limits(characters=5000), "more than 5000 characters of text (the 'characters' limit)")]:
        with limits.applied(bound), pytest.raises(limits.LimitExceeded) as error:
            extract_docx(path)
        assert error.value.problem == problem
    with limits.applied(limits.Limits(tables=10)), pytest.raises(limits.LimitExceeded) as error:
        extract_docx(str(many_tables_docx(tmp_path / "banyak.docx", tables=11)))
    assert error.value.problem == "more than 10 tables (the 'tables' limit)"


def test_list_numbers_beyond_letters_and_roman_numerals_are_written_in_digits(tmp_path):
    document = docx.Document()
    for num_id, number_format in ((91, "lowerLetter"), (92, "upperRoman")):
        add_abstract_list(document, num_id, f'<w:lvl w:ilvl="0"><w:start w:val="2000000000"/>'
                                            f'<w:numFmt w:val="{number_format}"/><w:lvlText w:val="%1)"/></w:lvl>')
        add_num(document, num_id, num_id)
        add_numbered(document, "Kegiatan", num_id)
    assert [p.list_label for p in paragraphs(read(document, tmp_path))] == ["2000000000)", "2000000000)"]
