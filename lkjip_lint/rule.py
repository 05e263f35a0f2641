"""Rule metadata: declarative, drives the listing, the docs, selection and severity.

Rules are declared in ``lkjip_lint/catalog/`` (one module per check module), which
imports nothing heavy: listing or explaining rules never loads a check.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass

from .findings import Severity


@dataclass(frozen=True)
class Option:
    """A setting a rule reads, declared once: where it lives in the rule packs, its
    type, its default and what it does. A rules pack may set it; ``explain`` shows it."""

    pack: str  # the pack file's stem: "structure" for rules/structure.toml
    section: tuple[str, ...]  # the table it sits in: ("years",)
    name: str
    type: type  # int or float
    default: int | float
    doc: str

    @property
    def path(self) -> tuple[str, ...]:
        return (self.pack, *self.section, self.name)

    @property
    def key(self) -> str:
        """Where to set it: "structure.toml [years] strict_before"."""
        section = f" [{'.'.join(self.section)}]" if self.section else ""
        return f"{self.pack}.toml{section} {self.name}"

    @property
    def type_name(self) -> str:
        return "a whole number" if self.type is int else "a number"

    def accepts(self, value) -> bool:
        if isinstance(value, bool):
            return False
        return isinstance(value, int) if self.type is int else isinstance(value, (int, float))

    def value(self, packs: dict) -> int | float:
        """The value in ``packs`` (the bundled packs and a user's), else the default."""
        found = packs
        for key in self.path:
            found = found.get(key) if isinstance(found, dict) else None
        return self.type(found) if found is not None else self.default


@dataclass(frozen=True)
class Rule:
    code: str  # LKJ + 3 digits; the hundreds digit is the family
    name: str  # kebab-case
    category: str
    severity: Severity
    summary: str
    doc: str = ""
    check: str = ""  # the module of lkjip_lint.checks that raises it
    options: tuple[Option, ...] = ()

    @property
    def family(self) -> str:
        return self.code[:4]

    def explain(self, doc: str | None = None,
                options_heading: str = "Options (set in a rules pack, --rules-dir; a list there replaces "
                                       "the bundled list, extend-<name> adds to it):") -> str:
        """The documentation (``doc`` when given, e.g. a translation) followed by the options."""
        text = doc or (inspect.cleandoc(self.doc) if self.doc else self.summary)
        if not self.options:
            return text
        lines = [text, "", options_heading]
        for option in self.options:
            lines.append(f"  {option.key} = {option.default!r}: {option.doc}")
        return "\n".join(lines)
