from __future__ import annotations

import xml.etree.ElementTree as ET

from budget_report import CORRECT, TWO_RULES, write_report, report_config

from lkjip_lint.report.junit import render_junit
from lkjip_lint.run import check_paths


def _junit(tmp_path, monkeypatch) -> ET.Element:
    monkeypatch.chdir(tmp_path)
    write_report(tmp_path, TWO_RULES, "a-wrong.txt")
    write_report(tmp_path, CORRECT, "b-clean.txt")
    (tmp_path / "c-broken.docx").write_bytes(b"not a zip")
    output = render_junit(check_paths(["a-wrong.txt", "b-clean.txt", "c-broken.docx"], (), report_config()))
    assert output.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    return ET.fromstring(output.split("\n", 1)[1])


def test_one_suite_per_file_with_totals(tmp_path, monkeypatch):
    root = _junit(tmp_path, monkeypatch)
    assert root.tag == "testsuites"
    assert [s.get("name") for s in root.findall("testsuite")] == ["a-wrong.txt", "b-clean.txt", "c-broken.docx"]
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("4", "2", "1")


def test_findings_are_failures_with_message_and_evidence(tmp_path, monkeypatch):
    suite = _junit(tmp_path, monkeypatch).find("testsuite[@name='a-wrong.txt']")
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("2", "2", "0")
    cases = suite.findall("testcase")
    assert sorted(c.get("name").split(":")[0] for c in cases) == ["LKJ101 percentage-mismatch",
                                                                  "LKJ102 group-sum-mismatch"]
    percentage = next(c for c in cases if c.get("name").startswith("LKJ101"))
    failure = percentage.find("failure")
    assert failure.get("type") == "error"
    assert failure.get("message").startswith("CAPAIAN (%) of 'Program X' is printed as 996.22 %")
    assert "evidence: 3.094.283.000 / 3.071.415.500 × 100 = 100,74" in failure.text
    assert "found: 996.22 %   expected: 100,74 %" in failure.text


def test_clean_file_has_one_passing_case(tmp_path, monkeypatch):
    suite = _junit(tmp_path, monkeypatch).find("testsuite[@name='b-clean.txt']")
    [case] = suite.findall("testcase")
    assert list(case) == []
    assert suite.get("failures") == "0"


def test_unreadable_file_is_an_error_case(tmp_path, monkeypatch):
    suite = _junit(tmp_path, monkeypatch).find("testsuite[@name='c-broken.docx']")
    [case] = suite.findall("testcase")
    error = case.find("error")
    assert error is not None
    assert error.get("message").startswith("cannot check: ")
    assert suite.get("errors") == "1"


def test_control_characters_do_not_break_the_xml(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_report(tmp_path, TWO_RULES)
    result = check_paths(["report.txt"], (), report_config())
    file_result = result.files[0]
    file_result.findings = [f.with_(evidence="a\x0bb\x00c") for f in file_result.findings]
    root = ET.fromstring(render_junit(result).split("\n", 1)[1])
    assert "a\\x0bb\\x00c" in root.find("testsuite/testcase/failure").text
