from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from budget_report import CORRECT, SELECT, SELECT_TOML, TWO_RULES, WRONG_PERCENT, budget_table, write_report
from click.testing import CliRunner
from conftest import SAMPLES

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


# --- output that never fails and cannot be hijacked ---------------------------------------

SAMPLE_TXT = SAMPLES / "lkjip-kecamatan-sumbersari-2021.txt"


def _subprocess(*args: str, env: dict | None = None, **options) -> subprocess.CompletedProcess:
    if "stdout" not in options and "stderr" not in options:
        options["capture_output"] = True
    return subprocess.run([sys.executable, "-m", "lkjip_lint.cli", *args],
                          env={**os.environ, **(env or {})}, **options)


@pytest.mark.parametrize("output_format", ["text", "concise", "json", "sarif", "github", "junit"])
def test_a_stream_that_cannot_hold_every_character_gets_the_whole_report(tmp_path, output_format):
    # cp1252 has no '→' (the SKM evidence): the report used to stop there with a traceback.
    target = tmp_path / f"hasil.{output_format}"
    with target.open("wb") as handle:
        done = _subprocess("check", "--isolated", "--format", output_format, str(SAMPLE_TXT),
                           env={"PYTHONIOENCODING": "cp1252"}, stdout=handle, stderr=subprocess.PIPE)
    assert done.returncode == 1, done.stderr
    assert done.stderr == b""
    data = target.read_bytes()
    if output_format in ("json", "sarif", "github", "junit"):
        text = data.decode("utf-8")  # formats for machines are always UTF-8
        assert "65,00–76,60" in text
        if output_format in ("json", "sarif"):
            json.loads(text)
    else:
        text = data.decode("cp1252")
        if output_format != "concise":  # concise leaves the evidence out
            assert "72,1 -> C" in text
        assert "× 100" in text  # what cp1252 can hold is kept
    assert "LKJ322" in text


def test_output_file_is_utf8_whatever_the_stream_encoding(tmp_path):
    target = tmp_path / "hasil.txt"
    done = _subprocess("check", "--isolated", "--output", str(target), str(SAMPLE_TXT),
                       env={"PYTHONIOENCODING": "cp1252"})
    assert done.returncode == 1 and done.stderr == b""
    assert "72,1 → C" in target.read_text(encoding="utf-8")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("output_format", ["text", "json"])
def test_a_full_disk_on_stdout_is_one_line_and_exit_2(output_format):
    with open("/dev/full", "wb") as full:
        done = _subprocess("check", "--isolated", "--format", output_format, str(SAMPLE_TXT),
                           stdout=full, stderr=subprocess.PIPE, text=True)
    assert done.returncode == 2
    assert done.stderr == "lkjip-lint: error: cannot write the report to standard output (No space left on device)\n"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_output_to_a_device_that_is_full_is_one_line_and_exit_2():
    done = _subprocess("check", "--isolated", "--output", "/dev/full", str(SAMPLE_TXT), text=True)
    assert done.returncode == 2
    assert done.stderr == "lkjip-lint: error: /dev/full: cannot be written (No space left on device)\n"


@pytest.mark.skipif(sys.platform == "win32", reason="file size limits are POSIX")
def test_a_full_disk_leaves_the_previous_output_file_intact(tmp_path):
    import resource

    def small_disk():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (2000, 2000))

    target = tmp_path / "hasil.json"
    target.write_text('{"previous": "report"}\n')
    done = _subprocess("check", "--isolated", "--format", "json", "--output", str(target), str(SAMPLE_TXT),
                       preexec_fn=small_disk, text=True)
    assert done.returncode == 2
    [line] = done.stderr.splitlines()
    assert line.startswith(f"lkjip-lint: error: {target}: cannot be written (")
    assert line.endswith("the previous file is unchanged")
    assert target.read_text() == '{"previous": "report"}\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hasil.json"]


def test_output_file_is_replaced_whole_and_keeps_its_permissions(tmp_path):
    target = tmp_path / "hasil.json"
    target.write_text("old")
    target.chmod(0o640)
    result = _check("--format", "json", "--output", str(target), str(write_report(tmp_path, WRONG_PERCENT)))
    assert result.exit_code == 1
    assert json.loads(target.read_text())["summary"]["errors"] == 1
    if sys.platform != "win32":  # Windows has no permission bits to keep
        assert (target.stat().st_mode & 0o777) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hasil.json", "report.txt"]


HOSTILE_NAME = "lap\n::error::pwned\x1b[2J.txt"
HOSTILE_CELL = "Program X\x1b]0;judul\x07\x1b[31m"


@pytest.fixture
def hostile(tmp_path, monkeypatch):
    """A report whose file name holds a newline, a workflow command and an escape sequence, and
    whose row label holds escape sequences; beside it an unreadable file with a hostile name."""
    if sys.platform == "win32":
        pytest.skip("Windows file names cannot hold these characters")
    monkeypatch.chdir(tmp_path)
    write_report(tmp_path, WRONG_PERCENT.replace("Program X", HOSTILE_CELL), HOSTILE_NAME)
    (tmp_path / "rusak\n::warning::x.docx").write_bytes(b"not a zip")
    return tmp_path


def _no_raw_control_characters(text: str) -> None:
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", text), repr(text)
    for line in text.splitlines():
        assert not line.lstrip().startswith("::") or line.startswith(("::error ", "::warning ", "::notice ")), line


@pytest.mark.parametrize("output_format", ["text", "concise", "github", "junit", "json", "sarif"])
def test_control_characters_in_cells_and_file_names_come_out_escaped(hostile, output_format):
    done = _subprocess("check", "--isolated", *SELECT, "--format", output_format, ".", text=True,
                       encoding="utf-8", env={"COLUMNS": "50"})
    assert done.returncode == 2  # the unreadable file
    _no_raw_control_characters(done.stdout)
    _no_raw_control_characters(done.stderr)
    assert done.stderr == "lkjip-lint: error: rusak\\n::warning::x.docx: corrupt or not a Word .docx file\n"
    if output_format == "github":
        commands = done.stdout.splitlines()
        assert len(commands) == 2 and all(c.startswith("::error file=") for c in commands)
        assert "file=lap\\n%3A%3Aerror%3A%3Apwned\\x1b[2J.txt," in done.stdout
    elif output_format in ("json", "sarif"):
        payload = json.loads(done.stdout)
        messages = ([f["message"] for f in payload["findings"]] if output_format == "json"
                    else [r["message"]["text"] for r in payload["runs"][0]["results"]])
        assert any(HOSTILE_CELL in m for m in messages)  # the data itself is kept exact
        assert "\\u001b]0;judul\\u0007" in done.stdout
    else:
        assert "Program X\\x1b]0;judul\\x07\\x1b[31m" in done.stdout
        assert "lap\\n::error::pwned\\x1b[2J.txt" in done.stdout


def test_no_wrapped_line_can_start_a_workflow_command(tmp_path):
    report = write_report(tmp_path, WRONG_PERCENT.replace("Program X", "Program X ::error::boom"))
    result = CliRunner().invoke(main, ["check", "--isolated", *SELECT, str(report)], env={"COLUMNS": "40"})
    lines = result.stdout.splitlines()
    assert any(line.strip().startswith("\\::error::boom") for line in lines), result.stdout
    assert not any(line.lstrip().startswith("::") for line in lines)


# --- Ctrl-C ------------------------------------------------------------------------------------

@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal and SIGINT")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_stops_cleanly_with_exit_130(tmp_path, jobs):
    import pty

    for i in range(12):
        shutil.copy(SAMPLE_TXT, tmp_path / f"laporan-{i:02}.txt")
    master, terminal = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "lkjip_lint.cli", "check", "--jobs", jobs, str(tmp_path)],
                               stdout=subprocess.PIPE, stderr=terminal, stdin=subprocess.DEVNULL)
    os.close(terminal)
    seen = bytearray()
    bar_is_up = threading.Event()

    def drain() -> None:  # the terminal is read all along, so the program never waits on it
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the other side is closed
                break
            if not chunk:
                break
            seen.extend(chunk)
            if b"checking" in seen:
                bar_is_up.set()

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    assert bar_is_up.wait(60), bytes(seen)
    process.send_signal(signal.SIGINT)
    stdout, _ = process.communicate(timeout=60)
    reader.join(10)
    os.close(master)
    seen = bytes(seen)
    assert process.returncode == 130
    assert stdout == b""
    assert b"Traceback" not in seen
    # the progress line is erased before the one line that says what happened
    assert seen.endswith(b"\r\x1b[2K\x1b[?25hlkjip-lint: interrupted\r\n")


# --- concise, statistics, --show -------------------------------------------------------------

def test_concise_is_one_line_per_finding(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_report(tmp_path, TWO_RULES)
    result = _run("check", "--isolated", *SELECT, "--format", "concise", "report.txt")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("report.txt:5:Tabel 3.1:row 2:col 4: LKJ102 error REALISASI (Rp) of 'Program X'")
    assert lines[1].startswith("report.txt:5:Tabel 3.1:row 2:col 5: LKJ101 error CAPAIAN (%) of 'Program X'")


def test_concise_marks_docx_pages_approximate(tmp_path):
    from lkjip_lint.findings import Severity, make_finding
    from lkjip_lint.model import Location
    from lkjip_lint.report.concise import render_concise
    from lkjip_lint.run import FileResult, RunResult
    import io

    finding = make_finding("LKJ501", Location(file="lkjip.docx", page=16, paragraph=49), "impossible-year",
                           found="tahun 20121", severity=Severity.ERROR, report_year=2021)
    buffer = io.StringIO()
    render_concise(RunResult(files=[FileResult(path="lkjip.docx", findings=[finding])]), buffer)
    assert buffer.getvalue() == ("lkjip.docx:~16:par 49: LKJ501 error 'tahun 20121' cannot be a year of this "
                                 "report (report year 2021)\n")


def test_statistics_count_findings_per_rule(tmp_path):
    write_report(tmp_path, TWO_RULES, "a.txt")
    write_report(tmp_path, WRONG_PERCENT, "b.txt")
    result = _check("--statistics", str(tmp_path))
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "count  code    name                 severity",
        "    2  LKJ101  percentage-mismatch  error",
        "    1  LKJ102  group-sum-mismatch   error",
    ]
    as_json = json.loads(_check("--statistics", "--format", "json", str(tmp_path)).stdout)
    assert as_json == [{"code": "LKJ101", "name": "percentage-mismatch", "severity": "error", "count": 2},
                       {"code": "LKJ102", "name": "group-sum-mismatch", "severity": "error", "count": 1}]
    indonesian = _check("--statistics", "--lang", "id", str(tmp_path)).stdout.splitlines()
    assert indonesian[0].split() == ["jumlah", "kode", "nama", "tingkat"]
    assert indonesian[1].split() == ["2", "LKJ101", "percentage-mismatch", "kesalahan"]
    assert _check("--statistics", "--format", "sarif", str(tmp_path)).exit_code == 2


def test_show_filters_what_is_displayed_not_the_exit_code(tmp_path):
    report = write_report(tmp_path, TWO_RULES)
    (tmp_path / "lkjip-lint.toml").write_text(SELECT_TOML + '[severity]\nLKJ102 = "info"\n')
    everything = _run("check", "--format", "json", str(report))
    assert sorted(f["severity"] for f in json.loads(everything.stdout)["findings"]) == ["error", "info"]
    shown = _run("check", "--show", "warning", str(report))
    assert shown.exit_code == 1
    assert "LKJ101" in shown.stdout and "LKJ102" not in shown.stdout
    assert "1 below --show warning not shown" in shown.stdout
    errors_hidden = _run("check", "--show", "error", "--fail-on", "info", "--format", "json", str(report))
    assert errors_hidden.exit_code == 1
    assert json.loads(errors_hidden.stdout)["summary"]["hidden"]["below_show"] == 1


# --- which files: duplicates, empty folders, missing paths, stdin ----------------------------

def test_the_same_file_named_twice_or_reached_two_ways_is_checked_once(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_report(tmp_path / "laporan", WRONG_PERCENT)
    paths = ["laporan/report.txt", "./laporan/report.txt", "laporan", str(tmp_path / "laporan" / "report.txt")]
    if sys.platform != "win32":
        os.symlink(tmp_path / "laporan" / "report.txt", tmp_path / "link.txt")
        paths.append("link.txt")
    payload = json.loads(_check("--format", "json", *paths).stdout)
    assert [f["path"] for f in payload["files"]] == ["laporan/report.txt"]
    assert len(payload["findings"]) == 1


def test_a_folder_without_reports_is_a_clear_error(tmp_path):
    (tmp_path / "kosong").mkdir()
    (tmp_path / "kosong" / "catatan.xlsx").write_bytes(b"x")
    result = _check(str(tmp_path / "kosong"))
    assert result.exit_code == 2
    assert result.stderr == (f"lkjip-lint: error: {tmp_path / 'kosong'}: no report found "
                             "(looked for .docx, .pdf, .txt, .md and .markdown files)\n")
    assert result.stdout == ""


def test_an_empty_folder_beside_reports_is_a_warning(tmp_path):
    (tmp_path / "kosong").mkdir()
    report = write_report(tmp_path / "laporan", WRONG_PERCENT)
    result = _check(str(tmp_path / "kosong"), str(report))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"lkjip-lint: warning: {tmp_path / 'kosong'}: no report found")


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges on Windows")
def test_a_symbolic_link_loop_is_named_as_such(tmp_path):
    os.symlink(tmp_path / "b.txt", tmp_path / "a.txt")
    os.symlink(tmp_path / "a.txt", tmp_path / "b.txt")
    result = _check(str(tmp_path / "a.txt"))
    assert result.exit_code == 2
    assert result.stderr == (f"lkjip-lint: error: {tmp_path / 'a.txt'}: "
                             "symbolic link loop (too many levels of symbolic links)\n")


def test_standard_input_with_a_file_name(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "laporan").mkdir()
    (tmp_path / "laporan" / "lkjip-lint.toml").write_text('select = ["LKJ102"]\n')
    result = CliRunner().invoke(main, ["check", "--format", "json", "--stdin-filename", "laporan/lkjip.txt", "-"],
                                input=TWO_RULES)
    assert result.exit_code == 1, result.output
    payload = json.loads(result.stdout)
    assert [f["path"] for f in payload["files"]] == ["laporan/lkjip.txt"]
    # the configuration is the one found from the named file's folder
    assert [(f["rule"], f["file"]) for f in payload["findings"]] == [("LKJ102", "laporan/lkjip.txt")]


def test_standard_input_as_docx(tmp_path):
    docx = (SAMPLES / "lkjip-kecamatan-sumbersari-2021.docx").read_bytes()
    result = CliRunner().invoke(main, ["check", "--isolated", "--select", "LKJ101", "--format", "concise",
                                       "--stdin-filename", "lkjip.docx", "-"], input=docx)
    assert result.exit_code == 1, result.output
    assert result.stdout.startswith("lkjip.docx:~7:the 15th table:row 2:col 5: LKJ101 error")


def test_standard_input_without_a_name_is_text(tmp_path):
    result = CliRunner().invoke(main, ["check", "--isolated", *SELECT, "-"], input=WRONG_PERCENT)
    assert result.exit_code == 1
    assert result.stdout.startswith("-\n  error LKJ101")
    assert _run("check", "--stdin-filename", "x.txt", str(write_report(tmp_path, CORRECT))).exit_code == 2


# --- rules and explain in Bahasa Indonesia ------------------------------------------------------

def test_rules_in_bahasa_indonesia():
    result = _run("rules", "--lang", "id")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["kode", "nama", "kategori", "tingkat", "ringkasan"]
    lkj101 = next(line for line in lines if line.startswith("LKJ101"))
    assert "kesalahan" in lkj101 and "Persentase realisasi berbeda dengan cara baca kolomnya" in lkj101
    listed = json.loads(_run("rules", "--format", "json", "--lang", "id").stdout)
    assert listed[1]["summary"].startswith("Persentase realisasi")


def test_explain_in_bahasa_indonesia():
    result = _run("explain", "LKJ205", "--lang", "id")
    assert result.exit_code == 0
    assert result.stdout.startswith("LKJ205 budget-mismatch (budget-mismatch, bawaan: peringatan)\n")
    assert "Satu temuan per program atau kegiatan" in result.stdout


def test_rules_language_from_the_configuration(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "lkjip-lint.toml").write_text('lang = "id"\n')
    assert _run("rules").stdout.startswith("kode")
    assert _run("rules", "--lang", "en").stdout.startswith("code")
