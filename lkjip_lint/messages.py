"""Turning a finding into a sentence, from per-rule templates kept in rules/messages.toml.

Templates use named parameters (``{found}``, ``{expected}`` …) so each one can be
offered in Bahasa Indonesia and English.
"""

from __future__ import annotations

from .findings import Finding
from .vocab import load_packs

LANGUAGES = ("en", "id")


class _Lenient(dict):
    def __missing__(self, key):
        return "{" + key + "}"


def message_templates(extra_dirs: tuple[str, ...] = ()) -> dict:
    """Templates from every pack whose name starts with "messages" (one file per rule family)."""
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


def label(key: str, lang: str = "en", extra_dirs: tuple[str, ...] = ()) -> str:
    """A word of the report's frame ("found", "expected" …) in the chosen language."""
    entry = message_templates(extra_dirs).get(f"label-{key}", {})
    return entry.get(lang) or entry.get("en") or key
