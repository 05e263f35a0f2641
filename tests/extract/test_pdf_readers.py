"""Both PDF readers (PDFium, and pdfplumber alone, the fallback) give the same findings
on the bundled sample and on every PDF under tests/fixtures: the same document, or
where the documents differ in some detail, the same findings. The corpus beside the
checkout is compared by benchmarks/compare_pdf_readers.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from lkjip_lint.config import Config
from lkjip_lint.extract import pdf as pdf_extract
from lkjip_lint.run import check_paths

ROOT = Path(__file__).resolve().parents[2]
PDFS = sorted([*ROOT.glob("samples/*.pdf"), *(ROOT / "tests" / "fixtures").rglob("*.pdf")])


def findings_with(reader: str, path: Path, monkeypatch) -> set[tuple]:
    monkeypatch.setattr(pdf_extract, "default_reader", reader)
    result = check_paths([str(path)], (), Config())
    assert result.files[0].error is None, result.files[0].error
    return {(f.rule, f.location.page, f.location.table, f.location.row, f.location.column, f.found, f.expected)
            for f in result.findings}


def test_there_are_pdfs_to_compare():
    assert len(PDFS) >= 10


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.name)
def test_both_readers_give_the_same_findings(path, monkeypatch):
    fast = pdf_extract.extract_pdf(str(path), reader="pdfium")
    fallback = pdf_extract.extract_pdf(str(path), reader="pdfplumber")
    assert fast.pages == fallback.pages
    if fast.blocks != fallback.blocks:  # findings are made from the blocks alone
        assert findings_with("pdfium", path, monkeypatch) == findings_with("pdfplumber", path, monkeypatch)


def test_a_file_pdfium_cannot_open_is_read_by_pdfplumber(tmp_path, monkeypatch):
    from lkjip_lint.extract.pdf import pdfium_reader

    def refuse(path):
        raise pdfium_reader.PdfiumCannotRead(password=False)
        yield  # a generator, as the reader is

    monkeypatch.setattr(pdfium_reader, "read_pages", refuse)
    document = pdf_extract.extract_pdf(str(ROOT / "tests" / "extract" / "data" / "report.pdf"))
    assert document.metadata["pdf_reader"] == "pdfplumber"
    assert len(list(document.tables())) == 2


@pytest.mark.parametrize("reader", ["pdfium", "pdfplumber"])
def test_a_pdf_over_the_page_limit_is_refused_before_its_pages_are_read(reader, monkeypatch):
    from lkjip_lint import limits as bounds
    from lkjip_lint.extract.pdf import page as page_module
    from lkjip_lint.model import ExtractError

    def unread(*args, **kwargs):
        raise AssertionError("a page was read")

    monkeypatch.setattr(pdf_extract, "read_page", unread, raising=False)
    monkeypatch.setattr(page_module, "read_page", unread, raising=False)
    sample = next(p for p in PDFS if p.parent.name == "samples")
    with bounds.applied(bounds.Limits(pages=3)), pytest.raises(ExtractError, match="pages"):
        pdf_extract.extract_pdf(str(sample), reader=reader)
