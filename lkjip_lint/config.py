"""Run configuration: which rules, what severity, where extra rule packs live.

Loading from files (``[tool.lkjip-lint]`` in pyproject.toml or lkjip-lint.toml) lives
in ``config_file``; this module holds the settled values and rule selection.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass
from pathlib import PurePath

from .findings import Severity
from .limits import Limits
from .rule import Rule


@dataclass(frozen=True)
class Config:
    select: tuple[str, ...] = ("ALL",)
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    severity: tuple[tuple[str, Severity], ...] = ()
    rules_dirs: tuple[str, ...] = ()
    institution: str | None = None
    officials: tuple[tuple[str, str], ...] = ()  # (name, NIP)
    accepted_names: tuple[str, ...] = ()
    report_year: int | None = None
    # Extra room, in percentage points, when a printed percentage or capaian is compared
    # with the one its figures give (0: only rounding or truncation at the printed precision).
    tolerance: float = 0.0
    lang: str = "en"
    source: str | None = None  # the file this came from, for messages
    limits: Limits = Limits()  # bounds on what one file may cost to read and check
    cache: bool = True  # keep results between runs
    cache_dir: str | None = None  # where (None: the default folder)

    def severity_override(self, rule: Rule) -> Severity | None:
        """The configured severity for a rule, the most specific selector winning."""
        matching = [(_specificity(rule, selector), severity) for selector, severity in self.severity]
        matching = [m for m in matching if m[0] >= 0]
        return max(matching, key=lambda m: m[0])[1] if matching else None


def rule_matches(rule: Rule, selector: str) -> bool:
    """A selector is ALL, a code ("LKJ101"), a code prefix ("LKJ1"), a name or a category."""
    selector = selector.strip()
    if selector.upper() == "ALL":
        return True
    if selector.upper().startswith("LKJ"):
        return rule.code.startswith(selector.upper())
    return selector.lower() in (rule.name, rule.category)


def _specificity(rule: Rule, selector: str) -> int:
    if not rule_matches(rule, selector):
        return -1
    if selector.upper() == "ALL":
        return 0
    if selector.upper().startswith("LKJ"):
        return len(selector)
    return 7 if selector.lower() == rule.name else 2


def is_selected(rule: Rule, config: Config, path: str | None = None) -> bool:
    """ruff's rule: the most specific matching selector wins; on a tie, ignore wins."""
    chosen = max((_specificity(rule, s) for s in config.select + config.extend_select), default=-1)
    ignored = max((_specificity(rule, s) for s in config.ignore), default=-1)
    if path is not None:
        for pattern, selectors in config.per_file_ignores:
            if _path_matches(path, pattern):
                ignored = max([ignored] + [_specificity(rule, s) for s in selectors])
    return chosen >= 0 and chosen > ignored


def _path_matches(path: str, pattern: str) -> bool:
    pure = PurePath(path)
    return (fnmatch.fnmatch(str(pure), pattern) or fnmatch.fnmatch(pure.name, pattern)
            or pure.match(pattern))
