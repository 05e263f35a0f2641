"""One line per finding: ``path:page:place: CODE severity message``.

The page is the line for text files (``report.txt:212:…``) and the page for PDF files;
a DOCX page is counted, not fixed, so it is written ``~16``. Lines are never wrapped,
so the output can be filtered with grep.
"""

from __future__ import annotations

from typing import TextIO

from ..findings import Finding
from ..messages import label, render, severity_word
from ..registry import rules_by_code
from ..run import RunResult
from .common import table_name
from .places import page_is_approximate, text_line
from .safe import display_name, guard_line, printable
from .view import View


def short_place(finding: Finding, view: View) -> str:
    """``212:Tabel 3.1:row 3:col 5`` — line or page first, then the place in the document."""
    location = finding.location

    def word(key: str) -> str:
        return label(key, view.lang, view.rules_dirs)

    parts = []
    line = text_line(location)
    if line is not None:
        parts.append(str(line))
    elif location.page:
        parts.append(("~" if page_is_approximate(location.file) else "") + str(location.page))
    if location.table:
        parts.append(table_name(location, view.lang, view.rules_dirs))
    elif location.paragraph:
        parts.append(f"{word('paragraph-short')} {location.paragraph}")
    if location.row:
        parts.append(f"{word('row-short')} {location.row}")
    if location.column:
        parts.append(f"{word('column-short')} {location.column}")
    return ":".join(printable(p) for p in parts)


def render_concise(result: RunResult, stream: TextIO, view: View | None = None) -> None:
    view = view or View()
    rules = rules_by_code()
    for file_result in result.files:
        for finding in file_result.findings:
            severity = finding.severity or rules[finding.rule].severity
            place = short_place(finding, view)
            prefix = display_name(finding.file) + (f":{place}" if place else "")
            message = printable(render(finding, view.lang, view.rules_dirs))
            stream.write(guard_line(f"{prefix}: {finding.rule} "
                                    f"{severity_word(severity, view.lang, view.rules_dirs)} {message}") + "\n")
