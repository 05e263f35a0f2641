"""Claims in the prose against the figures they describe: shares, breakdown sums,
average achievements and counts of indicators on target."""

from __future__ import annotations

from decimal import Decimal
from typing import Iterator

from ..catalog.prose_claims import (PROSE_PERCENTAGE_MISMATCH, PROSE_SUM_MISMATCH, PROSE_AVERAGE_MISMATCH,  # noqa: F401
                                    PROSE_COUNT_CLAIM, PROSE_FORMULA_MISMATCH, PROSE_ACHIEVEMENT_MISMATCH,
                                    PROSE_BUDGET_MISMATCH, RULES)  # (RULES: this module's rules)
from ..findings import ROLE_REFERENCE, Finding, Related, make_finding
from ..numbers import Number, consistent, display_style, format_number, format_percent, infer_style, percent_of
from ..textutil import shorten
from ..understand.achievement import Measurement
from ..understand.breakdowns import Breakdown, Part
from ..understand.budget_mentions import BUDGET, WHOLE
from ..understand.formulas import find_formulas
from ..understand.sentences import sentences
from ..understand.claims import AchievementClaim, AverageClaim, CountClaim, ShareClaim


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
        if claim.part_by_parts is not None and consistent(claim.percent, percent_of(claim.part_by_parts, claim.whole),
                                                          slack):
            continue  # the share is right of what the part's own parts add up to: the part's amount is wrong
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
        related=tuple(Related(p.location, p.amount.raw, ROLE_REFERENCE) for p in parts),
        whole=f"'{shorten(label)}'", count=len(parts))


def _whole_is_the_base(breakdown: Breakdown, top: list[Part]) -> bool:
    """"realisasi Rp 14.463.930.781 (82,04 %) meliputi BTL Rp A dan BL Rp B" where A + B is
    82,04 % of the amount: the amount is what the parts are a share of (the allocation,
    printed where the realisation was meant), and the figures agree under that reading."""
    percent = breakdown.whole_percent
    if percent is None or not breakdown.whole.value:
        return False
    total = sum((p.amount.value for p in top), Decimal(0))
    return consistent(percent, percent_of(total, breakdown.whole.value))


def _breakdown_findings(breakdown: Breakdown, document_style: str | None) -> Iterator[Finding]:
    top = breakdown.top()
    by_children: dict[int, Decimal] = {}
    for parent in top:
        children = breakdown.children(parent)
        if children:
            finding = _sum_finding(parent.amount, parent.label, children, parent.location, parent.text,
                                   document_style)
            if finding:
                by_children[id(parent)] = sum((c.amount.value for c in children), Decimal(0))
                yield finding
    if breakdown.whole is not None and len(top) >= 2:
        finding = _sum_finding(breakdown.whole, breakdown.whole_label, top, breakdown.whole_location,
                               breakdown.whole_text, document_style)
        if finding and _whole_is_the_base(breakdown, top):
            finding = None
        if finding and by_children:
            # A part its own sub-parts contradict (reported above) may be what is wrong: with
            # their sum in its place the whole adds up, and the whole is not reported.
            corrected = sum((by_children.get(id(p), p.amount.value) for p in top), Decimal(0))
            if abs(corrected - breakdown.whole.value) <= _slack([breakdown.whole] + [p.amount for p in top]):
                finding = None
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
                              m.printed.cell.text.strip() if m.printed else None, ROLE_REFERENCE)
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
        related=tuple(_measurement_place(m) for m in claim.indicators), phrase=claim.phrase)


def _measurement_place(m: Measurement) -> Related:
    """Where a measured indicator's capaian (else its realisation) is printed: a reference."""
    cell = m.printed.cell if m.printed else m.realisation.cell
    return Related(m.layout.table.cell_location(cell, row_label=shorten(m.indicator)),
                   cell.text.strip(), ROLE_REFERENCE)


# --- LKJ405 ------------------------------------------------------------------------------

def _nearest(values, result: Number) -> Decimal:
    """The computed value closest to what is printed (of the readings an ambiguous operand
    allows, the one the writer meant)."""
    printed = [r.value for r in result.readings() if r.value is not None]
    return min(values, key=lambda v: min(abs(v - p) for p in printed)) if printed else values[0]


def _formula_findings(facts) -> Iterator[Finding]:
    style = facts.document_styles.get(facts.report.path)
    for paragraph in facts.prose_paragraphs:
        for sentence in sentences(paragraph, facts.packs):
            for formula in find_formulas(sentence.text, style):
                if any(consistent(formula.result, value) for value in formula.values):
                    continue
                value = _nearest(formula.values, formula.result)
                shown_style = display_style(formula.result, infer_style([n.raw for n in formula.operands]) or style)
                decimals = max(formula.result.decimals, 2 if formula.result.percent else formula.result.decimals)
                expected = format_number(value, decimals, shown_style) + (" %" if formula.result.percent else "")
                yield make_finding(
                    PROSE_FORMULA_MISMATCH.code, paragraph.location, "prose-formula-mismatch",
                    found=formula.result.raw, expected=expected, snippet=sentence.text,
                    evidence=f"{formula.shown} = {format_number(value, max(decimals, 4), shown_style)}",
                    expression=formula.shown)


# --- LKJ406 ------------------------------------------------------------------------------

def _mean(values: list[Decimal]) -> Decimal:
    return sum(values, Decimal(0)) / len(values)


def _achievement_finding(claim: AchievementClaim, facts) -> Finding | None:
    """A quoted capaian that is neither an indicator's capaian (printed or recomputed) nor
    the mean of the sasaran's."""
    measured = claim.indicators
    printed = [m.printed.value for m in measured if m.printed is not None and not m.printed.unit]
    recomputed = [m.expected for m in measured if m.expected is not None]
    readings = printed + recomputed
    if len(printed) == len(measured) and len(measured) > 1:
        readings.append(_mean(printed))
    if len(recomputed) == len(measured) and len(measured) > 1:
        readings.append(_mean(recomputed))
    if not readings or any(consistent(claim.stated, value) for value in readings):
        return None
    reference = _mean(printed) if len(printed) == len(measured) else _mean(recomputed) \
        if len(recomputed) == len(measured) else None
    if reference is None:
        return None
    fallback = facts.document_styles.get(facts.report.path)
    style = display_style(claim.stated, fallback)
    expected = format_percent(reference, claim.stated, fallback)
    evidence = "; ".join(
        f"{shorten(m.indicator, 40)}: printed {m.printed.cell.text.strip() if m.printed else '—'}"
        + (f", {m.formula(style)}" if m.expected is not None else "") for m in measured)
    if len(measured) > 1:
        evidence += f"; mean = {expected}"
    return make_finding(
        PROSE_ACHIEVEMENT_MISMATCH.code, claim.sentence.paragraph.location, "prose-achievement-mismatch",
        found=claim.stated.raw, expected=expected, evidence=evidence, snippet=claim.sentence.text,
        related=tuple(Related(m.layout.table.cell_location(m.printed.cell if m.printed else m.realisation.cell,
                                                           row_label=shorten(m.indicator)),
                              m.printed.cell.text.strip() if m.printed else None, ROLE_REFERENCE)
                      for m in measured),
        subject=shorten(claim.subject), count=len(measured))


# --- LKJ407 ------------------------------------------------------------------------------

def _budget_findings(facts) -> Iterator[Finding]:
    for total in facts.stated_totals:
        if len(total.values) < 2 or not total.settled:
            continue  # one amount, or no amount to call the right one
        reference = total.reference
        for group in total.values[1:]:
            for mention in group:
                if mention.in_table:
                    continue
                yield make_finding(
                    PROSE_BUDGET_MISMATCH.code, mention.location,
                    "prose-budget-mismatch" if total.kind == BUDGET else "prose-realisation-mismatch",
                    found=mention.amount.raw, expected=reference[0].amount.raw, snippet=mention.snippet,
                    evidence="; ".join(f"{' '.join(m.printed_name.split()) or total.name}: {m.amount.raw}"
                                       for m in reference + (mention,)),
                    related=tuple(Related(m.location, m.amount.raw, ROLE_REFERENCE) for m in reference),
                    name=_display_name(total.name), places=len(reference))


def _display_name(name: str) -> str:
    return "the budget" if name == WHOLE else name.title()


def _indicator_share_finding(claim, facts) -> Finding | None:
    counted = sum(c.count for c in claim.counts)
    share = percent_of(counted, claim.total)
    if consistent(claim.stated, share):
        return None
    fallback = facts.document_styles.get(facts.report.path)
    expected = format_percent(share, claim.stated, fallback)
    counts = " + ".join(c.printed_count for c in claim.counts)
    source = "the text" if claim.total_source == "text" else "the measurement table"
    return make_finding(
        PROSE_COUNT_CLAIM.code, claim.sentence.paragraph.location, "prose-count-share",
        found=claim.stated.raw, expected=expected, snippet=claim.sentence.text,
        evidence=f"({counts}) / {claim.total} × 100 = {expected.removesuffix(' %')} ({claim.total} indicators by "
                 f"{source})", counted=counted, total=claim.total)


def check(facts, config) -> Iterator[Finding]:
    yield from _share_findings(facts)
    yield from _formula_findings(facts)
    yield from _budget_findings(facts)
    for claim in facts.achievement_claims:
        finding = _achievement_finding(claim, facts)
        if finding:
            yield finding
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
    for claim in facts.indicator_share_claims:
        finding = _indicator_share_finding(claim, facts)
        if finding:
            yield finding
