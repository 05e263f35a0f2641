from __future__ import annotations

from budget_report import CORRECT, WRONG_PERCENT, write_report, report_config

from lkjip_lint.findings import Severity, make_finding
from lkjip_lint.model import Location
from lkjip_lint.report.github import escape_data, escape_property, render_github
from lkjip_lint.run import FileResult, RunResult, check_paths


def test_one_annotation_per_finding(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_report(tmp_path / "reports", WRONG_PERCENT)
    write_report(tmp_path / "reports", CORRECT, "clean.txt")
    result = check_paths(["reports"], (), report_config())
    line = result.findings[0].location.line
    assert render_github(result) == (
        f"::error file=reports/report.txt,line={line},title=LKJ101 percentage-mismatch::"
        "CAPAIAN (%25) of 'Program X' is printed as 996.22 %25, but 3.094.283.480 / 3.071.415.500 × 100"
        " = 100,74 %25 (found 996.22 %25, expected 100,74 %25)\n"
    )


def test_escaping():
    assert escape_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert escape_property("a,b:c%\n") == "a%2Cb%3Ac%25%0A"


def _result_with(severity: Severity, file: str = "x.txt", **location) -> RunResult:
    finding = make_finding("LKJ101", Location(file=file, **location), "percentage-mismatch",
                           found="5 %", expected="6 %", severity=severity,
                           column="C", row="R", budget="1", realisation="2")
    return RunResult(files=[FileResult(path=file, format="text", findings=[finding])])


def test_severity_picks_the_command():
    assert render_github(_result_with(Severity.ERROR, line=3)).startswith("::error ")
    assert render_github(_result_with(Severity.WARNING, line=3)).startswith("::warning ")
    assert render_github(_result_with(Severity.INFO, line=3)).startswith("::notice ")


def test_properties_are_escaped_in_the_file_name():
    output = render_github(_result_with(Severity.ERROR, file="a,b:c.txt", line=3))
    assert output.startswith("::error file=a%2Cb%3Ac.txt,line=3,title=LKJ101 percentage-mismatch::")


def test_newlines_in_data_stay_on_one_line():
    result = _result_with(Severity.ERROR, line=3)
    finding = result.files[0].findings[0]
    result.files[0].findings = [finding.with_(found="5\n%")]
    output = render_github(result)
    assert output.count("\n") == 1
    assert "found 5\\n%25" in output


def test_documents_get_no_line_but_the_place_in_the_message():
    output = render_github(_result_with(Severity.ERROR, file="lkjip.docx", page=14, table=7, row=9, column=4))
    assert output.startswith("::error file=lkjip.docx,title=LKJ101 percentage-mismatch::")
    assert "line=" not in output
    assert output.rstrip("\n").endswith("[about page 14, the 7th table, row 9, column 4]")


def test_unreadable_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "broken.docx").write_bytes(b"not a zip")
    result = check_paths(["broken.docx"], (), report_config())
    assert render_github(result) == f"::error file=broken.docx::cannot check: {result.files[0].error}\n"


def test_clean_run_prints_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_report(tmp_path, CORRECT)
    assert render_github(check_paths(["report.txt"], (), report_config())) == ""
