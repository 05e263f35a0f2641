"""--format csv: the findings as rows for the spreadsheets inspectorates keep, one row per
finding; and a second table, one row per report (``render_reports_csv``), that the command
line writes beside the first.

Written for Excel on Windows, where most readers open them:
- UTF-8 with a byte order mark: without it Excel reads a CSV in the Windows code page of
  the machine, and every "≠", "…" or curly quote of a message turns into mojibake.
- The delimiter follows the language: ";" for Bahasa Indonesia, "," for English. Excel
  splits a CSV opened by double-click at the list separator of the Windows region, and
  Indonesia's (decimal comma) is ";". No "sep=" line: with one, Excel ignores the BOM.
- A cell from the document that Excel would run as a formula ("=…", "+…", "@…") starts
  with an apostrophe; numbers like "-5 %" are left as they are.
Column headings are in the chosen language; numbers (page, row, year) are plain integers.
"""

from __future__ import annotations

import csv
import io
import re

from ..findings import Finding
from ..messages import label, render, severity_word
from ..registry import rules_by_code
from ..run import RunResult
from .batch import NOT_READABLE, summarise
from .common import quote
from .places import display_path
from .safe import printable
from .view import View

BOM = "\ufeff"
DELIMITERS = {"id": ";", "en": ","}
_FORMULA_START = re.compile(r"^[=+\-@\t\r]")
_NUMBER = re.compile(r"^[-+]?\s*[\d.,]+\s*%?$")

FINDING_COLUMNS = ("institution", "region", "year", "file", "page", "table", "caption", "row", "row-label",
                   "column", "column-label", "paragraph", "line", "rule", "name", "category", "severity",
                   "message", "quote", "found", "expected", "evidence")
REPORT_COLUMNS = ("institution", "region", "year", "file", "format", "pages", "status", "errors", "warnings",
                  "info", "total", "annotated-copy", "problem")


def delimiter(view: View) -> str:
    return DELIMITERS.get(view.lang, ",")


def render_csv(result: RunResult, view: View | None = None) -> str:
    """One row per finding."""
    view = view or View()
    rules = rules_by_code()
    rows = []
    for file_result in result.files:
        about = (file_result.institution, file_result.region, file_result.year)
        rows += [about + _finding_cells(finding, rules, view) for finding in file_result.findings]
    return _table(FINDING_COLUMNS, rows, view)


def render_reports_csv(result: RunResult, view: View | None = None) -> str:
    """One row per report: what it is, its status and its counts."""
    view = view or View()
    rows = []
    for file_result in result.files:
        summary = summarise(file_result, view)
        readable = summary.status != NOT_READABLE
        counts = tuple(summary.by_severity.values()) + (summary.total,) if readable else (None,) * 4
        copy = view.annotated.get(file_result.path)
        rows.append((file_result.institution, file_result.region, file_result.year, display_path(file_result.path),
                     file_result.format, file_result.pages, label(f"status-{summary.status}", view.lang, view.rules_dirs))
                    + counts + (display_path(copy) if copy else None, file_result.error))
    return _table(REPORT_COLUMNS, rows, view)


def _finding_cells(finding: Finding, rules, view: View) -> tuple:
    location = finding.location
    rule = rules[finding.rule]
    severity = finding.severity or rule.severity
    return (display_path(location.file), location.page, location.table, location.caption, location.row,
            location.row_label, location.column, location.column_label, location.paragraph, location.line,
            finding.rule, rule.name, rule.category, severity_word(severity, view.lang, view.rules_dirs),
            render(finding, view.lang, view.rules_dirs), quote(finding), finding.found, finding.expected,
            finding.evidence)


def _table(columns: tuple[str, ...], rows: list[tuple], view: View) -> str:
    stream = io.StringIO()
    writer = csv.writer(stream, delimiter=delimiter(view), lineterminator="\n")
    writer.writerow([label(column, view.lang, view.rules_dirs) for column in columns])
    writer.writerows([_cell(value) for value in row] for row in rows)
    return BOM + stream.getvalue()


def _cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, int):
        return value
    text = printable(value)
    if _FORMULA_START.match(text) and not _NUMBER.match(text):
        return "'" + text
    return text
