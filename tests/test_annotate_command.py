"""check --annotate DIR and the batch formats, end to end through the command line."""

from __future__ import annotations

import re
import shutil

import docx
from budget_report import SELECT, WRONG_PERCENT, write_report
from checked_sample import SAMPLE, digest
from click.testing import CliRunner

from lkjip_lint.cli import main


def _check(*args: str):
    return CliRunner().invoke(main, ["check", "--isolated", *args])


def _hashes(folder):
    return {path.name: digest(path) for path in sorted(folder.iterdir()) if path.is_file()}


def test_an_unreadable_report_gets_one_line_and_the_others_are_annotated(tmp_path):
    reports = tmp_path / "laporan"
    reports.mkdir()
    for suffix in (".docx", ".pdf", ".txt"):
        shutil.copy(SAMPLE.with_suffix(suffix), reports / f"sumbersari{suffix}")
    (reports / "rusak.pdf").write_bytes(b"%PDF-1.4 broken")
    before = _hashes(reports)
    result = _check("--annotate", str(tmp_path / "out"), str(reports))
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if "error" in line]
    assert errors == [f"lkjip-lint: error: {reports / 'rusak.pdf'}: corrupt or not a PDF"]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == \
        ["sumbersari-annotated.docx", "sumbersari-annotated.pdf", "sumbersari-annotated.txt"]
    assert _hashes(reports) == before


def test_copies_in_the_reports_own_folder_never_replace_a_report(tmp_path):
    report = write_report(tmp_path, WRONG_PERCENT, "laporan.txt")
    write_report(tmp_path, WRONG_PERCENT, "laporan-annotated.txt")  # named like a copy, and named on purpose
    before = _hashes(tmp_path)
    for _ in range(2):
        result = _check(*SELECT, "--annotate", str(tmp_path), str(report), str(tmp_path / "laporan-annotated.txt"))
        assert result.exit_code == 1, result.output
    assert _hashes(tmp_path).items() >= before.items()
    assert sorted(p.name for p in tmp_path.iterdir()) == \
        ["laporan-annotated-2.txt", "laporan-annotated-annotated.txt", "laporan-annotated.txt", "laporan.txt"]
    # a folder walk leaves out what is named like a copy (a file named so is checked when named)
    walked = _check(*SELECT, "--format", "concise", str(tmp_path))
    assert set(re.findall(r"^(\S+?\.txt):", walked.stdout, re.M)) == {str(tmp_path / "laporan.txt")}


def test_the_html_page_links_to_the_copies_it_was_made_with(tmp_path):
    report = write_report(tmp_path / "laporan", WRONG_PERCENT, "laporan.txt")
    page = tmp_path / "hasil" / "pemeriksaan.html"
    page.parent.mkdir()
    result = _check(*SELECT, "--annotate", str(tmp_path / "salinan"), "--format", "html", "-o", str(page),
                    "--lang", "id", str(report))
    assert result.exit_code == 1
    [href] = re.findall(r'<a class="copy" href="([^"]+)"', page.read_text(encoding="utf-8"))
    assert href == "../salinan/laporan-annotated.txt"
    assert (page.parent / href).resolve().read_text(encoding="utf-8").count(">> lkjip-lint") == 1


def test_csv_writes_its_table_of_reports_beside_the_table_of_findings(tmp_path):
    report = write_report(tmp_path, WRONG_PERCENT, "laporan.txt")
    result = _check(*SELECT, "--format", "csv", "-o", str(tmp_path / "temuan.csv"), str(report))
    assert result.exit_code == 1
    assert (tmp_path / "temuan.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert len((tmp_path / "temuan-reports.csv").read_text(encoding="utf-8-sig").splitlines()) == 2
    to_stdout = _check(*SELECT, "--format", "csv", str(report))
    assert "only beside an --output FILE" in to_stdout.stderr


def test_standard_input_cannot_be_annotated(tmp_path):
    result = _check("--annotate", str(tmp_path), "-")
    assert result.exit_code == 2
    assert "standard input" in result.stderr


def test_the_documented_command_makes_the_samples_annotated_copies_and_page(tmp_path, monkeypatch):
    readme = (SAMPLE.parent.parent / "README.md").read_text(encoding="utf-8")
    [command] = re.findall(r"^lkjip-lint (check samples/ --annotate .*)$", readme, re.M)
    shutil.copytree(SAMPLE.parent, tmp_path / "samples", ignore=shutil.ignore_patterns("*.py"))
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, command.split())
    assert result.exit_code == 1, result.output
    copies = tmp_path / "hasil"
    word = docx.Document(str(copies / "lkjip-kecamatan-sumbersari-2021-annotated.docx"))
    assert len(word.comments) > 40
    page = (copies / "pemeriksaan.html").read_text(encoding="utf-8")
    assert page.count('class="copy" href="lkjip-kecamatan-sumbersari-2021-annotated.') == 3


def test_a_copy_that_cannot_be_made_is_one_line_and_the_others_are_made(tmp_path, monkeypatch):
    import lkjip_lint.annotate as annotate

    real_writer = annotate._writer

    def failing_for_pdf(kind):
        if kind == "pdf":
            def fail(source, target, findings, view):
                raise ValueError("damaged cross-reference table")
            return fail
        return real_writer(kind)

    monkeypatch.setattr(annotate, "_writer", failing_for_pdf)
    result = _check("--annotate", str(tmp_path / "out"), str(SAMPLE.with_suffix(".pdf")), str(SAMPLE.with_suffix(".txt")))
    assert result.exit_code == 2
    [line] = [line for line in result.stderr.splitlines() if "error" in line]
    assert line == (f"lkjip-lint: error: {SAMPLE.with_suffix('.pdf')}: cannot annotate a copy "
                    "(ValueError: damaged cross-reference table)")
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["lkjip-kecamatan-sumbersari-2021-annotated.txt"]
