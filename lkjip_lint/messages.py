"""Turning a finding into a sentence, from per-rule templates kept in rules/messages*.toml,
and every other word a reader sees (the frame of a report, severities, rule docs) in the
chosen language.

Templates use named parameters (``{found}``, ``{expected}`` …) so each one can be
offered in Bahasa Indonesia and English. Rule summaries and documentation in Bahasa
Indonesia live in rules/rule_docs_id.toml, keyed by rule code.
"""

from __future__ import annotations

from functools import lru_cache

from .findings import Finding, Severity
from .vocab import load_packs

LANGUAGES = ("en", "id")


class _Lenient(dict):
    def __missing__(self, key):
        return "{" + key + "}"


@lru_cache(maxsize=16)
def message_templates(extra_dirs: tuple[str, ...] = ()) -> dict:
    """Templates from every pack whose name starts with "messages" (one file per rule family).

    Shared and cached: callers read it, never change it.
    """
    templates: dict = {}
    for name, pack in sorted(load_packs(extra_dirs).items()):
        if name.startswith("messages"):
            templates.update(pack)
    return templates


def render(finding: Finding, lang: str = "en", extra_dirs: tuple[str, ...] = ()) -> str:
    templates = message_templates(extra_dirs)
    entry = templates.get(finding.message_id, {})
    template = entry.get(lang) or entry.get("en")
    params = _Lenient(found=finding.found, expected=finding.expected, evidence=finding.evidence)
    params.update(finding.param_dict())
    if not template:
        return f"{finding.message_id}: " + ", ".join(f"{k}={v}" for k, v in finding.params)
    return template.format_map(params)


def compares_places(finding: Finding, extra_dirs: tuple[str, ...] = ()) -> bool:
    """True when the finding sets two places side by side without knowing which is right:
    its ``expected`` is what another place says, not a computed value."""
    entry = message_templates(extra_dirs).get(finding.message_id, {})
    return bool(entry.get("compares"))


def value_labels(finding: Finding, lang: str = "en", extra_dirs: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """The finding's found and expected values, each with its word ("expected", or
    "differs from" when the finding only sets two places side by side)."""
    values = []
    if finding.found is not None:
        values.append((label("found", lang, extra_dirs), finding.found))
    if finding.expected is not None:
        key = "differs-from" if compares_places(finding, extra_dirs) else "expected"
        values.append((label(key, lang, extra_dirs), finding.expected))
    return values


def label(key: str, lang: str = "en", extra_dirs: tuple[str, ...] = (), **params) -> str:
    """A word of the report's frame ("found", "expected" …) in the chosen language."""
    entry = message_templates(extra_dirs).get(f"label-{key}", {})
    text = entry.get(lang) or entry.get("en") or key
    return text.format_map(_Lenient(params)) if params else text


def counted(key: str, n: int, lang: str = "en", extra_dirs: tuple[str, ...] = ()) -> str:
    """"1 error", "3 errors", "3 kesalahan": ``label-<key>`` with its ``<lang>-one`` form for 1."""
    entry = message_templates(extra_dirs).get(f"label-{key}", {})
    text = (entry.get(f"{lang}-one") if n == 1 else None) or entry.get(lang) or entry.get("en") or "{n} " + key
    return text.format_map(_Lenient(n=format_count(n, lang)))


def format_count(n: int, lang: str = "en") -> str:
    """A whole number as the language writes it: 12,345 (en) or 12.345 (id)."""
    grouped = f"{n:,}"
    return grouped.replace(",", ".") if lang == "id" else grouped


def severity_word(severity: Severity, lang: str = "en", extra_dirs: tuple[str, ...] = ()) -> str:
    return label(f"severity-{severity.value}", lang, extra_dirs)


def ordinal(n: int, lang: str = "en") -> str:
    """"15th" (en); Bahasa Indonesia writes "ke-15" in the template itself."""
    if lang != "en":
        return str(n)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _rule_docs(lang: str, extra_dirs: tuple[str, ...]) -> dict:
    return load_packs(extra_dirs).get(f"rule_docs_{lang}", {}) if lang != "en" else {}


def rule_summary(rule, lang: str = "en", extra_dirs: tuple[str, ...] = ()) -> str:
    """The rule's one-line summary in ``lang`` (the rule's own English one when none is given)."""
    entry = _rule_docs(lang, extra_dirs).get(rule.code, {})
    return entry.get("summary") or rule.summary


def rule_doc(rule, lang: str = "en", extra_dirs: tuple[str, ...] = ()) -> str:
    """The rule's documentation in ``lang`` (the rule's own English one when none is given)."""
    entry = _rule_docs(lang, extra_dirs).get(rule.code, {})
    doc = entry.get("doc")
    if not doc:
        return rule.explain()
    return rule.explain(doc.strip(), label("rule-options", lang))
