"""Claims in the prose against the figures they describe: shares, breakdown sums,
average achievements and counts of indicators on target."""

from __future__ import annotations

from decimal import Decimal
from typing import Iterator

from ..catalog.prose_claims import PROSE_PERCENTAGE_MISMATCH, PROSE_SUM_MISMATCH, PROSE_AVERAGE_MISMATCH, PROSE_COUNT_CLAIM, RULES  # noqa: F401  (RULES: this module's rules)
from ..findings import Finding, Related, make_finding
from ..numbers import Number, consistent, display_style, format_number, format_percent, infer_style, percent_of
from ..textutil import shorten
from ..understand.achievement import Measurement
from ..understand.breakdowns import Breakdown, Part
from ..understand.claims import AverageClaim, CountClaim, ShareClaim


def _amount(value: Decimal, decimals: int = 0, style: str | None = None) -> str:
    return format_number(value, decimals, style or "id")


# --- LKJ401 ------------------------------------------------------------------------------

def _share_slack(claim: ShareClaim, share: Decimal) -> Decimal | None:
    """How far the true share may lie from ``share`` when the amounts are rounded as
    printed; None when the whole's rounding leaves no share to speak of."""
    smallest_whole = claim.whole - claim.whole_rounding
    if smallest_whole <= 0:
        return None
    low = percent_of(claim.part - claim.part_rounding, claim.whole + claim.whole_rounding)
    high = percent_of(claim.part + claim.part_rounding, smallest_whole)
    return max(high - share, share - low)


def _share_findings(facts) -> Iterator[Finding]:
    seen = set()
    for claim in facts.share_claims:
        key = (id(claim.sentence.paragraph), claim.sentence.start, claim.percent.start)
        if key in seen or claim.whole == 0:
            continue
        seen.add(key)
        expected = percent_of(claim.part, claim.whole)
        slack = _share_slack(claim, expected)
        if slack is None or consistent(claim.percent, expected, slack):
            continue
        document_style = facts.document_styles.get(facts.report.path)
        expected_text = format_percent(expected, claim.percent, document_style)
        part, whole = _amount(claim.part, style=document_style), _amount(claim.whole, style=document_style)
        evidence = f"{part} / {whole} × 100 = {expected_text.removesuffix(' %')}"
        yield make_finding(
            PROSE_PERCENTAGE_MISMATCH.code, claim.sentence.paragraph.location, "prose-percentage-mismatch",
            found=claim.percent.raw, expected=expected_text, evidence=evidence, snippet=claim.sentence.text,
            part=f"'{shorten(claim.part_label)}' ({part})", whole=f"'{shorten(claim.whole_label)}' ({whole})")


# --- LKJ402 ------------------------------------------------------------------------------

def _slack(values: list[Number]) -> Decimal:
    """Room for rounding when amounts are printed in thousands or millions; none otherwise."""
    coarse = [v for v in values if v.exponent > 0]
    if not coarse:
        return Decimal(0)
    return sum((Decimal(10) ** v.exponent / 2 for v in coarse), Decimal(0))


def _sum_finding(stated: Number, label: str, parts: list[Part], location, snippet: str,
                 document_style: str | None) -> Finding | None:
    total = sum((p.amount.value for p in parts), Decimal(0))
    if abs(total - stated.value) <= _slack([stated] + [p.amount for p in parts]):
        return None
    decimals = max([stated.decimals] + [p.amount.decimals for p in parts])
    style = infer_style(stated.raw) or document_style  # print the sum as the whole is printed
    expected = _amount(total, decimals, style)
    terms = " + ".join(_amount(p.amount.value, decimals, style) for p in parts)
    return make_finding(
        PROSE_SUM_MISMATCH.code, location, "prose-sum-mismatch",
        found=stated.raw, expected=f"Rp {expected}", evidence=f"{terms} = {expected}", snippet=snippet,
        related=tuple(Related(p.location, p.amount.raw) for p in parts),
        whole=f"'{shorten(label)}'", count=len(parts))


def _breakdown_findings(breakdown: Breakdown, document_style: str | None) -> Iterator[Finding]:
    top = breakdown.top()
    if breakdown.whole is not None and len(top) >= 2:
        finding = _sum_finding(breakdown.whole, breakdown.whole_label, top, breakdown.whole_location,
                               breakdown.whole_text, document_style)
        if finding:
            yield finding
    for parent in top:
        children = breakdown.children(parent)
        if children:
            finding = _sum_finding(parent.amount, parent.label, children, parent.location, parent.text,
                                   document_style)
            if finding:
                yield finding


# --- LKJ403 ------------------------------------------------------------------------------

def _indicator_evidence(measurement: Measurement, style: str) -> str:
    printed = measurement.printed.cell.text.strip() if measurement.printed else "—"
    return f"{shorten(measurement.indicator, 40)}: {measurement.formula(style)} (printed {printed})"


def _average_finding(claim: AverageClaim, facts) -> Finding | None:
    values = [m.expected for m in claim.indicators]
    if not values or any(v is None for v in values):
        return None
    mean = sum(values, Decimal(0)) / len(values)
    if consistent(claim.stated, mean):
        return None
    fallback = facts.document_styles.get(facts.report.path)
    style = display_style(claim.stated, fallback)
    expected = format_percent(mean, claim.stated, fallback)
    evidence = "; ".join(_indicator_evidence(m, style) for m in claim.indicators)
    evidence += f"; mean = {expected}"
    return make_finding(
        PROSE_AVERAGE_MISMATCH.code, claim.sentence.paragraph.location, "prose-average-mismatch",
        found=claim.stated.raw, expected=expected, evidence=evidence, snippet=claim.sentence.text,
        related=tuple(Related(m.layout.table.cell_location(m.printed.cell if m.printed else m.realisation.cell,
                                                          row_label=shorten(m.indicator)),
                              m.printed.cell.text.strip() if m.printed else None)
                      for m in claim.indicators),
        count=len(values))


# --- LKJ404 ------------------------------------------------------------------------------

def _status(measurement: Measurement) -> str:
    if measurement.expected is None:
        return "unknown"
    if measurement.expected > 100:
        return "above"
    return "met" if measurement.expected == 100 else "below"


def _allowed_counts(claim: CountClaim) -> tuple[int, int]:
    """(fewest, most) indicators the table allows the claim to count."""
    statuses = [_status(m) for m in claim.indicators]
    unknown = statuses.count("unknown")
    above, met, below = statuses.count("above"), statuses.count("met"), statuses.count("below")
    if claim.direction == "below":
        exact, most = below, below + unknown
    elif claim.direction == "above":
        exact, most = above, above + met + unknown
    else:
        exact, most = above + met, above + met + unknown
    return (exact if claim.exact else 0), most


def _count_finding(claim: CountClaim, facts) -> Finding | None:
    fewest, most = _allowed_counts(claim)
    if fewest <= claim.count <= most:
        return None
    expected = most if claim.count > most else fewest
    style = facts.document_styles.get(facts.report.path) or "id"
    evidence = "; ".join(
        f"{shorten(m.indicator, 40)}: {m.formula(style)}" if m.expected is not None
        else f"{shorten(m.indicator, 40)}: capaian unknown"
        for m in claim.indicators)
    return make_finding(
        PROSE_COUNT_CLAIM.code, claim.sentence.paragraph.location, "prose-count-claim",
        found=str(claim.count), expected=str(expected), evidence=evidence, snippet=claim.sentence.text,
        phrase=claim.phrase)


def check(facts, config) -> Iterator[Finding]:
    yield from _share_findings(facts)
    document_style = facts.document_styles.get(facts.report.path)
    for breakdown in facts.breakdowns:
        yield from _breakdown_findings(breakdown, document_style)
    for claim in facts.average_claims:
        finding = _average_finding(claim, facts)
        if finding:
            yield finding
    for claim in facts.count_claims:
        finding = _count_finding(claim, facts)
        if finding:
            yield finding
