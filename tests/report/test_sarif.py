from __future__ import annotations

import copy
import json

import jsonschema
import pytest
from budget_report import CORRECT, WRONG_PERCENT, budget_table, write_report, report_config

from lkjip_lint.baseline import fingerprint
from lkjip_lint.findings import Related, Severity, make_finding
from lkjip_lint.model import Location
from lkjip_lint.registry import all_rules
from lkjip_lint.report.sarif import FINGERPRINT_KEY, render_sarif
from lkjip_lint.report.view import View
from lkjip_lint.run import FileResult, RunResult, check_paths

SCHEMA = "schemas/sarif-schema-2.1.0.json"


@pytest.fixture(scope="module")
def validator(shared):
    schema = json.loads(shared(SCHEMA).read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def assert_valid(validator, log: dict) -> None:
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)


def sarif_of(result: RunResult, config=None) -> dict:
    return json.loads(render_sarif(result, View.of(config or report_config())))


@pytest.fixture
def linted(tmp_path, monkeypatch):
    """A real lint run of a report with one wrong percentage, from inside tmp_path."""
    monkeypatch.chdir(tmp_path)
    write_report(tmp_path / "reports", WRONG_PERCENT, "lkjip 2021.txt")
    write_report(tmp_path / "reports", CORRECT, "clean.txt")
    return check_paths([str(tmp_path / "reports")], (), report_config())


def test_real_run_is_valid_sarif(validator, linted):
    log = sarif_of(linted)
    assert_valid(validator, log)
    assert log["version"] == "2.1.0"
    assert log["$schema"].startswith("https://")
    assert len(log["runs"]) == 1


def test_schema_validation_rejects_a_bad_level(validator, linted):
    log = sarif_of(linted)
    broken = copy.deepcopy(log)
    broken["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(broken)


def test_schema_validation_rejects_a_missing_version(validator, linted):
    broken = sarif_of(linted)
    del broken["version"]
    assert list(validator.iter_errors(broken))


def test_driver_lists_every_rule(linted):
    driver = sarif_of(linted)["runs"][0]["tool"]["driver"]
    assert driver["name"] == "lkjip-lint"
    assert "informationUri" not in driver
    rules = all_rules()
    assert [d["id"] for d in driver["rules"]] == [r.code for r in rules]
    by_id = {d["id"]: d for d in driver["rules"]}
    lkj101 = by_id["LKJ101"]
    assert lkj101["name"] == "percentage-mismatch"
    assert lkj101["shortDescription"]["text"].startswith("A realisation percentage")
    assert "realisation / budget × 100" in lkj101["help"]["text"]
    assert lkj101["fullDescription"]["text"] == lkj101["help"]["text"]
    assert lkj101["defaultConfiguration"]["level"] == "error"
    assert lkj101["properties"]["category"] == "percentage"
    assert by_id["LKJ000"]["defaultConfiguration"]["level"] == "warning"


def test_result_points_at_the_cell(linted):
    run = sarif_of(linted)["runs"][0]
    [result] = run["results"]
    assert result["ruleId"] == "LKJ101"
    assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == "LKJ101"
    assert result["level"] == "error"
    assert result["message"]["text"].startswith("CAPAIAN (%) of 'Program X' is printed as 996.22 %")
    physical = result["locations"][0]["physicalLocation"]
    assert physical["artifactLocation"]["uri"] == "reports/lkjip%202021.txt"
    assert physical["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
    assert run["artifacts"][physical["artifactLocation"]["index"]]["location"]["uri"] == "reports/lkjip%202021.txt"
    assert physical["region"]["startLine"] == linted.findings[0].location.line
    assert "996.22 %" in physical["region"]["snippet"]["text"]
    [logical] = result["locations"][0]["logicalLocations"]
    assert logical == {"name": "column 5", "fullyQualifiedName": "table 1/row 2/column 5", "kind": "element"}
    properties = result["properties"]
    assert properties["found"] == "996.22 %"
    assert properties["expected"] == "100,74 %"
    assert properties["evidence"] == "3.094.283.480 / 3.071.415.500 × 100 = 100,74"
    assert properties["location"]["row_label"] == "Program X"
    assert result["partialFingerprints"][FINGERPRINT_KEY] == fingerprint(linted.findings[0])


def test_messages_follow_the_configured_language(linted):
    [result] = sarif_of(linted, report_config(lang="id"))["runs"][0]["results"]
    assert "tertulis 996.22 %" in result["message"]["text"]


def test_info_becomes_note(linted):
    [file_result] = [r for r in linted.files if r.findings]
    file_result.findings = [f.with_(severity=Severity.INFO) for f in file_result.findings]
    [result] = sarif_of(linted)["runs"][0]["results"]
    assert result["level"] == "note"


def test_fingerprint_is_stable_across_runs_and_page_shifts(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_report(tmp_path, WRONG_PERCENT)
    first = sarif_of(check_paths(["report.txt"], (), report_config()))
    again = sarif_of(check_paths(["report.txt"], (), report_config()))
    write_report(tmp_path, "Kata Pengantar\n\fDaftar Isi\n\n\n\f" + WRONG_PERCENT)
    shifted = sarif_of(check_paths(["report.txt"], (), report_config()))

    def key(log):
        return log["runs"][0]["results"][0]["partialFingerprints"][FINGERPRINT_KEY]

    assert key(first) == key(again) == key(shifted)
    shifted_region = shifted["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert shifted_region["startLine"] != first["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"]


def test_unreadable_input_marks_the_invocation_failed(validator, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_report(tmp_path, WRONG_PERCENT)
    (tmp_path / "broken.docx").write_bytes(b"not a zip")
    log = sarif_of(check_paths(["report.txt", "broken.docx"], (), report_config()))
    assert_valid(validator, log)
    [invocation] = log["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False
    [notification] = invocation["toolExecutionNotifications"]
    assert notification["level"] == "error"
    assert "broken.docx" in notification["message"]["text"]
    assert notification["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "broken.docx"
    assert [a["location"]["uri"] for a in log["runs"][0]["artifacts"]] == ["report.txt", "broken.docx"]


def test_clean_run_is_successful_with_no_results(validator, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_report(tmp_path, CORRECT)
    log = sarif_of(check_paths(["report.txt"], (), report_config()))
    assert_valid(validator, log)
    assert log["runs"][0]["results"] == []
    assert log["runs"][0]["invocations"][0]["executionSuccessful"] is True


def _documents_result(tmp_path) -> RunResult:
    docx = str(tmp_path / "LKjIP 2021.docx")
    pdf = str(tmp_path / "Renstra.pdf")
    cell = Location(file=docx, page=14, table=7, caption="Tabel 3.1", row=9, column=4,
                    row_label="Program X", column_label="CAPAIAN (%)")
    finding = make_finding("LKJ101", cell, "percentage-mismatch", found="996.22 %", expected="100.74 %",
                           severity=Severity.WARNING,
                           related=[Related(Location(file=pdf, table=2, row=3), found="100,74")],
                           column="CAPAIAN (%)", row="Program X", budget="1", realisation="2")
    no_page = make_finding("LKJ102", Location(file=docx, table=1, row=2), "group-sum-mismatch",
                           found="5", expected="6", severity=Severity.ERROR)
    return RunResult(files=[FileResult(path=docx, format="docx", pages=20, findings=[finding, no_page],
                                       companions=(pdf,))])


def test_documents_use_the_page_as_start_line(validator, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    log = sarif_of(_documents_result(tmp_path))
    assert_valid(validator, log)
    with_page, without_page = log["runs"][0]["results"]
    region = with_page["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] == 14
    assert without_page["locations"][0]["physicalLocation"]["region"]["startLine"] == 1
    assert with_page["locations"][0]["logicalLocations"][0]["fullyQualifiedName"] == \
        "page 14/table 7/row 9/column 4"
    assert with_page["level"] == "warning"


def test_related_locations(validator, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    log = sarif_of(_documents_result(tmp_path))
    result = log["runs"][0]["results"][0]
    [related] = result["relatedLocations"]
    assert related["id"] == 0
    artifact = related["physicalLocation"]["artifactLocation"]
    assert artifact["uri"] == "Renstra.pdf"
    assert log["runs"][0]["artifacts"][artifact["index"]]["roles"] == ["referencedOnCommandLine"]
    assert "100,74" in related["message"]["text"]
    assert result["properties"]["related"][0]["found"] == "100,74"


def test_files_outside_the_working_directory_get_absolute_uris(validator, tmp_path, monkeypatch):
    inside = tmp_path / "work"
    inside.mkdir()
    monkeypatch.chdir(inside)
    outside = write_report(tmp_path / "elsewhere", WRONG_PERCENT)
    log = sarif_of(check_paths([str(outside)], (), report_config()))
    assert_valid(validator, log)
    artifact = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert artifact["uri"] == outside.as_uri()
    assert "uriBaseId" not in artifact


def test_second_table_finding_keeps_its_own_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_report(tmp_path, "Pendahuluan\n\n" + budget_table(program_percent="100.74 %") + "\n\n"
                 + budget_table(program_percent="100.74 %", activity_a_percent="98.00 %"))
    result = check_paths(["report.txt"], (), report_config())
    [finding] = result.findings
    [entry] = sarif_of(result)["runs"][0]["results"]
    assert entry["locations"][0]["physicalLocation"]["region"]["startLine"] == finding.location.line > 3


def test_related_locations_carry_their_role(validator, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = _documents_result(tmp_path)
    finding = result.files[0].findings[0]
    reference = Related(Location(file=finding.file, page=3, table=1, row=2, column=4), "98 %", "reference")
    result.files[0].findings[0] = finding.with_(related=finding.related + (reference,))
    log = sarif_of(result)
    assert_valid(validator, log)
    also, ref = log["runs"][0]["results"][0]["relatedLocations"]
    assert (also["properties"]["role"], ref["properties"]["role"]) == ("also", "reference")
    assert ref["message"]["text"].startswith("reference: ")
    assert [r["role"] for r in log["runs"][0]["results"][0]["properties"]["related"]] == ["also", "reference"]


def test_result_properties_quote_the_text(linted):
    [result] = sarif_of(linted)["runs"][0]["results"]
    assert result["properties"]["quote"] == "II | Program X | 3.071.415.500 | 3.094.283.480 | 996.22 %"
    assert FINGERPRINT_KEY == "lkjipFingerprint/v2"
