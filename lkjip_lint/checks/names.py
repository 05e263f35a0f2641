"""The institution's own name, spelled one way throughout the report."""

from __future__ import annotations

from typing import Iterator

from ..catalog.names import INSTITUTION_NAME_VARIANT, RULES  # noqa: F401  (RULES: this module's rules)
from ..findings import Finding, make_finding
from ..understand.mentions import related


def check(facts, config) -> Iterator[Finding]:
    names = facts.institution_names(config)
    if names is None:
        return
    institution = names.institution
    for variant in names.variants:
        first, rest = variant.mentions[0], variant.mentions[1:]
        yield make_finding(
            INSTITUTION_NAME_VARIANT.code,
            first.location,
            "institution-name-variant",
            found=first.found,
            expected=institution.name,
            related=related(rest),
            snippet=first.snippet,
            canonical=institution.full,
            occurrences=variant.occurrences,
            places=len(variant.mentions),
        )
