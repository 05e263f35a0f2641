"""Pieces every reporter shares: the place of a finding in words, and its rendered message."""

from __future__ import annotations

from ..findings import Finding
from ..messages import label, render
from ..model import Location
from ..registry import rules_by_code


def describe_location(location: Location, lang: str = "en", rules_dirs: tuple[str, ...] = ()) -> str:
    """"page 14, table 7 (Tabel 3.1 …), row 9 'Program …', column 4 'CAPAIAN (%)'"."""
    def word(key: str) -> str:
        return label(key, lang, rules_dirs)

    parts = []
    if location.page:
        parts.append(f"{word('page')} {location.page}")
    if location.line:
        parts.append(f"{word('line')} {location.line}")
    if location.table:
        table = f"{word('table')} {location.table}"
        if location.caption:
            table += f" ({location.caption})"
        parts.append(table)
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


def finding_dict(finding: Finding, lang: str = "en", rules_dirs: tuple[str, ...] = ()) -> dict:
    rule = rules_by_code()[finding.rule]
    return {
        "rule": finding.rule,
        "name": rule.name,
        "category": rule.category,
        "severity": finding.severity.value if finding.severity else rule.severity.value,
        "message": render(finding, lang, rules_dirs),
        "file": finding.location.file,
        "location": finding.location.to_dict(),
        "found": finding.found,
        "expected": finding.expected,
        "evidence": finding.evidence,
        "related": [r.to_dict() for r in finding.related],
    }
