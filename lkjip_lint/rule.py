"""Rule metadata: declarative, drives the listing, the docs, selection and severity."""

from __future__ import annotations

import inspect
from dataclasses import dataclass

from .findings import Severity


@dataclass(frozen=True)
class Rule:
    code: str  # LKJ + 3 digits; the hundreds digit is the family
    name: str  # kebab-case
    category: str
    severity: Severity
    summary: str
    doc: str = ""

    @property
    def family(self) -> str:
        return self.code[:4]

    def explain(self) -> str:
        return inspect.cleandoc(self.doc) if self.doc else self.summary
