import io

from rich.console import Console

from lkjip_lint.config import Config
from lkjip_lint.report.text_format import render_text
from lkjip_lint.run import check_paths

REPORT = "No\tUraian\tAnggaran\tRealisasi\t%\nI\tProgram A\t100\t50\t60 %\n"


def render(paths, **console_options):
    buffer = io.StringIO()
    console = Console(file=buffer, width=120, **console_options)
    render_text(check_paths([str(p) for p in paths], (), Config()), console)
    return buffer.getvalue()


def test_finding_shows_place_found_expected_and_evidence(tmp_path):
    report = tmp_path / "laporan.txt"
    report.write_text(REPORT, encoding="utf-8")
    text = render([report])
    assert "error LKJ101 percentage-mismatch" in text
    assert "at: line 2, table 1, row 2 'Program A', column 5 '%'" in text
    assert "found: 60 %   expected: 50,00 %" in text
    assert "evidence: 50 / 100 × 100 = 50,00" in text
    assert text.rstrip().endswith("1 file checked: 1 error, 0 warnings, 0 info")


def test_summary_table_for_several_files(tmp_path):
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(REPORT.replace("60 %", "50 %"), encoding="utf-8")
    text = render([tmp_path])
    assert "summary" in text and "percentage 1" in text
    assert "2 files checked: 1 error" in text


def test_no_colour_codes_when_not_a_terminal(tmp_path):
    report = tmp_path / "laporan.txt"
    report.write_text(REPORT, encoding="utf-8")
    assert "\x1b[" not in render([report])
    assert "\x1b[" in render([report], force_terminal=True, color_system="standard")


def test_bahasa_indonesia_messages_and_frame(tmp_path):
    report = tmp_path / "laporan.txt"
    report.write_text(REPORT, encoding="utf-8")
    buffer = io.StringIO()
    render_text(check_paths([str(report)], (), Config()), Console(file=buffer, width=160), lang="id")
    text = buffer.getvalue()
    assert "'Program A' tertulis 60 %, padahal 50 / 100 × 100 = 50,00 %" in text
    assert "di: baris 2, tabel 1, baris tabel 2 'Program A', kolom 5 '%'" in text
    assert "tertulis: 60 %   seharusnya: 50,00 %" in text
