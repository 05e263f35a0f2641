"""Targets across the planning layers: the PK against the measurement tables, the
Renstra and the RKT; the end-of-Renstra target against the Renstra matrix; output
targets between the RKT and the evaluation tables; spelling slips in indicator names."""

from __future__ import annotations

from typing import Iterator

from ..catalog.targets import MEASURED_TARGET_MISMATCH, PLAN_TARGET_MISMATCH, END_TARGET_MISMATCH, OUTPUT_TARGET_MISMATCH, INDICATOR_SPELLING, RULES  # noqa: F401  (RULES: this module's rules)
from ..findings import ROLE_ALSO, ROLE_REFERENCE, Finding, Related, Severity, make_finding
from ..rule import Rule
from ..textutil import shorten
from .certainty import loose_match, place_of_table
from ..understand.identity import IdentitySettings, best_matches, same_name
from ..understand.plans import (END_TARGET_SOURCE, EVALUATION_SOURCE, MEASUREMENT_SOURCE, PK_SOURCE,
                                RENSTRA_SOURCE, RKT_SOURCE, TargetEntry, target_entries)
from ..understand.targets import targets_agree


def _related(also: list[TargetEntry], references: list[TargetEntry] = ()) -> tuple[Related, ...]:
    """Other places that differ like the main one, then the places the expected value
    comes from."""
    return (tuple(Related(e.location, e.value.raw, ROLE_ALSO) for e in also)
            + tuple(Related(e.location, e.value.raw, ROLE_REFERENCE) for e in references))


def _pk_groups(pk: list[TargetEntry], settings: IdentitySettings) -> list[list[TargetEntry]]:
    groups: list[list[TargetEntry]] = []
    for entry in pk:
        for group in groups:
            if same_name(entry.indicator, group[0].indicator, settings).same:
                group.append(entry)
                break
        else:
            groups.append([entry])
    return groups


def _specificity(entry: TargetEntry) -> int:
    return (2 if entry.value.has_value else 0) + (1 if entry.value.grade else 0)


def _most_specific(anchors: list[TargetEntry]) -> list[TargetEntry]:
    """A PK written "B (80%)" in one place and "B" in another promised 80: compare with that."""
    best = max(_specificity(a) for a in anchors)
    return [a for a in anchors if _specificity(a) == best]


def _disagreeing(entries: list[TargetEntry], anchors: list[TargetEntry]) -> list[TargetEntry]:
    anchors = _most_specific(anchors)
    return [e for e in entries if not any(targets_agree(e.value, a.value) for a in anchors)]


def _matched_by_a_slip(wrong: list[TargetEntry], anchors: list[TargetEntry], settings: IdentitySettings) -> bool:
    """Every differing place was matched to the anchor only loosely (``loose_match``)."""
    def firm(entry: TargetEntry, anchor: TargetEntry) -> bool:
        comparison = same_name(entry.indicator, anchor.indicator, settings)
        if not comparison.same and entry.activity and anchor.activity:  # matched through their activity
            comparison = same_name(entry.activity, anchor.activity, settings)
        return comparison.same and not loose_match(comparison, settings)
    return all(not any(firm(w, a) for a in anchors) for w in wrong)


def _mismatch(rule: Rule, message_id: str, wrong: list[TargetEntry], anchors: list[TargetEntry],
              anchor_name: str, settings: IdentitySettings) -> Finding:
    first = wrong[0]
    anchors = _most_specific(anchors) + [a for a in anchors if a not in _most_specific(anchors)]
    return make_finding(
        rule.code,
        first.location,
        message_id,
        found=first.value.raw,
        expected=anchors[0].value.raw,
        evidence="; ".join(f"{_source_label(e)}: {e.value.raw}" for e in anchors + wrong),
        related=_related(wrong[1:], anchors),
        severity=Severity.INFO if _matched_by_a_slip(wrong, anchors, settings) else None,
        indicator=shorten(first.indicator, 80),
        anchor=anchor_name,
        places=len(wrong),
    )


def _source_label(entry: TargetEntry) -> str:
    label = {PK_SOURCE: "PK", RKT_SOURCE: "RKT", RENSTRA_SOURCE: "Renstra", MEASUREMENT_SOURCE: "Bab III",
             END_TARGET_SOURCE: "Bab III (akhir Renstra)", EVALUATION_SOURCE: "evaluasi"}[entry.source]
    if entry.source == RENSTRA_SOURCE and entry.year:
        label += f" {entry.year}"
    where = place_of_table(entry.location)
    return f"{label} ({where})" if where else label


def _assign(entries: list[TargetEntry], groups: list[list[TargetEntry]],
            settings: IdentitySettings) -> dict[int, list[TargetEntry]]:
    """Entries per PK group, each entry going to the one group it is the same indicator as."""
    names = [g[0].indicator for g in groups]
    matches = best_matches([e.indicator for e in entries], names, settings)
    assigned: dict[int, list[TargetEntry]] = {i: [] for i in range(len(groups))}
    for index, group_index in matches.items():
        assigned[group_index].append(entries[index])
    return assigned


def _pk_findings(entries: list[TargetEntry], settings: IdentitySettings, year: int | None,
                 period: tuple[int, int] | None) -> Iterator[Finding]:
    pk = [e for e in entries if e.source == PK_SOURCE and not e.output]
    if not pk:
        return
    groups = _pk_groups(pk, settings)
    final_year = bool(period and year and period[1] == year)
    others = [e for e in entries if not e.output and (
        e.source in (MEASUREMENT_SOURCE, RKT_SOURCE)
        or (e.source == RENSTRA_SOURCE and year is not None and e.year == year)
        or (e.source == END_TARGET_SOURCE and final_year))]
    assigned = _assign(others, groups, settings)
    for group_index, group in enumerate(groups):
        mine = assigned[group_index]
        odd = _odd_pk_places(group, mine)
        if odd:
            group = [e for e in group if e not in odd]
            yield _mismatch(PLAN_TARGET_MISMATCH, "pk-target-mismatch", odd, group + _agreeing(mine, group), "PK",
                            settings)
        measured = _disagreeing([e for e in mine if e.source == MEASUREMENT_SOURCE], group)
        if measured:
            yield _mismatch(MEASURED_TARGET_MISMATCH, "measured-target-mismatch", measured, group, "PK", settings)
        planned = _disagreeing([e for e in mine if e.source != MEASUREMENT_SOURCE], group)
        if planned:
            yield _mismatch(PLAN_TARGET_MISMATCH, "plan-target-mismatch", planned, group, "PK", settings)


def _agreeing(entries: list[TargetEntry], anchors: list[TargetEntry]) -> list[TargetEntry]:
    return [e for e in entries if any(targets_agree(e.value, a.value) for a in anchors)]


def _odd_pk_places(pk: list[TargetEntry], others: list[TargetEntry]) -> list[TargetEntry]:
    """PK places whose target no other place gives, when every other place of the PK and
    at least one more place agree on another target: a slip in one copy of the PK. None
    when the PK was revised (its targets replace the original's)."""
    if len(pk) < 2 or any(e.revised for e in pk):
        return []
    supported = [e for e in pk if any(targets_agree(e.value, o.value) for o in pk + others if o is not e)]
    odd = [e for e in pk if e not in supported]
    if not odd or not supported:
        return []
    reference = supported[0]
    backing = [o for o in pk + others if o not in odd and targets_agree(o.value, reference.value)]
    if len(backing) < 2 or any(targets_agree(a.value, b.value) for a in odd for b in others):
        return []
    return odd


def _end_target_findings(entries: list[TargetEntry], settings: IdentitySettings,
                         period: tuple[int, int] | None) -> Iterator[Finding]:
    if not period:
        return
    matrix = [e for e in entries if e.source == RENSTRA_SOURCE and e.year == period[1]]
    quoted = [e for e in entries if e.source == END_TARGET_SOURCE]
    if not matrix or not quoted:
        return
    matches = best_matches([e.indicator for e in quoted], [e.indicator for e in matrix], settings)
    for index, matrix_index in matches.items():
        entry, anchor = quoted[index], matrix[matrix_index]
        if not targets_agree(entry.value, anchor.value):
            yield _mismatch(END_TARGET_MISMATCH, "end-target-mismatch", [entry], [anchor], f"Renstra {period[1]}",
                            settings)


def _output_findings(entries: list[TargetEntry], settings: IdentitySettings) -> Iterator[Finding]:
    planned = [e for e in entries if e.output and e.source == RKT_SOURCE]
    evaluated = [e for e in entries if e.output and e.source == EVALUATION_SOURCE]
    if not planned or not evaluated:
        return
    matches = best_matches([e.indicator for e in evaluated], [e.indicator for e in planned], settings)
    matches.update(_matches_by_activity(evaluated, planned, set(matches), settings))
    by_plan: dict[int, list[TargetEntry]] = {}
    for index, plan_index in matches.items():
        by_plan.setdefault(plan_index, []).append(evaluated[index])
    for plan_index, measured in sorted(by_plan.items()):
        anchor = planned[plan_index]
        wrong = _disagreeing(measured, [anchor])
        if wrong:
            yield _mismatch(OUTPUT_TARGET_MISMATCH, "output-target-mismatch", wrong, [anchor], "RKT", settings)


def _matches_by_activity(evaluated: list[TargetEntry], planned: list[TargetEntry], matched: set[int],
                         settings: IdentitySettings) -> dict[int, int]:
    """An output the evaluation table names otherwise than the RKT ("Honorarium RT/RW …"
    for "Jumlah RT/RW yang dibina"): the one output of the same activity, in the same
    unit, when each side gives that activity exactly one output."""
    found = {}
    for index, entry in enumerate(evaluated):
        if index in matched or not entry.activity or not entry.value.unit:
            continue
        siblings = [e for e in evaluated if e.activity == entry.activity and e.location.table == entry.location.table]
        plans = [i for i, p in enumerate(planned) if p.activity and same_name(p.activity, entry.activity, settings).same]
        if len(siblings) == 1 and len(plans) == 1 and planned[plans[0]].value.unit == entry.value.unit:
            found[index] = plans[0]
    return found


def _is_grammatical_variant(a: str, b: str) -> bool:
    """"pemerintah"/"pemerintahan", "tindaklanjuti"/"ditindaklanjuti": affixes, not slips."""
    return a in b or b in a


def _spelling_findings(entries: list[TargetEntry], settings: IdentitySettings,
                       known_misspellings: set[str]) -> Iterator[Finding]:
    pk = [e for e in entries if e.source == PK_SOURCE]
    reported: dict[tuple[str, str], list[TargetEntry]] = {}
    canonical_of: dict[tuple[str, str], str] = {}
    for entry in entries:
        if entry.source == PK_SOURCE:
            continue
        matches = best_matches([entry.indicator], [p.indicator for p in pk], settings)
        if 0 not in matches:
            continue
        anchor = pk[matches[0]]
        comparison = same_name(entry.indicator, anchor.indicator, settings)
        for written, canonical in comparison.spelling_differences:
            if _is_grammatical_variant(written, canonical) or {written, canonical} & known_misspellings:
                continue
            key = (written, canonical)
            reported.setdefault(key, [])
            if entry.location not in [e.location for e in reported[key]]:
                reported[key].append(entry)
            canonical_of[key] = canonical
    for (written, canonical), places in reported.items():
        first = places[0]
        yield make_finding(
            INDICATOR_SPELLING.code,
            first.location,
            "indicator-name-spelling",
            found=written,
            expected=canonical,
            evidence=f"'{shorten(first.indicator, 80)}'",
            related=tuple(Related(p.location, written) for p in places[1:]),
            indicator=shorten(first.indicator, 80),
        )


def _known_misspellings(packs: dict) -> set[str]:
    words: set[str] = set()
    for key, value in packs.get("misspellings", {}).items():
        if isinstance(value, dict):
            words.update(k.lower() for k in value)
            words.update(str(v).lower() for v in value.values() if isinstance(v, str))
        elif isinstance(value, str):
            words.update({key.lower(), value.lower()})
    return words


def check(facts, config) -> Iterator[Finding]:
    settings = facts.identity
    year = facts.report_year(config)
    period = facts.renstra_period
    # The dossier's targets are read for its report year; a year stated only to this
    # check (a test's configuration) reads them anew.
    entries = facts.targets if year == facts.report_year() else target_entries(facts.tables, facts.vocabulary,
                                                                                 year, period)
    yield from _pk_findings(entries, settings, year, period)
    yield from _end_target_findings(entries, settings, period)
    yield from _output_findings(entries, settings)
    yield from _spelling_findings(entries, settings, _known_misspellings(facts.packs))
