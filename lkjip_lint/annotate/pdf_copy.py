"""A PDF copy with a highlight per finding (its note in a pop-up) and a bookmark list of
the findings.

The copy is the original file byte for byte with the annotations appended as an
incremental update (pypdf): nothing printed on a page changes, and a signature made over
the original bytes still covers them. The places come from ``pdf_places``; a finding
whose text cannot be found on its page gets a note icon in the page's top corner, and its
note says where the finding is.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pypdfium2 as pdfium
from pypdf import PdfWriter
from pypdf.annotations import Highlight, Popup, Text
from pypdf.generic import (ArrayObject, DecodedStreamObject, DictionaryObject, Fit, FloatObject, NameObject,
                           TextStringObject)

from ..findings import Finding, Severity
from ..messages import counted
from ..report.view import View
from .notes import AUTHOR, bookmark_title, note_lines
from .pdf_places import Box, PageText, Place, locate

COLOURS = {Severity.ERROR: (1.0, 0.55, 0.55), Severity.WARNING: (1.0, 0.85, 0.3), Severity.INFO: (0.6, 0.8, 1.0)}
NOTE_SIZE = 20.0  # the note icon of a finding without a place on its page
POPUP_SIZE = (220.0, 120.0)
PADDING = 1.0


def annotate_pdf(source: str, target: str, findings: list[Finding], view: View) -> int:
    """Write ``target``: ``source`` with a highlight or a note per finding and a bookmark per
    finding under one "lkjip-lint" bookmark. How many findings were placed exactly."""
    places = _places(source, findings)
    writer = PdfWriter(source, incremental=True)
    stamp = _pdf_date(datetime.now(timezone.utc))
    marked = []
    notes_on: dict[int, int] = {}
    for number, (finding, place) in enumerate(zip(findings, places), start=1):
        page_index = place.page if place else _page_index(finding, source, len(writer.pages))
        page = writer.pages[page_index]
        severity = finding.severity or Severity.WARNING
        if place is not None and place.boxes:
            annotation = _highlight(place, COLOURS[severity])
        else:
            annotation = _note(page, notes_on.get(page_index, 0))
            notes_on[page_index] = notes_on.get(page_index, 0) + 1
        note = "\n".join(note_lines(finding, view, source, at_place=bool(place and place.exact)))
        annotation[NameObject("/Contents")] = TextStringObject(note)
        annotation[NameObject("/T")] = TextStringObject(AUTHOR)
        annotation[NameObject("/Subj")] = TextStringObject(finding.rule)
        annotation[NameObject("/NM")] = TextStringObject(f"{AUTHOR}-{number}")
        annotation[NameObject("/M")] = TextStringObject(stamp)
        added = writer.add_annotation(page_index, annotation)
        if place is not None and place.boxes:
            popup = writer.add_annotation(page_index, Popup(rect=_popup_rect(place.rect, page), parent=added))
            added[NameObject("/Popup")] = popup.indirect_reference
        top = annotation["/Rect"][3]
        marked.append((page_index, float(top), finding))
    if marked:
        _bookmarks(writer, marked, view)
    with open(target, "wb") as stream:
        writer.write(stream)
    return sum(1 for place in places if place is not None and place.exact)


def _places(source: str, findings: list[Finding]) -> list[Place | None]:
    """Each finding's place on its page; None where it cannot be found (or PDFium cannot
    read the file)."""
    try:
        document = pdfium.PdfDocument(source)
    except pdfium.PdfiumError:
        return [None] * len(findings)
    pages: dict[int, PageText] = {}
    places: list[Place | None] = []
    try:
        for finding in findings:
            index = (finding.location.page or 0) - 1
            if finding.location.file != source or not 0 <= index < len(document):
                places.append(None)
                continue
            if index not in pages:
                pages[index] = PageText(document[index].get_textpage())
            places.append(locate(finding, pages[index], index))
    finally:
        document.close()
    return places


def _page_index(finding: Finding, source: str, page_count: int) -> int:
    """The finding's page (the first for a place in another file, or none)."""
    index = (finding.location.page or 1) - 1 if finding.location.file == source else 0
    return index if 0 <= index < page_count else 0


def _highlight(place: Place, colour: tuple[float, float, float]) -> Highlight:
    boxes = [(x0 - PADDING, bottom, x1 + PADDING, top) for x0, bottom, x1, top in place.boxes]
    quads = ArrayObject()
    for x0, bottom, x1, top in boxes:
        # upper left, upper right, lower left, lower right: the order viewers expect
        quads.extend(FloatObject(v) for v in (x0, top, x1, top, x0, bottom, x1, bottom))
    rect = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
    annotation = Highlight(rect=rect, quad_points=quads, highlight_color="%02x%02x%02x" % tuple(
        round(c * 255) for c in colour), printing=True)
    annotation[NameObject("/AP")] = DictionaryObject({NameObject("/N"): _appearance(rect, boxes, colour)})
    return annotation


def _appearance(rect: Box, boxes: list[Box], colour: tuple[float, float, float]) -> DecodedStreamObject:
    """The highlight drawn in multiply mode, for viewers that do not draw one from the
    quad points themselves."""
    stream = DecodedStreamObject()
    lines = ["/M gs", "%.3f %.3f %.3f rg" % colour]
    lines += ["%.2f %.2f %.2f %.2f re f" % (x0, bottom, x1 - x0, top - bottom) for x0, bottom, x1, top in boxes]
    stream.set_data(" ".join(lines).encode("ascii"))
    stream.update({
        NameObject("/Type"): NameObject("/XObject"),
        NameObject("/Subtype"): NameObject("/Form"),
        NameObject("/BBox"): ArrayObject(FloatObject(v) for v in rect),
        NameObject("/Resources"): DictionaryObject({NameObject("/ExtGState"): DictionaryObject({
            NameObject("/M"): DictionaryObject({NameObject("/BM"): NameObject("/Multiply")})})}),
    })
    return stream


def _note(page, before: int) -> Text:
    """A note icon in the left margin of the page's visible area, below the ``before``
    notes already there (from the top; a new column when one is full)."""
    x0, bottom, _, top = (float(v) for v in page.cropbox)
    step = NOTE_SIZE + 4
    per_column = max(1, int((top - bottom - 4) // step))
    column, row = divmod(before, per_column)
    left, upper = x0 + 4 + column * step, top - 4 - row * step
    return Text(rect=(left, upper - NOTE_SIZE, left + NOTE_SIZE, upper), text="", open=False)


def _popup_rect(rect: Box, page) -> Box:
    left, bottom, right, top = (float(v) for v in page.cropbox)
    width, height = POPUP_SIZE
    x0 = min(rect[2] + 8, right - width) if rect[2] + 8 + width <= right else max(left, rect[0] - 8 - width)
    y1 = min(top, rect[3] + height / 2)
    return (x0, max(bottom, y1 - height), x0 + width, y1)


def _bookmarks(writer: PdfWriter, marked: list[tuple[int, float, Finding]], view: View) -> None:
    root = writer.add_outline_item(title=f"{AUTHOR}: {counted('count-finding', len(marked), view.lang, view.rules_dirs)}",
                                   page_number=min(page for page, _, _ in marked), is_open=True)
    for page, top, finding in sorted(marked, key=lambda item: (item[0], -item[1])):
        writer.add_outline_item(title=bookmark_title(finding, view), page_number=page, parent=root,
                                fit=Fit.xyz(top=top + 20, zoom=None))


def _pdf_date(moment: datetime) -> str:
    return moment.strftime("D:%Y%m%d%H%M%SZ")

