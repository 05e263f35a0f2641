"""PDF reports: ``extract_pdf(path) -> Document``.

A reader turns each page into characters and ruling lines (``content.py``): PDFium
through pypdfium2 (``pdfium_reader.py``), or pdfplumber when PDFium cannot open the file
(``plumber_reader.py``). Both describe a page the same way, so everything after is
shared: ruled tables rebuilt from their grid (``grid.py``), the text outside them line by
line (``page.py``), running headers and footers set apart, tables continued over a page
break joined, and the blocks in reading order (``assemble.py``); words a narrow cell
split ("Targ et") are joined again (``rejoin.py``).

Pages without a text layer (a scanned page, typically a signed agreement) are listed in
``Document.metadata["pages_without_text"]``; the running headers and footers, which are
no paragraphs, in ``Document.metadata["running_headers"]``.
"""

from __future__ import annotations

from ...model import Document, ExtractError
from .assemble import build_blocks, join_continued_tables, mark_furniture, running_texts
from .page import PdfPage, read_page
from .rejoin import rejoin_split_cells

CORRUPT = "corrupt or not a PDF"
ENCRYPTED = "encrypted or password-protected (not supported)"
NO_TEXT = "no text layer (scanned image?); OCR it first"

READERS = ("pdfium", "pdfplumber")
# The reader ``extract_pdf`` uses when not told; the comparison of the two readers
# (benchmarks/compare_pdf_readers.py, tests/extract/test_pdf_readers.py) switches it.
default_reader = "pdfium"


def extract_pdf(path: str, reader: str | None = None) -> Document:
    """The document in a PDF. ``reader`` "pdfium" falls back to pdfplumber for a file
    PDFium cannot read; "pdfplumber" reads with pdfplumber only. Pages are read one
    at a time, each reduced to its lines and tables before the next."""
    used, pages = _read(path, reader or default_reader)
    pages = mark_furniture(pages)
    if not any(page.items for page in pages):
        raise ExtractError(path, NO_TEXT)
    blocks = rejoin_split_cells(build_blocks(path, join_continued_tables(pages)))
    metadata = {"pdf_reader": used, "pages_without_text": [p.number for p in pages if p.scanned],
                "running_headers": running_texts(pages)}
    return Document(path=path, format="pdf", blocks=tuple(blocks), pages=len(pages), metadata=metadata)


def _read(path: str, reader: str) -> tuple[str, list[PdfPage]]:
    """The reader that read the file, and its pages."""
    if reader not in READERS:
        raise ValueError(f"unknown PDF reader {reader!r}")
    if reader == "pdfium":
        from . import pdfium_reader
        try:
            return "pdfium", [read_page(content) for content in pdfium_reader.read_pages(path)]
        except pdfium_reader.PdfiumCannotRead as failure:
            if failure.password:
                raise ExtractError(path, ENCRYPTED) from None
    from . import plumber_reader
    try:
        return "pdfplumber", [read_page(content) for content in plumber_reader.read_pages(path)]
    except plumber_reader.PlumberCannotRead as failure:
        raise ExtractError(path, ENCRYPTED if failure.password else CORRUPT) from None
