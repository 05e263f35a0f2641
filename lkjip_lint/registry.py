"""The rules and the check modules that raise them, loaded only when needed.

``all_rules`` reads the catalog (metadata only); ``check_module`` imports one check.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import import_module
from types import MappingProxyType, ModuleType
from typing import Mapping

from .catalog import CHECKS
from .findings import Severity
from .rule import Rule

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
def rules_by_check() -> Mapping[str, tuple[Rule, ...]]:
    """Each check module's rules, in the order the checks run."""
    return MappingProxyType({name: import_module(f".catalog.{name}", __package__).RULES for name in CHECKS})


@lru_cache(maxsize=1)
def all_rules() -> tuple[Rule, ...]:
    rules = [CHECK_CRASHED]
    for declared in rules_by_check().values():
        rules.extend(declared)
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


def check_module(name: str) -> ModuleType:
    """The check module ``name`` (imported on first use)."""
    return import_module(f".checks.{name}", __package__)
