"""Pieces every reporter shares: the place of a finding in words, its quote, and its
rendered message."""

from __future__ import annotations

import re

from ..context import find_loosely, normalise
from ..findings import Finding, Related
from ..messages import label, ordinal, render
from ..model import Location
from ..registry import rules_by_code
from .places import page_is_approximate

QUOTE_CHARS = 120
TITLE_CHARS = 40

# "Tabel 3.1 …", "TABEL III.2", "Table 4-1": the number the report gives its own table.
_TABLE_NUMBER = re.compile(r"^\s*(?:tabel|table|tbl\.?)\s*(?:[0-9]+|[IVXLC]+\b)(?:\s*[.\-]\s*[0-9]+)*",
                           re.IGNORECASE)


def report_table_number(caption: str | None) -> str | None:
    """"Tabel 3.1" of a caption "Tabel 3.1 Pengukuran …", as printed; None without one."""
    match = _TABLE_NUMBER.match(caption or "")
    return normalise(match.group()).rstrip(".") if match else None


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def table_name(location: Location, lang: str = "en", rules_dirs: tuple[str, ...] = ()) -> str:
    """The report's own name for the table ("Tabel 3.2"), else its caption, else its place."""
    number = report_table_number(location.caption)
    if number:
        return number
    if location.caption and normalise(location.caption):
        return label("table-titled", lang, rules_dirs, title=_shorten(normalise(location.caption), TITLE_CHARS))
    return label("table-counted", lang, rules_dirs, n=location.table, nth=ordinal(location.table or 0, lang))


def page_words(location: Location, lang: str = "en", rules_dirs: tuple[str, ...] = ()) -> str | None:
    if not location.page:
        return None
    if page_is_approximate(location.file):
        return label("page-approximate", lang, rules_dirs, n=location.page)
    return f"{label('page', lang, rules_dirs)} {location.page}"


def describe_location(location: Location, lang: str = "en", rules_dirs: tuple[str, ...] = ()) -> str:
    """"page 14, Tabel 3.1, row 9 'Program …', column 4 'CAPAIAN (%)'"."""
    def word(key: str) -> str:
        return label(key, lang, rules_dirs)

    parts = []
    page = page_words(location, lang, rules_dirs)
    if page:
        parts.append(page)
    if location.line:
        parts.append(f"{word('line')} {location.line}")
    if location.table:
        parts.append(table_name(location, lang, rules_dirs))
    if location.paragraph and not location.table:
        parts.append(f"{word('paragraph')} {location.paragraph}")
    if location.row:
        row = f"{word('row')} {location.row}"
        if location.row_label:
            row += f" '{location.row_label}'"
        parts.append(row)
    if location.column:
        column = f"{word('column')} {location.column}"
        if location.column_label:
            column += f" '{location.column_label}'"
        parts.append(column)
    return ", ".join(parts) or word("whole-document")


def quote(finding: Finding, limit: int = QUOTE_CHARS) -> str | None:
    """The text the finding points at, shortened around the value found."""
    text = normalise(finding.snippet)
    if not text:
        return None
    return shorten_around(text, finding.found, limit)


def shorten_around(text: str, needle: str | None, limit: int = QUOTE_CHARS) -> str:
    """``text`` cut to ``limit`` characters, keeping ``needle`` in view, "…" where cut."""
    if len(text) <= limit:
        return text
    position = find_loosely(text, needle)
    centre = (position[0] + position[1]) // 2 if position else 0
    start = max(0, min(centre - limit // 2, len(text) - limit))
    end = start + limit
    if start > 0:
        space = text.find(" ", start, start + 15)
        start = space + 1 if space != -1 and (position is None or space < position[0]) else start
    if end < len(text):
        space = text.rfind(" ", end - 15, end)
        end = space if space != -1 and (position is None or space >= position[1]) else end
    return ("…" if start > 0 else "") + text[start:end].strip() + ("…" if end < len(text) else "")


def location_dict(location: Location) -> dict:
    data = location.to_dict()
    data["page_approximate"] = bool(location.page) and page_is_approximate(location.file)
    return data


def related_dict(related: Related) -> dict:
    return {"file": related.location.file, "location": location_dict(related.location),
            "found": related.found, "role": related.role}


def finding_dict(finding: Finding, lang: str = "en", rules_dirs: tuple[str, ...] = ()) -> dict:
    rule = rules_by_code()[finding.rule]
    return {
        "rule": finding.rule,
        "name": rule.name,
        "category": rule.category,
        "severity": finding.severity.value if finding.severity else rule.severity.value,
        "message": render(finding, lang, rules_dirs),
        "file": finding.location.file,
        **finding_values(finding),
    }


def finding_values(finding: Finding) -> dict:
    """Where the finding is and the values it rests on, as plain data."""
    return {
        "location": location_dict(finding.location),
        "quote": quote(finding),
        "found": finding.found,
        "expected": finding.expected,
        "evidence": finding.evidence,
        "related": [related_dict(r) for r in finding.related],
    }
