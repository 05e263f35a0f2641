"""The words of one finding as a note in the document: a Word comment, a PDF pop-up, a
marker line in a text copy, a bookmark title. In the chosen language, from the same
templates and frame words as every report."""

from __future__ import annotations

from ..findings import ROLE_REFERENCE, Finding, Related
from ..messages import label, render, severity_word, value_labels
from ..registry import rules_by_code
from ..report.common import describe_location, page_words
from ..report.places import display_path
from ..report.safe import printable
from ..report.view import View

AUTHOR = "lkjip-lint"
INITIALS = "LL"
TITLE_CHARS = 90


def headline(finding: Finding, view: View) -> str:
    """"error LKJ101 budget-percentage: CAPAIAN (%) of 'Program X' is printed as …"."""
    rule = rules_by_code()[finding.rule]
    severity = severity_word(finding.severity or rule.severity, view.lang, view.rules_dirs)
    return printable(f"{severity} {finding.rule} {rule.name}: {render(finding, view.lang, view.rules_dirs)}")


def note_lines(finding: Finding, view: View, source: str, at_place: bool = True) -> list[str]:
    """The note: headline, values found and expected, evidence, the related places; the
    finding's place first when the note could not be put at it (``at_place`` false, or a
    place in another file of the dossier than ``source``)."""
    def word(key: str, **params) -> str:
        return label(key, view.lang, view.rules_dirs, **params)

    lines = [headline(finding, view)]
    if not at_place or finding.location.file != source:
        place = describe_location(finding.location, view.lang, view.rules_dirs)
        if finding.location.file != source:
            place = f"{display_path(finding.location.file)}: {place}"
        lines.append(f"{word('at')}: {place}")
    values = [f"{name}: {value}" for name, value in value_labels(finding, view.lang, view.rules_dirs)]
    if values:
        lines.append("; ".join(values))
    if finding.evidence:
        lines.append(f"{word('evidence')}: {finding.evidence}")
    for related in finding.related:
        key = "reference" if related.role == ROLE_REFERENCE else "also-at"
        lines.append(f"{word(key)}: {_place(related, finding, view)}")
    return [printable(line) for line in lines]


def bookmark_title(finding: Finding, view: View) -> str:
    """"page 12 · LKJ201 · TARGET of 'Program X' is 100% …": a line of the list of findings."""
    page = page_words(finding.location, view.lang, view.rules_dirs)
    message = printable(render(finding, view.lang, view.rules_dirs))
    if len(message) > TITLE_CHARS:
        message = message[: TITLE_CHARS - 1].rstrip() + "…"
    return " · ".join(part for part in (page, finding.rule, message) if part)


def _place(related: Related, finding: Finding, view: View) -> str:
    place = describe_location(related.location, view.lang, view.rules_dirs)
    if related.location.file != finding.location.file:
        place = f"{related.location.file}: {place}"
    return place + (f" ({related.found})" if related.found else "")
