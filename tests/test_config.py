from __future__ import annotations

import json
from pathlib import Path

import pytest
from budget_report import RULES, TWO_RULES, WRONG_PERCENT, write_report
from click.testing import CliRunner

from lkjip_lint.cli import main
from lkjip_lint.config_file import discover, load_config

PYPROJECT_ONLY_LKJ102 = '[project]\nname = "laporan"\n\n[tool.lkjip-lint]\nselect = ["LKJ102"]\n'


def _run(*args: str):
    return CliRunner().invoke(main, ["check", "--format", "json", *args])


def _findings(result) -> list[dict]:
    """Findings of the rules the test report exercises (rules added later may find more)."""
    assert result.exit_code in (0, 1), result.output
    return [f for f in json.loads(result.stdout)["findings"] if f["rule"] in RULES]


def _rules(result) -> list[str]:
    return sorted(f["rule"] for f in _findings(result))


@pytest.fixture
def project(tmp_path) -> Path:
    """A folder holding reports/2021/report.txt with one LKJ101 and one LKJ102 finding."""
    write_report(tmp_path / "reports" / "2021", TWO_RULES)
    return tmp_path


def report_in(project: Path) -> str:
    return str(project / "reports" / "2021" / "report.txt")


# --- finding the configuration -------------------------------------------------

def test_pyproject_found_by_walking_up(project):
    (project / "pyproject.toml").write_text(PYPROJECT_ONLY_LKJ102)
    assert discover(Path(report_in(project))) == project / "pyproject.toml"
    assert _rules(_run(report_in(project))) == ["LKJ102"]


def test_pyproject_without_our_table_is_passed_over(project):
    (project / "reports" / "pyproject.toml").write_text('[project]\nname = "x"\n')
    (project / "lkjip-lint.toml").write_text('select = ["LKJ101"]\n')
    assert discover(Path(report_in(project))) == project / "lkjip-lint.toml"
    assert _rules(_run(report_in(project))) == ["LKJ101"]


def test_lkjip_lint_toml_wins_over_pyproject_in_the_same_folder(project):
    (project / "pyproject.toml").write_text(PYPROJECT_ONLY_LKJ102)
    (project / "lkjip-lint.toml").write_text('select = ["LKJ101"]\n')
    assert _rules(_run(report_in(project))) == ["LKJ101"]


def test_nearest_config_wins(project):
    (project / "lkjip-lint.toml").write_text('select = ["LKJ101"]\n')
    (project / "reports" / "lkjip-lint.toml").write_text('select = ["LKJ102"]\n')
    assert _rules(_run(report_in(project))) == ["LKJ102"]


def test_config_option_names_the_file(project, tmp_path_factory):
    (project / "lkjip-lint.toml").write_text('select = ["LKJ101"]\n')
    other = tmp_path_factory.mktemp("elsewhere") / "strict.toml"
    other.write_text('select = ["LKJ102"]\n')
    assert _rules(_run("--config", str(other), report_in(project))) == ["LKJ102"]


def test_isolated_ignores_every_config_file(project):
    (project / "lkjip-lint.toml").write_text('select = ["LKJ102"]\n')
    assert _rules(_run("--isolated", report_in(project))) == ["LKJ101", "LKJ102"]


def test_every_key_loads(tmp_path):
    (tmp_path / "rules").mkdir()
    path = tmp_path / "pyproject.toml"
    path.write_text("""
[tool.lkjip-lint]
select = ["LKJ1"]
ignore = ["LKJ103"]
extend-select = ["LKJ000"]
rules-dir = ["rules"]
institution = "Dinas Pendidikan Kabupaten X"
officials = [{ name = "Budi Santoso", nip = "197001011990031001" }]
report-year = 2021
tolerance = 0.01
lang = "id"

[tool.lkjip-lint.per-file-ignores]
"lampiran/*.docx" = ["sum"]

[tool.lkjip-lint.severity]
percentage-mismatch = "warning"
""")
    config = load_config(path)
    assert config.select == ("LKJ1",) and config.ignore == ("LKJ103",) and config.extend_select == ("LKJ000",)
    assert config.rules_dirs == (str((tmp_path / "rules").resolve()),)
    assert config.institution == "Dinas Pendidikan Kabupaten X"
    assert config.officials == (("Budi Santoso", "197001011990031001"),)
    assert (config.report_year, config.tolerance, config.lang) == (2021, 0.01, "id")
    assert config.per_file_ignores == (("lampiran/*.docx", ("sum",)),)
    assert [(s, v.value) for s, v in config.severity] == [("percentage-mismatch", "warning")]
    assert config.source == str(path)


# --- selecting rules -----------------------------------------------------------

@pytest.mark.parametrize("option, selector, expected", [
    ("--select", "LKJ101", ["LKJ101"]),
    ("--select", "LKJ1", ["LKJ101", "LKJ102"]),
    ("--select", "group-sum-mismatch", ["LKJ102"]),
    ("--select", "percentage", ["LKJ101"]),
    ("--select", "sum", ["LKJ102"]),
    ("--select", "lkj102,percentage-mismatch", ["LKJ101", "LKJ102"]),
    ("--ignore", "LKJ101", ["LKJ102"]),
    ("--ignore", "LKJ10", []),
    ("--ignore", "group-sum-mismatch", ["LKJ101"]),
    ("--ignore", "sum", ["LKJ101"]),
])
def test_select_and_ignore_on_the_command_line(project, option, selector, expected):
    assert _rules(_run("--isolated", option, selector, report_in(project))) == expected


@pytest.mark.parametrize("table, expected", [
    ('select = ["LKJ102"]', ["LKJ102"]),
    ('select = ["sum"]', ["LKJ102"]),
    ('ignore = ["LKJ1"]', []),
    ('ignore = ["LKJ1"]\nextend-select = ["percentage-mismatch"]', ["LKJ101"]),
    ('select = ["percentage", "sum"]\nignore = ["percentage-mismatch"]', ["LKJ102"]),
    ('select = ["LKJ1"]\nignore = ["LKJ101"]', ["LKJ102"]),
    # the more specific selector wins: a code prefix is more specific than a category
    ('select = ["LKJ101"]\nignore = ["percentage"]', ["LKJ101"]),
])
def test_select_and_ignore_in_the_config(project, table, expected):
    (project / "lkjip-lint.toml").write_text(table + "\n")
    assert _rules(_run(report_in(project))) == expected


def test_command_line_select_replaces_config_select(project):
    (project / "lkjip-lint.toml").write_text('select = ["LKJ102"]\n')
    assert _rules(_run("--select", "LKJ101", report_in(project))) == ["LKJ101"]


def test_per_file_ignores(project):
    write_report(project / "reports" / "lampiran", TWO_RULES, "tabel.txt")
    (project / "lkjip-lint.toml").write_text('[per-file-ignores]\n"lampiran/*.txt" = ["percentage"]\n')
    result = _run(str(project / "reports"))
    by_file = {}
    for finding in _findings(result):
        by_file.setdefault(Path(finding["file"]).parent.name, []).append(finding["rule"])
    assert sorted(by_file["2021"]) == ["LKJ101", "LKJ102"]
    assert by_file["lampiran"] == ["LKJ102"]


# --- severity ------------------------------------------------------------------

@pytest.mark.parametrize("selector", ["LKJ101", "percentage-mismatch", "percentage", "LKJ1"])
def test_severity_override(project, selector):
    (project / "lkjip-lint.toml").write_text(f'[severity]\n"{selector}" = "warning"\n')
    severities = {f["rule"]: f["severity"] for f in _findings(_run(report_in(project)))}
    assert severities["LKJ101"] == "warning"


def test_most_specific_severity_wins(project):
    (project / "lkjip-lint.toml").write_text('[severity]\nLKJ1 = "info"\nLKJ101 = "warning"\n')
    severities = {f["rule"]: f["severity"] for f in _findings(_run(report_in(project)))}
    assert severities == {"LKJ101": "warning", "LKJ102": "info"}


def test_lang_from_config(tmp_path):
    report = write_report(tmp_path, WRONG_PERCENT)
    (tmp_path / "lkjip-lint.toml").write_text('lang = "id"\n')
    [finding] = _findings(_run(str(report)))
    assert "tertulis" in finding["message"]
    [finding] = _findings(_run("--lang", "en", str(report)))
    assert "printed as" in finding["message"]


# --- bad configuration -----------------------------------------------------------

@pytest.mark.parametrize("name, content, words", [
    ("lkjip-lint.toml", 'selec = ["LKJ101"]\n', ["unknown key 'selec'"]),
    ("lkjip-lint.toml", "select = 5\n", ["'select'"]),
    ("lkjip-lint.toml", 'select = [\n', ["not valid TOML"]),
    ("lkjip-lint.toml", '[severity]\nLKJ101 = "fatal"\n', ["severity.LKJ101", "fatal"]),
    ("lkjip-lint.toml", '[severity]\nLKJ999 = "warning"\n', ["'LKJ999'", "'severity'"]),
    ("lkjip-lint.toml", 'ignore = ["no-such-rule"]\n', ["'no-such-rule'", "'ignore'"]),
    ("lkjip-lint.toml", '[per-file-ignores]\n"*.txt" = ["LKJ9"]\n', ["'LKJ9'", "per-file-ignores"]),
    ("lkjip-lint.toml", "report-year = 21\n", ["'report-year'"]),
    ("lkjip-lint.toml", "tolerance = -1\n", ["'tolerance'"]),
    ("lkjip-lint.toml", 'lang = "fr"\n', ["'lang'"]),
    ("pyproject.toml", '[tool.lkjip-lint]\nofficials = "Budi"\n', ["'officials'"]),
])
def test_bad_config_is_one_line_naming_file_and_key(tmp_path, name, content, words):
    report = write_report(tmp_path, WRONG_PERCENT)
    config = tmp_path / name
    config.write_text(content)
    result = _run(str(report))
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"lkjip-lint: error: {config}: ")
    for word in words:
        assert word in lines[0]


def test_config_option_with_pyproject_lacking_the_table(tmp_path):
    report = write_report(tmp_path, WRONG_PERCENT)
    config = tmp_path / "pyproject.toml"
    config.write_text('[project]\nname = "x"\n')
    result = _run("--config", str(config), str(report))
    assert result.exit_code == 2
    assert f"{config}: no [tool.lkjip-lint] table" in result.stderr


def test_bad_config_is_ignored_with_isolated(tmp_path):
    report = write_report(tmp_path, WRONG_PERCENT)
    (tmp_path / "lkjip-lint.toml").write_text('selec = ["LKJ101"]\n')
    assert _run("--isolated", str(report)).exit_code == 1


# --- each file its nearest configuration ------------------------------------------------------

def test_each_file_gets_the_configuration_nearest_to_it(tmp_path):
    write_report(tmp_path / "a", TWO_RULES)
    write_report(tmp_path / "b", TWO_RULES)
    (tmp_path / "a" / "lkjip-lint.toml").write_text('select = ["LKJ101"]\n')
    (tmp_path / "b" / "lkjip-lint.toml").write_text('select = ["LKJ102"]\n')

    def by_folder(result) -> dict:
        found: dict = {}
        for finding in _findings(result):
            found.setdefault(Path(finding["file"]).parent.name, []).append(finding["rule"])
        return found

    forward = by_folder(_run(str(tmp_path / "a"), str(tmp_path / "b")))
    backward = by_folder(_run(str(tmp_path / "b"), str(tmp_path / "a")))
    assert forward == backward == {"a": ["LKJ101"], "b": ["LKJ102"]}


def test_command_line_settings_apply_to_every_files_configuration(tmp_path):
    write_report(tmp_path / "a", TWO_RULES)
    write_report(tmp_path / "b", TWO_RULES)
    (tmp_path / "a" / "lkjip-lint.toml").write_text('select = ["LKJ101", "LKJ102"]\n')
    (tmp_path / "b" / "lkjip-lint.toml").write_text('select = ["LKJ1"]\n')
    assert _rules(_run("--ignore", "LKJ102", str(tmp_path / "a"), str(tmp_path / "b"))) == ["LKJ101", "LKJ101"]


def test_a_bad_configuration_of_any_checked_file_is_reported(tmp_path):
    write_report(tmp_path / "a", TWO_RULES)
    write_report(tmp_path / "b", TWO_RULES)
    (tmp_path / "b" / "lkjip-lint.toml").write_text('selec = ["LKJ101"]\n')
    result = _run(str(tmp_path / "a"), str(tmp_path / "b"))
    assert result.exit_code == 2
    assert f"{tmp_path / 'b' / 'lkjip-lint.toml'}: unknown key 'selec'" in result.stderr


def test_resolver_reads_each_configuration_once(tmp_path):
    from lkjip_lint.config_file import ConfigResolver

    (tmp_path / "lkjip-lint.toml").write_text('select = ["LKJ101"]\n')
    resolver = ConfigResolver(select=("LKJ102",))
    first = resolver.for_path(tmp_path / "x.txt")
    assert first is resolver.for_path(tmp_path / "y.txt")
    assert first.select == ("LKJ102",) and first.source == str(tmp_path / "lkjip-lint.toml")
