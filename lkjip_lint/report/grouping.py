"""Identical findings on one value, shown once with the other places they occur."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..findings import Finding

_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Shown:
    """A finding as the text formats show it, with the identical findings folded into it."""

    finding: Finding
    repeats: tuple[Finding, ...] = ()


def _compact(value: object) -> str:
    return _SPACES.sub("", str(value)).casefold() if value is not None else ""


def _key(finding: Finding) -> tuple:
    """Findings with this key in common say the same thing about the same value: only the
    place differs (and the spacing of the value as printed, "B(72,1%)" and "B (72,1%)")."""
    return (finding.location.file, finding.rule, finding.message_id, finding.severity,
            _compact(finding.found), _compact(finding.expected),
            tuple((name, _compact(value)) for name, value in finding.params))


def group_repeats(findings: list[Finding]) -> list[Shown]:
    """One Shown per distinct finding, in the order of each one's first place."""
    groups: dict[tuple, list[Finding]] = {}
    for finding in findings:
        groups.setdefault(_key(finding), []).append(finding)
    return [Shown(members[0], tuple(members[1:])) for members in groups.values()]
