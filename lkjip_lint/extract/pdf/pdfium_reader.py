"""Pages read with pypdfium2 (PDFium): characters with their boxes, font size and font,
and the ruling lines among the page's path objects.

PDFium reads a page an order of magnitude faster than pdfminer. Characters are taken as
the pdfplumber reader gives them, so that either reader gives the same lines and cells:
the box spans the advance width, and vertically the font size around the baseline;
spaces and line breaks PDFium generates itself (there is no such character in the file)
are left out, as pdfplumber places word gaps from the positions.
"""

from __future__ import annotations

import ctypes
import struct
from typing import Iterator

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from ...limits import Tally
from .content import PageContent, Rotation, is_upright, path_edges, upright_box

_SKIPPED = frozenset("\r\n\x00")  # line breaks PDFium adds, and nothing
_SOFT_HYPHENS = "\x02\ufffe"
# The font's PostScript name ("ABCDEF+Arial-BoldMT"); older PDFium builds call it FontName.
_FONT_NAME = getattr(raw, "FPDFFont_GetBaseFontName", None) or getattr(raw, "FPDFFont_GetFontName")
_NAME_BUFFER = 256


class PdfiumCannotRead(Exception):
    """PDFium could not open the file or one of its pages; ``password`` when it is
    encrypted."""

    def __init__(self, password: bool):
        super().__init__("password" if password else "unreadable")
        self.password = password


def read_pages(path: str) -> Iterator[PageContent]:
    try:
        document = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as error:
        raise PdfiumCannotRead(getattr(error, "err_code", None) == raw.FPDF_ERR_PASSWORD) from None
    try:
        Tally(path).pages(len(document))
        for index in range(len(document)):
            try:
                page = document[index]
            except pdfium.PdfiumError:
                raise PdfiumCannotRead(password=False) from None
            try:
                yield read_page(page, index + 1)
            finally:
                page.close()
    finally:
        document.close()


def read_page(page, number: int) -> PageContent:
    rotation = Rotation(page.get_rotation(), page.get_mediabox())
    chars = _chars(page, rotation)
    edges, image_area = _paths(page, rotation)
    cover = image_area / (rotation.width * rotation.height) if rotation.width and rotation.height else 0.0
    return PageContent(number, rotation.width, rotation.height, chars, edges, image_cover=min(cover, 1.0))


# --- characters ---------------------------------------------------------------------

class _CharApi:
    """The PDFium calls made for every character. Through private prototypes that
    take and return plain addresses when pypdfium2's library handle is reachable (twice
    as fast: no pointer objects made per call), else through the public bindings."""

    def __init__(self) -> None:
        self.fast = False
        try:
            from pypdfium2_raw import bindings
            library = bindings._libs["pdfium"]
            self.get_object = self._prototype(library, "FPDFText_GetTextObject", ctypes.c_void_p,
                                              ctypes.c_void_p, ctypes.c_int)
            self.get_box = self._prototype(library, "FPDFText_GetLooseCharBox", ctypes.c_int,
                                           ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p)
            self.is_generated = self._prototype(library, "FPDFText_IsGenerated", ctypes.c_int,
                                                ctypes.c_void_p, ctypes.c_int)
            self.fast = True
        except Exception:  # another pypdfium2 layout: the public bindings
            self.get_object = lambda textpage, i: ctypes.cast(
                raw.FPDFText_GetTextObject(textpage, i), ctypes.c_void_p).value
            self.get_box = raw.FPDFText_GetLooseCharBox
            self.is_generated = raw.FPDFText_IsGenerated

    @staticmethod
    def _prototype(library, name: str, restype, *argtypes):
        function = library[name]  # a fresh function object: pypdfium2's own stays as it is
        function.restype, function.argtypes = restype, argtypes
        return function

    def handle(self, textpage):
        return ctypes.cast(textpage, ctypes.c_void_p).value if self.fast else textpage

    def out(self, value):
        return ctypes.addressof(value) if self.fast else ctypes.byref(value)


_API: _CharApi | None = None


def _api() -> _CharApi:
    global _API
    if _API is None:
        _API = _CharApi()
    return _API


class _FontInfo:
    """What the characters of one text object share."""

    __slots__ = ("name", "size", "upright", "top", "bottom")

    def __init__(self, name: str, size: float, upright: bool, top: float, bottom: float):
        self.name, self.size, self.upright, self.top, self.bottom = name, size, upright, top, bottom


def _chars(page, rotation: Rotation) -> list[dict]:
    textpage = raw.FPDFText_LoadPage(page.raw)
    if not textpage:
        return []
    try:
        return _read_chars(textpage, rotation)
    finally:
        raw.FPDFText_ClosePage(textpage)


def _page_text(textpage, count: int) -> str:
    buffer = ctypes.create_string_buffer((count + 1) * 2)
    written = raw.FPDFText_GetText(textpage, 0, count, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)))
    return buffer.raw[: max(written - 1, 0) * 2].decode("utf-16-le", errors="replace")


def _read_chars(textpage, rotation: Rotation) -> list[dict]:
    """The page's characters. What a text object's characters share (font, size,
    orientation, baseline: one text-showing operation) is read once per object."""
    count = raw.FPDFText_CountChars(textpage)
    if count <= 0:
        return []
    text = _page_text(textpage, count)
    if len(text) != count:  # characters outside the Basic Multilingual Plane: one by one
        text = "".join(chr(raw.FPDFText_GetUnicode(textpage, i)) for i in range(count))
    api = _api()
    handle = api.handle(textpage)
    box = raw.FS_RECTF()  # left, top, right, bottom: read back in one unpack
    box_out = api.out(box)
    box_bytes = memoryview(box).cast("B")
    unpack = struct.Struct("4f").unpack_from
    get_object, get_box, is_generated = api.get_object, api.get_box, api.is_generated
    straight = rotation.rotation == 0
    left_edge, top_edge = rotation.box[0], rotation.box[3]
    objects: dict[int, _FontInfo] = {}
    fonts: dict = {}
    last_address, font = None, None
    chars = []
    append = chars.append
    for i, ch in enumerate(text):
        if ch in _SKIPPED or (ch == " " and is_generated(handle, i)):
            continue
        if ch in _SOFT_HYPHENS:  # PDFium's marks for a hyphen that ends a line
            ch = "-"
        address = get_object(handle, i)
        if address != last_address:
            last_address = address
            font = objects.get(address)
            if font is None:
                font = objects[address] = _font_info(textpage, i, rotation, fonts)
        get_box(handle, i, box_out)
        left, top, right, bottom = unpack(box_bytes)
        if straight:
            x0, x1 = left - left_edge, right - left_edge
            top, bottom = top_edge - top, top_edge - bottom
        else:
            x0, top, x1, bottom = rotation.rect(left, bottom, right, top)
        if font.upright:
            top, bottom = font.top, font.bottom
        append({"text": ch, "x0": x0, "x1": x1, "top": top, "bottom": bottom,
                "size": font.size, "fontname": font.name, "upright": font.upright})
    return chars


def _font_info(textpage, index: int, rotation: Rotation, fonts: dict) -> _FontInfo:
    """Size, orientation, font and (upright) box height of the text object holding
    character ``index``; ``fonts`` keeps each font's name once read."""
    matrix = raw.FS_MATRIX()
    raw.FPDFText_GetMatrix(textpage, index, ctypes.byref(matrix))
    a, b, c, d = rotation.direction(matrix.a, matrix.b, matrix.c, matrix.d)
    upright = is_upright(a, b, c, d)
    nominal = raw.FPDFText_GetFontSize(textpage, index) or 1.0
    # The printed size: the nominal size scaled by the text's matrix (pdfminer's "size").
    scale = (c * c + d * d) ** 0.5 if upright else (a * a + b * b) ** 0.5
    size = nominal * scale if scale > 0 else nominal
    text_object = raw.FPDFText_GetTextObject(textpage, index)
    font = raw.FPDFTextObj_GetFont(text_object) if text_object else None
    address = ctypes.cast(font, ctypes.c_void_p).value if font else None
    if address not in fonts:
        fonts[address] = _font_name(font)
    x, y = ctypes.c_double(), ctypes.c_double()
    raw.FPDFText_GetCharOrigin(textpage, index, ctypes.byref(x), ctypes.byref(y))
    top, bottom = upright_box(rotation.point(x.value, y.value)[1], size)
    return _FontInfo(fonts[address], size, upright, top, bottom)


def _font_name(font) -> str:
    if not font:
        return ""
    buffer = ctypes.create_string_buffer(_NAME_BUFFER)
    return buffer.value.decode("latin-1") if _FONT_NAME(font, buffer, _NAME_BUFFER) else ""


# --- paths and images -----------------------------------------------------------------

_IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _compose(inner: tuple, outer: tuple) -> tuple:
    """The matrix applying ``inner`` then ``outer`` (PDF row-vector convention)."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _object_matrix(obj) -> tuple:
    m = raw.FS_MATRIX()
    if not raw.FPDFPageObj_GetMatrix(obj, ctypes.byref(m)):
        return _IDENTITY
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def _paths(page, rotation: Rotation) -> tuple[list[dict], float]:
    """Ruling edges of every path object, forms included, and the area images cover."""
    edges: list[dict] = []
    image_area = [0.0]
    fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
    left, bottom, right, top = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    bounds_refs = (ctypes.byref(left), ctypes.byref(bottom), ctypes.byref(right), ctypes.byref(top))

    def bounds(obj, matrix: tuple | None) -> tuple[float, float, float, float] | None:
        if not raw.FPDFPageObj_GetBounds(obj, *bounds_refs):
            return None
        box = (left.value, bottom.value, right.value, top.value)
        if matrix is not None and matrix != _IDENTITY:
            box = _transform_box(box, matrix)
        return rotation.rect(*box)

    def visit(obj, parent: tuple | None) -> None:
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_PATH:
            raw.FPDFPath_GetDrawMode(obj, ctypes.byref(fill_mode), ctypes.byref(stroke))
            filled, stroked = fill_mode.value != raw.FPDF_FILLMODE_NONE, bool(stroke.value)
            if not (filled or stroked):
                return
            box = bounds(obj, parent)
            if box is None:
                return
            subpaths = _subpaths(obj, parent, rotation) if stroked and not _is_thin(box) else []
            edges.extend(path_edges(subpaths, stroked, filled, box))
        elif kind == raw.FPDF_PAGEOBJ_IMAGE:
            box = bounds(obj, parent)
            if box is not None:
                image_area[0] += max(box[2] - box[0], 0) * max(box[3] - box[1], 0)
        elif kind == raw.FPDF_PAGEOBJ_FORM:
            matrix = _object_matrix(obj)
            inner_parent = matrix if parent is None else _compose(matrix, parent)
            for k in range(raw.FPDFFormObj_CountObjects(obj)):
                child = raw.FPDFFormObj_GetObject(obj, k)
                if child:
                    visit(child, inner_parent)

    for k in range(raw.FPDFPage_CountObjects(page.raw)):
        obj = raw.FPDFPage_GetObject(page.raw, k)
        if obj:
            visit(obj, None)
    return edges, image_area[0]


def _is_thin(box: tuple[float, float, float, float]) -> bool:
    from .content import THIN_RULE
    return min(box[2] - box[0], box[3] - box[1]) <= THIN_RULE


def _transform_box(box: tuple, matrix: tuple) -> tuple:
    a, b, c, d, e, f = matrix
    xs, ys = [], []
    for x, y in ((box[0], box[1]), (box[0], box[3]), (box[2], box[1]), (box[2], box[3])):
        xs.append(a * x + c * y + e)
        ys.append(b * x + d * y + f)
    return min(xs), min(ys), max(xs), max(ys)


def _subpaths(obj, parent: tuple | None, rotation: Rotation) -> list[list[tuple[float, float]]]:
    """The path's subpaths as point lists on the displayed page; a closed subpath ends
    where it began. Curve segments are kept as their end points only."""
    matrix = _object_matrix(obj)
    if parent is not None:
        matrix = _compose(matrix, parent)
    a, b, c, d, e, f = matrix
    x, y = ctypes.c_float(), ctypes.c_float()
    x_ref, y_ref = ctypes.byref(x), ctypes.byref(y)
    subpaths: list[list[tuple[float, float]]] = []
    current: list[tuple[float, float]] = []
    for k in range(raw.FPDFPath_CountSegments(obj)):
        segment = raw.FPDFPath_GetPathSegment(obj, k)
        if not segment or not raw.FPDFPathSegment_GetPoint(segment, x_ref, y_ref):
            continue
        px, py = x.value, y.value
        point = rotation.point(a * px + c * py + e, b * px + d * py + f)
        if raw.FPDFPathSegment_GetType(segment) == raw.FPDF_SEGMENT_MOVETO:
            if len(current) > 1:
                subpaths.append(current)
            current = [point]
        else:
            current.append(point)
        if raw.FPDFPathSegment_GetClose(segment) and current:
            current.append(current[0])
    if len(current) > 1:
        subpaths.append(current)
    return subpaths
