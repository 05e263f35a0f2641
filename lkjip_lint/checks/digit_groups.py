"""Amounts whose digits are not in groups of three: "9.871.1466.000" cannot be read."""

from __future__ import annotations

import re
from typing import Iterator

from ..catalog.digit_groups import AMOUNT_MISGROUPED, RULES  # noqa: F401  (RULES: this module's rules)
from ..findings import Finding, make_finding
from ..text.sentences import sentence_at
from ..understand.layout import TableLayout
from ..understand.places import TextPlace
from ..understand.value_kinds import AMOUNT

# A run of digits and separators standing alone; the grouping is judged after.
_AMOUNT_TOKEN = re.compile(r"(?<![\w.,/-])(?P<currency>Rp\.?\s*)?(?P<digits>\d+(?:[.,]\d+){2,})(?![\w/-]|[.,]\d)")
_MONEY_ROLES = frozenset({"budget", "amount"})
MIN_DIGITS = 7  # an amount of millions: shorter runs are too often dates and codes
_GROUP = 3


def misgrouped(digits: str) -> list[str] | None:
    """The groups of ``digits`` when they are those of an amount with one group of the
    wrong length ("9.871.1466.000" -> ["9", "871", "1466", "000"]), else None.

    One separator throughout (a trailing decimal part in the other one is left aside);
    a first group of one to four digits, a last group of three, and in between groups of
    two to four with at least one not of three. Codes ("5.2.2.01.01") and dates have
    groups of one or two digits and are not amounts."""
    separator = _first_separator(digits)
    other = "," if separator == "." else "."
    whole = digits.rsplit(other, 1)[0] if other in digits else digits
    if other in whole:
        return None
    groups = whole.split(separator)
    if len(groups) < 3 or sum(len(g) for g in groups) < MIN_DIGITS:
        return None
    first, middle, last = groups[0], groups[1:-1], groups[-1]
    if not 1 <= len(first) <= 4 or len(last) != _GROUP:
        return None
    if any(not 2 <= len(g) <= 4 for g in middle):
        return None
    if len(first) <= _GROUP and all(len(g) == _GROUP for g in middle):
        return None
    return groups


def _first_separator(digits: str) -> str:
    return next(ch for ch in digits if ch in ".,")


def _money_column(layout: TableLayout | None, col: int) -> bool:
    if layout is None or col >= len(layout.columns):
        return False
    column = layout.columns[col]
    return bool(column.roles & _MONEY_ROLES) or column.kind == AMOUNT


def _finding(place: TextPlace, match: re.Match, groups: list[str]) -> Finding:
    found = match.group().strip()
    return make_finding(
        AMOUNT_MISGROUPED.code,
        place.location,
        "amount-misgrouped",
        found=found,
        evidence=" | ".join(groups),
        snippet=sentence_at(place.text, match.start(), match.end()) if place.paragraph is not None else None,
        groups=" | ".join(groups),
    )


def _misgrouped_amounts(place: TextPlace, in_money_column: bool) -> Iterator[Finding]:
    for match in _AMOUNT_TOKEN.finditer(place.text):
        if not (match.group("currency") or in_money_column):
            continue
        groups = misgrouped(match.group("digits"))
        if groups is not None:
            yield _finding(place, match, groups)


def check(facts, config) -> Iterator[Finding]:
    data_rows: dict[int, frozenset[int]] = {}
    for document in facts.documents:
        for place in facts.text_places(document):
            in_money_column = False
            if place.cell is not None:
                layout = facts.layout_of.get(id(place.table))
                if layout is not None and id(layout) not in data_rows:
                    data_rows[id(layout)] = frozenset(layout.data_rows)
                in_money_column = layout is not None and place.cell.row in data_rows[id(layout)] \
                    and any(_money_column(layout, c) for c in range(place.cell.col, place.cell.last_col + 1))
            yield from _misgrouped_amounts(place, in_money_column)
