from __future__ import annotations

import re
from html import unescape

import html5lib
import pytest
from budget_report import CORRECT, WRONG_PERCENT, report_config, write_report
from checked_sample import checked

from lkjip_lint.findings import Severity
from lkjip_lint.messages import render
from lkjip_lint.report.html import render_html
from lkjip_lint.report.view import View
from lkjip_lint.run import FileResult, RunResult, check_paths

XHTML = "{http://www.w3.org/1999/xhtml}"


def _batch(tmp_path, monkeypatch) -> RunResult:
    monkeypatch.chdir(tmp_path)
    write_report(tmp_path, WRONG_PERCENT, "salah.txt")
    write_report(tmp_path, CORRECT, "benar.txt")
    (tmp_path / "rusak.docx").write_bytes(b"not a zip")
    small = check_paths(["salah.txt", "benar.txt", "rusak.docx"], (), report_config()).files
    return RunResult(files=[checked(".txt")] + small)


def _parse_strictly(page: str):
    """html5lib in strict mode raises on any HTML5 parse error."""
    return html5lib.HTMLParser(strict=True).parse(page)


def _text_without_styles_and_scripts(page: str) -> str:
    page = re.sub(r"<(style|script)>.*?</\1>", "", page, flags=re.S)
    return unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page)))


@pytest.mark.parametrize("lang", ["en", "id"])
def test_the_page_is_valid_html5_and_holds_every_finding(tmp_path, monkeypatch, lang):
    result = _batch(tmp_path, monkeypatch)
    page = render_html(result, View(lang=lang))
    tree = _parse_strictly(page)
    assert tree.get("lang") == lang
    items = tree.findall(f".//{XHTML}li")
    assert len([li for li in items if "finding" in (li.get("class") or "")]) == len(result.findings) > 40
    text = _text_without_styles_and_scripts(page)
    for finding in result.findings:
        assert render(finding, lang) in text


def test_no_asset_comes_from_elsewhere(tmp_path, monkeypatch):
    page = render_html(_batch(tmp_path, monkeypatch), View())
    assert not re.search(r"<link\b|\bsrc=|@import|url\(", page)
    assert all(href.startswith("#") for href in re.findall(r'href="([^"]*)"', page))


def test_without_styles_and_scripts_it_reads_in_order(tmp_path, monkeypatch):
    result = _batch(tmp_path, monkeypatch)
    text = _text_without_styles_and_scripts(render_html(result, View(lang="id")))
    # the summary: institution, year, file, status and counts, one row per report
    assert "Kecamatan Sumbersari 2021 " in text
    assert re.search(r"tidak disebutkan salah\.txt perlu perbaikan 1 0 0 1 percentage 1", text)
    assert re.search(r"benar\.txt siap 0 0 0 0", text)
    assert "rusak.docx tidak terbaca" in text
    # then each report, its findings with what was found and expected
    section = text[text.index("Berkas salah.txt"):]
    assert re.search(r"Tertulis 996\.22 % Seharusnya 100,74 %", section)
    assert re.search(r"Masalah corrupt or not a Word \.docx file", text)


def test_a_report_links_to_its_annotated_copy(tmp_path, monkeypatch):
    result = _batch(tmp_path, monkeypatch)
    copy = tmp_path / "salinan" / "salah-annotated.txt"
    view = View(annotated={"salah.txt": str(copy)}, output=str(tmp_path / "laporan" / "hasil.html"))
    page = render_html(result, view)
    assert '<a class="copy" href="../salinan/salah-annotated.txt">salah-annotated.txt</a>' in page


def test_the_status_follows_fail_on():
    sample = checked(".txt")
    warnings = [f for f in sample.findings if f.severity == Severity.WARNING]
    only_warnings = RunResult(files=[FileResult(path=sample.path, format="text", findings=warnings)])

    def status(fail_on: Severity) -> str:
        page = render_html(only_warnings, View(fail_on=fail_on))
        return re.search(r'<td class="status-([a-z-]+)">', page).group(1)

    assert status(Severity.ERROR) == "ready"
    assert status(Severity.WARNING) == "needs-correction"
