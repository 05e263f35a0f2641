from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from budget_report import CORRECT, SELECT, SELECT_TOML, TWO_RULES, WRONG_PERCENT, budget_table, write_report
from click.testing import CliRunner

from lkjip_lint import __version__
from lkjip_lint.cli import main
from lkjip_lint.registry import all_rules, find_rule


def _run(*args: str):
    return CliRunner().invoke(main, list(args))


def _check(*args: str):
    return _run("check", "--isolated", *SELECT, *args)


# --- exit codes ------------------------------------------------------------------

def test_clean_report_exits_0(tmp_path):
    result = _check(str(write_report(tmp_path, CORRECT)))
    assert result.exit_code == 0, result.output
    assert "no findings" in result.stdout


def test_findings_exit_1(tmp_path):
    result = _check(str(write_report(tmp_path, WRONG_PERCENT)))
    assert result.exit_code == 1
    assert "LKJ101" in result.stdout
    assert result.stderr == ""


def test_missing_file_exits_2(tmp_path):
    result = _check(str(tmp_path / "nowhere.docx"))
    assert result.exit_code == 2
    assert f"{tmp_path / 'nowhere.docx'}: no such file or folder" in result.stderr


def test_unknown_selector_exits_2(tmp_path):
    result = _check("--select", "LKJ999", str(write_report(tmp_path, WRONG_PERCENT)))
    assert result.exit_code == 2
    assert "unknown rule selector 'LKJ999'" in result.stderr


def test_bad_option_value_exits_2(tmp_path):
    assert _check("--format", "xml", str(write_report(tmp_path, CORRECT))).exit_code == 2


def test_fail_on_warning(tmp_path):
    report = write_report(tmp_path, WRONG_PERCENT)
    (tmp_path / "lkjip-lint.toml").write_text(SELECT_TOML + '[severity]\nLKJ101 = "warning"\n')
    assert _run("check", str(report)).exit_code == 0
    assert _run("check", "--fail-on", "warning", str(report)).exit_code == 1
    assert _run("check", "--fail-on", "info", str(report)).exit_code == 1


def test_fail_on_info_counts_info_findings(tmp_path):
    report = write_report(tmp_path, WRONG_PERCENT)
    (tmp_path / "lkjip-lint.toml").write_text(SELECT_TOML + '[severity]\nLKJ101 = "info"\n')
    assert _run("check", "--fail-on", "warning", str(report)).exit_code == 0
    assert _run("check", "--fail-on", "info", str(report)).exit_code == 1


def test_exit_zero(tmp_path):
    result = _check("--exit-zero", str(write_report(tmp_path, WRONG_PERCENT)))
    assert result.exit_code == 0
    assert "LKJ101" in result.stdout


def test_exit_zero_does_not_hide_unreadable_input(tmp_path):
    (tmp_path / "broken.docx").write_bytes(b"not a zip")
    assert _check("--exit-zero", str(tmp_path / "broken.docx")).exit_code == 2


# --- output ------------------------------------------------------------------------

@pytest.mark.parametrize("output_format, marker", [
    ("text", "LKJ101 percentage-mismatch"),
    ("json", '"rule": "LKJ101"'),
    ("sarif", '"version": "2.1.0"'),
    ("github", "::error file="),
    ("junit", "<testsuites"),
])
def test_output_file(tmp_path, output_format, marker):
    out = tmp_path / f"out.{output_format}"
    result = _check("--format", output_format, "--output", str(out), str(write_report(tmp_path, WRONG_PERCENT)))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert marker in out.read_text(encoding="utf-8")


def test_json_on_stdout_is_only_json(tmp_path):
    result = _check("--format", "json", str(write_report(tmp_path, WRONG_PERCENT)))
    assert json.loads(result.stdout)["summary"]["errors"] == 1


def test_jobs_keep_the_output_order(tmp_path):
    texts = [CORRECT, WRONG_PERCENT, TWO_RULES, "LAPORAN\n\n" + budget_table(activity_a_percent="98.00 %")]
    for i, text in enumerate(texts * 2):
        write_report(tmp_path / "reports", text, f"report-{i}.txt")
    serial = _check("--format", "json", str(tmp_path / "reports"))
    parallel = _check("--format", "json", "--jobs", "2", str(tmp_path / "reports"))
    assert serial.exit_code == parallel.exit_code == 1
    assert parallel.stdout == serial.stdout
    assert [f["path"].rsplit("-", 1)[-1] for f in json.loads(serial.stdout)["files"]] == \
        [f"{i}.txt" for i in range(8)]


def test_unreadable_and_good_file_in_one_run(tmp_path):
    good = write_report(tmp_path, WRONG_PERCENT)
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip")
    result = _check(str(broken), str(good))
    assert result.exit_code == 2
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"lkjip-lint: error: {broken}: ")
    assert str(good) in result.stdout
    assert "LKJ101" in result.stdout
    assert str(broken) not in result.stdout


def test_unreadable_file_in_json_output(tmp_path):
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip")
    result = _check("--format", "json", str(broken), str(write_report(tmp_path, CORRECT)))
    assert result.exit_code == 2
    files = json.loads(result.stdout)["files"]
    assert files[0]["error"] and files[1]["error"] is None


# --- rules and explain ---------------------------------------------------------------

def test_rules_lists_every_code():
    result = _run("rules")
    assert result.exit_code == 0
    for rule in all_rules():
        assert rule.code in result.stdout
        assert rule.name in result.stdout


def test_rules_as_json():
    result = _run("rules", "--format", "json")
    assert result.exit_code == 0
    listed = json.loads(result.stdout)
    assert [r["code"] for r in listed] == [r.code for r in all_rules()]
    assert set(listed[0]) == {"code", "name", "category", "severity", "summary"}


@pytest.mark.parametrize("key", ["LKJ101", "lkj101", "percentage-mismatch"])
def test_explain(key):
    result = _run("explain", key)
    assert result.exit_code == 0
    assert result.stdout.startswith("LKJ101 percentage-mismatch (percentage, default error)")
    assert find_rule("LKJ101").explain() in result.stdout


def test_explain_unknown_rule_exits_2():
    result = _run("explain", "LKJ999")
    assert result.exit_code == 2
    assert "no rule 'LKJ999'" in result.stderr


# --- the installed command -------------------------------------------------------------

def test_console_script(tmp_path):
    command = shutil.which("lkjip-lint")
    if command is None:
        pytest.fail("the lkjip-lint console script is not installed (pip install -e .)")
    version = subprocess.run([command, "--version"], capture_output=True, text=True)
    assert version.returncode == 0 and __version__ in version.stdout
    report = write_report(tmp_path, WRONG_PERCENT)
    checked = subprocess.run([command, "check", "--isolated", *SELECT, "--format", "github", str(report)],
                             capture_output=True, text=True, cwd=tmp_path)
    assert checked.returncode == 1
    assert checked.stdout.startswith("::error file=report.txt,line=")


def test_output_in_a_missing_folder_is_one_line_and_exit_2(tmp_path):
    report = write_report(tmp_path, CORRECT)
    result = _check("--output", str(tmp_path / "no" / "such" / "out.json"), str(report))
    assert result.exit_code == 2
    assert "cannot be written" in result.stderr and "Traceback" not in result.output


def test_config_that_is_not_utf8_is_one_line_and_exit_2(tmp_path):
    config = tmp_path / "lkjip-lint.toml"
    config.write_bytes('institution = "Kecamatan Sumbersari \u2013 Jember"\n'.encode("cp1252"))
    report = write_report(tmp_path, CORRECT)
    result = _run("check", "--config", str(config), str(report))
    assert result.exit_code == 2
    assert "not UTF-8" in result.stderr


def test_report_year_outside_any_plausible_range_is_a_usage_error(tmp_path):
    report = write_report(tmp_path, CORRECT)
    assert _check("--report-year", "-5", str(report)).exit_code == 2
    assert _check("--report-year", "2021", str(report)).exit_code == 0
