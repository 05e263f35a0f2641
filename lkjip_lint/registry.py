"""The one list of check modules. Adding a rule = adding a module and listing it here."""

from __future__ import annotations

from functools import lru_cache
from types import MappingProxyType
from typing import Mapping

from .checks import (achievement, budgets, counts, identifiers, misspellings, names, number_words, percentages,
                     prose_claims, region_terms, scales, structure, sums, targets, years)
from .findings import Severity
from .rule import Rule

CHECK_MODULES = (
    percentages,
    sums,
    targets,
    budgets,
    number_words,
    counts,
    years,
    structure,
    names,
    identifiers,
    region_terms,
    misspellings,
    achievement,
    scales,
    prose_claims,
)

CHECK_CRASHED = Rule(
    code="LKJ000",
    name="check-crashed",
    category="structure",
    severity=Severity.WARNING,
    summary="A check failed on this input; the other checks still ran.",
    doc="""
    Reported instead of stopping the run when a check raises an unexpected error on a
    document, so one odd table never hides every other finding. The message names the
    check and the error; please report it with the input if you can share it.
    """,
)


@lru_cache(maxsize=1)
def all_rules() -> tuple[Rule, ...]:
    rules = [CHECK_CRASHED]
    for module in CHECK_MODULES:
        rules.extend(module.RULES)
    return tuple(sorted(rules, key=lambda r: r.code))


@lru_cache(maxsize=1)
def rules_by_code() -> Mapping[str, Rule]:
    """Read-only: reporters look a rule up once per finding."""
    return MappingProxyType({rule.code: rule for rule in all_rules()})


def find_rule(key: str) -> Rule | None:
    key = key.strip()
    for rule in all_rules():
        if key.upper() == rule.code or key.lower() == rule.name:
            return rule
    return None
