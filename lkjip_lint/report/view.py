"""How a run is presented: language, width, colour, and what was left out and why."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..config import Config
from ..findings import Severity


@dataclass(frozen=True)
class View:
    lang: str = "en"
    rules_dirs: tuple[str, ...] = ()
    # Wrap long lines of the text format at this many columns (None: never wrap).
    width: int | None = None
    color: bool = False
    # The lowest severity shown (--show); None shows every finding.
    show: Severity | None = None
    # Per file path: findings left out because the baseline knows them, or because
    # they are below --show.
    known_hidden: dict[str, int] = field(default_factory=dict)
    not_shown: dict[str, int] = field(default_factory=dict)
    # The lowest severity that makes a report need correction (--fail-on).
    fail_on: Severity = Severity.ERROR
    # Per report path: its annotated copy (--annotate); where the report itself is written.
    annotated: dict[str, str] = field(default_factory=dict)
    output: str | None = None

    @classmethod
    def of(cls, config: Config, **changes) -> "View":
        return cls(lang=config.lang, rules_dirs=config.rules_dirs, **changes)

    @property
    def total_known_hidden(self) -> int:
        return sum(self.known_hidden.values())

    @property
    def total_not_shown(self) -> int:
        return sum(self.not_shown.values())
