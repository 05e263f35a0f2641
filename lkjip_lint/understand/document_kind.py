"""Which document a file is, by its title: the capitals that open its first page (a cover,
"RENCANA KINERJA TAHUNAN …") and its running headers ("Renja Biro Umum Tahun 2016").

The first of these lines to name a document decides, and within a line the first name
("LAPORAN KINERJA … berdasarkan RENSTRA" is a report). A document whose title names no
document is taken for the report it is checked as.
"""

from __future__ import annotations

import re

from ..model import Document, Paragraph
from ..textutil import alternatives, fold
from .headings import is_heading_like

REPORT, OTHER_PLAN = "report", "other-plan"
# A cover is a few lines; past these the first page is the text itself.
_COVER_LINES = 15


def title_lines(document: Document) -> list[str]:
    """The heading-like lines that open the first page, then the running headers."""
    paragraphs = [b for b in document.blocks[:_COVER_LINES] if isinstance(b, Paragraph)]
    first_page = paragraphs[0].location.page if paragraphs else None
    cover = []
    for paragraph in paragraphs:
        if paragraph.location.page != first_page or not is_heading_like(paragraph):
            break
        cover.append(paragraph.text)
    return cover + [str(t) for t in document.metadata.get("running_headers") or ()]


def document_kind(document: Document, report_titles, other_plans) -> str | None:
    """REPORT or OTHER_PLAN by the first document its title names; None when it names none."""
    report = re.compile(rf"(?<!\w)(?:{alternatives(report_titles)})(?!\w)") if report_titles else None
    plan = re.compile(rf"(?<!\w)(?:{alternatives(other_plans)})(?!\w)") if other_plans else None
    for line in title_lines(document):
        folded = re.sub(r"\d+", " ", fold(line))
        found = [(m.start(), kind) for kind, pattern in ((REPORT, report), (OTHER_PLAN, plan))
                 if pattern is not None and (m := pattern.search(folded))]
        if found:
            return min(found)[1]
    return None
