"""Findings are plain, frozen data: what a check found, where, and the evidence."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum

from .model import Location


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "error": 2}[self.value]


CATEGORIES = (
    "sum", "percentage", "achievement", "predicate", "scale", "target-mismatch",
    "budget-mismatch", "prose-claim", "number-words", "count", "year", "spelling",
    "identifier", "region-term", "structure", "numbering",
)


# The role of a related place: where the expected value comes from, or another place
# that differs (or repeats the finding) like the main one.
ROLE_REFERENCE = "reference"
ROLE_ALSO = "also"
ROLES = (ROLE_REFERENCE, ROLE_ALSO)


@dataclass(frozen=True)
class Related:
    location: Location
    found: str | None = None
    role: str = ROLE_ALSO

    def to_dict(self) -> dict:
        return {"file": self.location.file, "location": self.location.to_dict(), "found": self.found,
                "role": self.role}


@dataclass(frozen=True)
class Finding:
    """One problem. ``message_id`` names the template in ``messages``; ``params`` fill it.

    ``severity`` is None when the check leaves it to the rule's default; the engine
    settles it (and applies configured overrides) before reporting.

    ``snippet`` is the text the finding points at (the sentence or the cell, or its row);
    ``anchor`` names its place by what survives edits (caption, or nearest heading and
    header row), for baselines. Both are filled from the document when a check gives none.
    """

    rule: str  # code, e.g. LKJ101
    location: Location
    message_id: str
    params: tuple[tuple[str, object], ...] = ()
    found: str | None = None
    expected: str | None = None
    evidence: str | None = None
    related: tuple[Related, ...] = ()
    severity: Severity | None = None
    snippet: str | None = None
    anchor: str | None = None

    @property
    def file(self) -> str:
        return self.location.file

    def param_dict(self) -> dict:
        return dict(self.params)

    def with_(self, **changes) -> "Finding":
        return replace(self, **changes)

    def sort_key(self) -> tuple:
        return (self.location.sort_key(), self.rule, self.found or "")


def make_finding(rule: str, location: Location, message_id: str, *, found=None, expected=None,
                 evidence=None, related=(), severity: Severity | None = None, snippet=None,
                 **params) -> Finding:
    """Build a Finding; keyword ``params`` fill the message template."""
    return Finding(
        rule=rule,
        location=location,
        message_id=message_id,
        params=tuple(sorted(params.items())),
        found=found,
        expected=expected,
        evidence=evidence,
        related=tuple(related),
        severity=severity,
        snippet=snippet,
    )
