"""Pages read with pdfplumber (pdfminer): the fallback for a file PDFium cannot open,
and the reference the PDFium reader is compared with. Gives the same page content:
characters, ruling edges by the same rule, the area images cover."""

from __future__ import annotations

import logging
from typing import Iterator

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError
from pdfminer.psparser import PSException
from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

from ...limits import Tally
from .content import PageContent, make_char, path_edges, upright_box

# pdfminer warns on stderr about fonts and streams it can still read; a reader of our
# output needs one line per unreadable file, not the library's diagnostics.
logging.getLogger("pdfminer").setLevel(logging.ERROR)


class PlumberCannotRead(Exception):
    """pdfminer could not read the file; ``password`` when it is encrypted."""

    def __init__(self, password: bool):
        super().__init__("password" if password else "unreadable")
        self.password = password


def read_pages(path: str) -> Iterator[PageContent]:
    try:
        with pdfplumber.open(path) as pdf:
            Tally(path).pages(len(pdf.pages))
            for page in pdf.pages:
                try:
                    yield read_page(page)
                finally:
                    page.close()
    except PdfminerException as exc:
        cause = exc.args[0] if exc.args else exc
        raise PlumberCannotRead(isinstance(cause, PDFEncryptionError)) from None
    except (MalformedPDFException, PSException):
        raise PlumberCannotRead(False) from None


def _char(ch: dict) -> dict:
    top, bottom = float(ch["top"]), float(ch["bottom"])
    if ch["upright"] and ch.get("matrix"):
        # pdfminer's box starts at the font's descent below the baseline (matrix[5])
        top, bottom = upright_box(bottom + float(ch["y0"]) - float(ch["matrix"][5]), float(ch["size"]))
    return make_char(ch["text"], float(ch["x0"]), float(ch["x1"]), top, bottom, float(ch["size"]),
                     ch.get("fontname", ""), bool(ch["upright"]))


def read_page(page) -> PageContent:
    chars = [_char(ch) for ch in page.chars if ch["text"] not in ("\r", "\n")]
    edges: list[dict] = []
    for obj in (*page.rects, *page.lines, *page.curves):
        box = (float(obj["x0"]), float(obj["top"]), float(obj["x1"]), float(obj["bottom"]))
        points = [(float(x), float(y)) for x, y in obj.get("pts") or ()]
        if obj["object_type"] == "rect" and len(points) == 4:
            points.append(points[0])
        edges.extend(path_edges([points], bool(obj.get("stroke")), bool(obj.get("fill")), box))
    width, height = float(page.width), float(page.height)
    image_area = sum(max(float(im["x1"]) - float(im["x0"]), 0) * max(float(im["bottom"]) - float(im["top"]), 0)
                     for im in page.images)
    cover = image_area / (width * height) if width and height else 0.0
    return PageContent(page.page_number, width, height, chars, edges, image_cover=min(cover, 1.0))
