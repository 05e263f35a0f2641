"""What a PDF reader hands on for each page: characters and ruling lines.

Both readers (pypdfium2, and pdfplumber as the fallback) describe a page the same way,
in pdfplumber's terms so that pdfplumber's table and text functions work on either:
characters and edges are dicts with ``x0``/``x1`` (from the left of the page) and
``top``/``bottom`` (from its top), in points, the page turned as it is displayed.

An upright character's box is placed from its baseline and size (``upright_box``), so
that lines and cells do not depend on font metrics. Only ruling lines become edges. A path that is stroked gives its horizontal and vertical
segments; a filled shape gives one edge when it is thin (a rule drawn as a filled
rectangle, as Word does) and none otherwise: a filled area is shading (a coloured header
cell, a highlighted paragraph), and shading inset from a cell's border would otherwise
add columns and rows that are not there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# A filled shape this thin (points) is a rule, not shading.
THIN_RULE = 2.5
# Shorter segments are no rule (pdfplumber's edge_min_length_prefilter).
MIN_SEGMENT = 1.0
# An upright character's box reaches this share of its size below the baseline.
DESCENT = 0.2

_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi", re.I)
_ITALIC_FONT = re.compile(r"italic|oblique", re.I)


@dataclass
class PageContent:
    number: int  # 1-based
    width: float
    height: float
    chars: list[dict]
    edges: list[dict]
    # Share of the page covered by images (a scanned page is one picture).
    image_cover: float = 0.0
    extra: dict = field(default_factory=dict)


def upright_box(baseline: float, size: float) -> tuple[float, float]:
    """Top and bottom of an upright character, from its baseline and size alone. Font
    files disagree on descents (and the two readers read them differently); a box
    from the baseline keeps a line's characters, italic or not, at one height."""
    bottom = baseline + DESCENT * size
    return bottom - size, bottom


def make_char(text: str, x0: float, x1: float, top: float, bottom: float, size: float,
              fontname: str, upright: bool) -> dict:
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": bottom,
            "size": size, "fontname": fontname, "upright": upright}


def edge(orientation: str, x0: float, top: float, x1: float, bottom: float) -> dict:
    return {"orientation": orientation, "x0": x0, "x1": x1, "top": top, "bottom": bottom,
            "doctop": top, "width": x1 - x0, "height": bottom - top, "object_type": "rule"}


def segment_edge(p: tuple[float, float], q: tuple[float, float]) -> dict | None:
    """The edge a straight segment draws, when it is horizontal or vertical."""
    (x0, y0), (x1, y1) = p, q
    if abs(y0 - y1) < 0.01 and abs(x1 - x0) >= MIN_SEGMENT:
        y = (y0 + y1) / 2
        return edge("h", min(x0, x1), y, max(x0, x1), y)
    if abs(x0 - x1) < 0.01 and abs(y1 - y0) >= MIN_SEGMENT:
        x = (x0 + x1) / 2
        return edge("v", x, min(y0, y1), x, max(y0, y1))
    return None


def thin_shape_edge(x0: float, top: float, x1: float, bottom: float) -> dict | None:
    """The rule a thin shape draws (along its long side, through its middle), or None."""
    width, height = x1 - x0, bottom - top
    if height <= THIN_RULE and width >= MIN_SEGMENT and width > height:
        y = (top + bottom) / 2
        return edge("h", x0, y, x1, y)
    if width <= THIN_RULE and height >= MIN_SEGMENT and height > width:
        x = (x0 + x1) / 2
        return edge("v", x, top, x, bottom)
    return None


def path_edges(subpaths: list[list[tuple[float, float]]], stroked: bool, filled: bool,
               bbox: tuple[float, float, float, float]) -> list[dict]:
    """The ruling edges of one painted path, given as point lists (closed subpaths repeat
    their first point at the end) and its bounding box (x0, top, x1, bottom)."""
    thin = thin_shape_edge(*bbox)
    if thin is not None:
        return [thin]
    if not stroked:
        return []
    edges = []
    for points in subpaths:
        for p, q in zip(points, points[1:]):
            found = segment_edge(p, q)
            if found is not None:
                edges.append(found)
    return edges


def font_style(chars: list[dict]) -> tuple[bool, bool]:
    """Whether all visible characters are bold, and whether all are italic."""
    fonts = {ch["fontname"] for ch in chars if ch["text"].strip()}
    if not fonts:
        return False, False
    return all(_BOLD_FONT.search(f) for f in fonts), all(_ITALIC_FONT.search(f) for f in fonts)


class Rotation:
    """Maps PDF user space to the displayed page: origin top-left, y growing downwards,
    as pdfminer turns a page with /Rotate (and pdfplumber measures ``top``)."""

    def __init__(self, rotation: int, mediabox: tuple[float, float, float, float]):
        x0, y0, x1, y1 = mediabox
        x0, x1 = sorted((x0, x1))
        y0, y1 = sorted((y0, y1))
        self.rotation = rotation % 360
        self.box = (x0, y0, x1, y1)
        if self.rotation in (90, 270):
            self.width, self.height = y1 - y0, x1 - x0
        else:
            self.width, self.height = x1 - x0, y1 - y0

    def point(self, x: float, y: float) -> tuple[float, float]:
        x0, y0, x1, y1 = self.box
        r = self.rotation
        if r == 0:
            return x - x0, y1 - y
        if r == 90:
            return y - y0, x - x0
        if r == 180:
            return x1 - x, y - y0
        return y1 - y, x1 - x

    def rect(self, left: float, bottom: float, right: float, top: float) -> tuple[float, float, float, float]:
        """A user-space rectangle as (x0, top, x1, bottom) on the displayed page."""
        ax, ay = self.point(left, bottom)
        bx, by = self.point(right, top)
        return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)

    def direction(self, a: float, b: float, c: float, d: float) -> tuple[float, float, float, float]:
        """A text matrix's linear part as seen on the displayed page (y still upwards)."""
        r = self.rotation
        if r == 0:
            return a, b, c, d
        if r == 90:
            return b, -a, d, -c
        if r == 180:
            return -a, -b, -c, -d
        return -b, a, -d, c


def is_upright(a: float, b: float, c: float, d: float) -> bool:
    """pdfminer's test: text runs left to right, not turned."""
    return 0 < a * d and b * c <= 0
