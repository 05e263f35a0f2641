"""Words of another region: a sign that text was copied from another region's report."""

from __future__ import annotations

from typing import Iterator

from ..catalog.region_terms import REGION_TERM, RULES  # noqa: F401  (RULES: this module's rules)
from ..findings import Finding, Severity, make_finding
from ..understand.mentions import related
from ..understand.region import Region, province_label


def report_region_label(region: Region, packs: dict) -> str:
    province = province_label(packs, region.province)
    if region.label and province and region.kind != "provinsi":
        return f"{region.label} ({province})"
    return region.label or province or ""


def check(facts, config) -> Iterator[Finding]:
    region = facts.region
    report_label = report_region_label(region, facts.packs)
    for foreign in facts.foreign_terms(config):
        term = foreign.term
        first, rest = foreign.mentions[0], foreign.mentions[1:]
        if term.kind:
            message_id, where = "region-term-kind", {"term_kind": term.kind}
        else:
            message_id = "region-term-weak" if term.weak else "region-term-province"
            where = {"term_region": province_label(facts.packs, term.province)}
        yield make_finding(
            REGION_TERM.code,
            first.location,
            message_id,
            found=first.found,
            expected=term.usual,
            related=related(rest),
            severity=Severity.INFO if term.weak else None,
            snippet=first.snippet,
            term=term.term,
            report_region=report_label,
            places=len(foreign.mentions),
            occurrences=foreign.occurrences,
            **where,
        )
