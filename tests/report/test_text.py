import io

from budget_report import WRONG_PERCENT, report_config, write_report

from lkjip_lint.config import Config
from lkjip_lint.findings import ROLE_REFERENCE, Related, Severity, make_finding
from lkjip_lint.model import Location
from lkjip_lint.report.text_format import MAX_PLACES, render_text
from lkjip_lint.report.view import View
from lkjip_lint.run import FileResult, RunResult, check_paths

REPORT = "No\tUraian\tAnggaran\tRealisasi\t%\nI\tProgram A\t100\t50\t60 %\n"


def render(result: RunResult, **view) -> str:
    buffer = io.StringIO()
    render_text(result, buffer, View(**view))
    return buffer.getvalue()


def render_paths(paths, **view) -> str:
    return render(check_paths([str(p) for p in paths], (), Config()), **view)


def test_finding_shows_place_quote_found_expected_and_evidence(tmp_path):
    report = tmp_path / "laporan.txt"
    report.write_text(REPORT, encoding="utf-8")
    text = render_paths([report])
    assert "error LKJ101 percentage-mismatch" in text
    assert "at: line 2, the 1st table, row 2 'Program A', column 5 '%'" in text
    assert "quote: \u201cI | Program A | 100 | 50 | 60 %\u201d" in text
    assert "found: 60 %   expected: 50,00 %" in text
    assert "evidence: 50 / 100 × 100 = 50,00" in text
    assert text.rstrip().endswith("1 file checked: 1 error, 0 warnings, 0 info")


def test_the_reports_own_table_number_names_the_table(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_report(tmp_path, WRONG_PERCENT)
    text = render(check_paths(["report.txt"], (), report_config()))
    assert "at: line 5, Tabel 3.1, row 2 'Program X', column 5 'CAPAIAN (%)'" in text


def test_summary_table_for_several_files(tmp_path):
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(REPORT.replace("60 %", "50 %"), encoding="utf-8")
    text = render_paths([tmp_path])
    assert "summary" in text and "percentage 1" in text
    assert "2 files checked: 1 error" in text
    assert f"{tmp_path / 'b.txt'}: no findings" in text


def test_colour_only_when_asked(tmp_path):
    report = tmp_path / "laporan.txt"
    report.write_text(REPORT, encoding="utf-8")
    assert "\x1b[" not in render_paths([report])
    assert "\x1b[" in render_paths([report], color=True)


def test_bahasa_indonesia_messages_and_frame(tmp_path):
    report = tmp_path / "laporan.txt"
    report.write_text(REPORT, encoding="utf-8")
    text = render_paths([report], lang="id")
    assert "kesalahan LKJ101 percentage-mismatch:" in text
    assert "'Program A' tertulis 60 %, padahal 50 / 100 × 100 = 50,00 %" in text
    assert "di: baris 2, tabel ke-1, baris tabel 2 'Program A', kolom 5 '%'" in text
    assert "kutipan: \u201cI | Program A | 100 | 50 | 60 %\u201d" in text
    assert "tertulis: 60 %   seharusnya: 50,00 %" in text
    assert text.rstrip().endswith("1 berkas diperiksa: 1 kesalahan, 0 peringatan, 0 info")
    clean = tmp_path / "bersih.txt"
    clean.write_text(REPORT.replace("60 %", "50 %"), encoding="utf-8")
    assert f"{clean}: tidak ada temuan" in render_paths([clean], lang="id")


def _budget_finding(related, **changes):
    location = Location(file="lkjip.docx", page=7, table=8, row=2, column=3, row_label="Kegiatan A",
                        column_label="Target")
    finding = make_finding("LKJ205", location, "budget-mismatch", found="400.681.000", expected="366.083.500",
                           related=related, severity=Severity.WARNING, name="Kegiatan A", count=2,
                           amounts="400.681.000 vs 366.083.500")
    return finding.with_(**changes)


def test_related_places_show_their_role_and_the_first_few_of_each(tmp_path):
    reference = Related(Location(file="lkjip.docx", page=9, table=15, caption="Tabel 3.9 Realisasi Anggaran",
                                 row=4, column=3), "366.083.500", ROLE_REFERENCE)
    others = [Related(Location(file="lkjip.docx", page=10 + i, paragraph=300 + i), "400.681.000")
              for i in range(MAX_PLACES + 4)]
    finding = _budget_finding([reference, *others])
    text = render(RunResult(files=[FileResult(path="lkjip.docx", format="docx", findings=[finding])]))
    lines = text.splitlines()
    assert "    reference: about page 9, Tabel 3.9, row 4, column 3 (366.083.500)" in lines
    also = [line for line in lines if line.startswith("    also at: ")]
    assert also[0] == "    also at: about page 10, paragraph 300 (400.681.000)"
    assert len(also) == MAX_PLACES
    assert "    … and 4 more" in lines
    # two places compared: neither value is called the right one
    assert "found: 400.681.000   differs from: 366.083.500" in text
    assert "expected:" not in text


def test_identical_findings_on_one_value_are_shown_once(tmp_path):
    def skm(table: int, found: str):
        location = Location(file="lkjip.pdf", page=12, table=table, caption=f"Tabel 3.{table}", row=3, column=5)
        return make_finding("LKJ322", location, "skm-grade-mismatch", found=found, expected="C",
                            severity=Severity.ERROR, value="72,1", grade="B", range="65,00–76,60",
                            regulation="Permenpan RB 14/2017")
    findings = [skm(1, "B (72,1%)"), skm(2, "B(72,1%)"), skm(3, "B (72,1%)")]
    other = findings[0].with_(found="B (100%)", params=(("grade", "B"), ("range", "88,31–100,00"),
                                                        ("regulation", "Permenpan RB 14/2017"), ("value", "100")))
    text = render(RunResult(files=[FileResult(path="lkjip.pdf", format="pdf", findings=findings + [other])]))
    assert text.count("error LKJ322") == 2
    assert "    same finding at: page 12, Tabel 3.2, row 3, column 5 (B(72,1%))" in text
    assert "    same finding at: page 12, Tabel 3.3, row 3, column 5 (B (72,1%))" in text
    assert "4 errors" in text  # the counts stay the counts of findings


def test_docx_pages_are_marked_approximate_and_pdf_pages_are_not():
    def at(file: str) -> str:
        finding = make_finding("LKJ501", Location(file=file, page=16, paragraph=49), "impossible-year",
                               found="tahun 20121", severity=Severity.ERROR, report_year=2021)
        return next(line for line in render(RunResult(files=[FileResult(path=file, findings=[finding])]))
                    .splitlines() if line.startswith("    at:"))
    assert at("laporan.docx") == "    at: about page 16, paragraph 49"
    assert at("laporan.pdf") == "    at: page 16, paragraph 49"


def test_long_lines_wrap_with_a_hanging_indent(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_report(tmp_path, WRONG_PERCENT)
    result = check_paths(["report.txt"], (), report_config())
    lines = render(result, width=60).splitlines()
    assert all(len(line) <= 60 for line in lines if " " in line.strip())
    head = lines.index(next(line for line in lines if "LKJ101" in line))
    assert lines[head].startswith("  error LKJ101")
    assert lines[head + 1].startswith("      ") and not lines[head + 1].startswith("       ")
    unwrapped = render(result).splitlines()
    assert len(unwrapped) < len(lines)
    assert any("CAPAIAN (%) of 'Program X' is printed as 996.22 %, but" in line for line in unwrapped)


def test_summary_says_what_was_left_out(tmp_path):
    report = tmp_path / "laporan.txt"
    report.write_text(REPORT, encoding="utf-8")
    result = check_paths([str(report)], (), Config())
    result.files[0].findings = []
    text = render(result, known_hidden={str(report): 13})
    assert f"{report}: no new findings (13 known findings hidden by the baseline)" in text
    assert text.rstrip().endswith("13 known findings hidden by the baseline")
    text = render(result, show=Severity.WARNING, not_shown={str(report): 2}, lang="id")
    assert "2 di bawah --show warning tidak ditampilkan" in text


def test_plain_text_is_what_rich_writes_without_colour(tmp_path, monkeypatch):
    from lkjip_lint.report import text_format

    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(REPORT.replace("Program A", "Program A ::warning::x"), encoding="utf-8")
    result = check_paths([str(tmp_path)], (), Config())
    plain = [render(result), render(result, width=40)]
    monkeypatch.setattr(text_format, "_RICH_CHANGES", text_format.re.compile(""))  # every line through rich
    assert [render(result), render(result, width=40)] == plain
