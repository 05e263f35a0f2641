"""Officials' identifiers: every NIP well-formed, and one NIP and one rank per person."""

from __future__ import annotations

from collections import Counter
from typing import Callable, Hashable, Iterator

from ..catalog import options
from rapidfuzz.distance import DamerauLevenshtein, Levenshtein

from ..catalog.identifiers import (NIP_INVALID, NIP_INCONSISTENT, RANK_INCONSISTENT,  # noqa: F401
                                   OFFICIAL_NAME_VARIANT, RULES)  # (RULES: this module's rules)
from ..findings import ROLE_ALSO, ROLE_REFERENCE, Finding, Related, make_finding
from ..nip import NipLimits, grouped, validate
from ..understand.mentions import Mention, distinct_places, related
from ..understand.officials import Official, display_name, person_key


def _nip_mention(official: Official) -> Mention:
    return Mention(official.nip.printed, official.nip_location, official.snippet)


def _rank_mention(official: Official) -> Mention:
    return Mention(official.rank_printed, official.rank_location, official.snippet)


def _invalid_nips(people: tuple[Official, ...], limits: NipLimits) -> Iterator[Finding]:
    by_number: dict[str, list[Official]] = {}
    for official in people:
        if official.nip is not None:
            by_number.setdefault(official.nip.digits, []).append(official)
    for digits, printings in by_number.items():
        problem = validate(digits, pppk=any(o.pppk for o in printings), limits=limits)
        if problem is None:
            continue
        mentions = distinct_places([_nip_mention(o) for o in printings])
        yield make_finding(
            NIP_INVALID.code,
            mentions[0].location,
            f"nip-invalid-{problem.reason}",
            found=mentions[0].found,
            evidence=grouped(digits),
            related=related(mentions[1:]),
            snippet=mentions[0].snippet,
            reason=problem.reason,
            **problem.param_dict(),
        )


def _by_person(people: tuple[Official, ...], has_value: Callable[[Official], bool]) -> dict[str, list[Official]]:
    groups: dict[str, list[Official]] = {}
    for official in people:
        if official.key and has_value(official):
            groups.setdefault(official.key, []).append(official)
    return groups


def _majority(printings: list[Official], value: Callable[[Official], Hashable],
              preferred: Callable[[Hashable], bool] = lambda v: True) -> Hashable:
    """The value printed most often; on a tie, a preferred one, then the one printed first."""
    counts = Counter(value(o) for o in printings)
    best = max(counts.values())
    tied = [value(o) for o in printings if counts[value(o)] == best]
    return next((v for v in tied if preferred(v)), tied[0])


def _person_label(printings: list[Official], packs: dict) -> str:
    names = Counter(display_name(o.name, packs) for o in printings)
    return names.most_common(1)[0][0]


def _inconsistent_nips(people: tuple[Official, ...], config, packs: dict, limits: NipLimits) -> Iterator[Finding]:
    configured = {person_key(name, packs): "".join(ch for ch in nip if ch.isdigit())
                  for name, nip in config.officials}
    for key, printings in _by_person(people, lambda o: o.nip is not None).items():
        canonical = configured.get(key) or _majority(
            printings, lambda o: o.nip.digits, lambda digits: validate(digits, limits=limits) is None)
        differing = [o for o in printings if o.nip.digits != canonical]
        if not differing:
            continue
        mentions = distinct_places([_nip_mention(o) for o in differing])
        canonical_printings = [o for o in printings if o.nip.digits == canonical]
        expected = (Counter(o.nip.printed for o in canonical_printings).most_common(1)[0][0]
                    if canonical_printings else grouped(canonical))
        references = distinct_places([_nip_mention(o) for o in canonical_printings])
        yield make_finding(
            NIP_INCONSISTENT.code,
            mentions[0].location,
            "nip-inconsistent-configured" if key in configured else "nip-inconsistent",
            found=mentions[0].found,
            expected=expected,
            related=related(mentions[1:]) + related(references, ROLE_REFERENCE),
            snippet=mentions[0].snippet,
            person=_person_label(printings, packs),
            variants=len({o.nip.digits for o in differing}),
            places=len(mentions),
            canonical_places=len(distinct_places([_nip_mention(o) for o in canonical_printings])),
        )


def _inconsistent_ranks(people: tuple[Official, ...], packs: dict) -> Iterator[Finding]:
    for printings in _by_person(people, lambda o: o.rank is not None).values():
        canonical = _majority(printings, lambda o: o.rank.name)
        graded = [o for o in printings if o.rank.name == canonical and o.rank.grade]
        grade = _majority(graded, lambda o: o.rank.grade) if graded else None
        differing = [o for o in printings if o.rank.name != canonical
                     or (grade and o.rank.grade and o.rank.grade != grade)]
        if not differing:
            continue
        mentions = distinct_places([_rank_mention(o) for o in differing])
        canonical_printings = [o for o in printings if all(o is not d for d in differing)]
        references = distinct_places([_rank_mention(o) for o in canonical_printings])
        yield make_finding(
            RANK_INCONSISTENT.code,
            mentions[0].location,
            "rank-inconsistent",
            found=mentions[0].found,
            expected=Counter(o.rank_printed for o in canonical_printings).most_common(1)[0][0],
            related=related(mentions[1:]) + related(references, ROLE_REFERENCE),
            snippet=mentions[0].snippet,
            person=_person_label(printings, packs),
            places=len(mentions),
            canonical_places=len(distinct_places([_rank_mention(o) for o in canonical_printings])),
        )


def check(facts, config) -> Iterator[Finding]:
    people = facts.officials
    limits = NipLimits(options.NIP_MIN_AGE.value(facts.packs), options.NIP_MAX_AGE.value(facts.packs),
                       options.NIP_MIN_BIRTH_YEAR.value(facts.packs))
    yield from _invalid_nips(people, limits)
    yield from _inconsistent_nips(people, config, facts.packs, limits)
    yield from _inconsistent_ranks(people, facts.packs)
    yield from _name_variants(facts)


# --- LKJ605 ----------------------------------------------------------------------------------

def _one_slip(a: str, b: str, min_length: int) -> bool:
    """Two spellings one letter apart (changed, added, dropped or two swapped), long enough
    that the slip is not another short name."""
    if min(len(a), len(b)) < min_length:
        return False
    return Levenshtein.distance(a, b, score_cutoff=1) <= 1 or DamerauLevenshtein.distance(a, b, score_cutoff=1) <= 1


def _nips_by_person(people: tuple[Official, ...]) -> dict[str, set[str]]:
    nips: dict[str, set[str]] = {}
    for official in people:
        if official.key and official.nip is not None:
            nips.setdefault(official.key, set()).add(official.nip.digits)
    return nips


def _name_variants(facts) -> Iterator[Finding]:
    printings = facts.name_printings
    min_length = options.NAME_SLIP_MIN_LETTERS.value(facts.packs)
    by_key: dict[str, list] = {}
    for printing in printings:
        by_key.setdefault(printing.key, []).append(printing)
    places = {key: len({p.place for p in group}) for key, group in by_key.items()}
    nips = _nips_by_person(facts.officials)
    keys = sorted(by_key)
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            one_nip = bool(nips.get(a) and nips.get(b) and nips[a] & nips[b])
            if not _one_slip(a, b, 1 if one_nip else min_length) \
                    or len(by_key[a][0].name.split()) != len(by_key[b][0].name.split()):
                continue
            if nips.get(a) and nips.get(b) and not one_nip:
                continue  # two people: each has a NIP of their own
            if places[a] == places[b]:
                continue  # no spelling to call the right one
            canonical, variant = (a, b) if places[a] > places[b] else (b, a)
            shown = by_key[variant]
            reference = by_key[canonical]
            yield make_finding(
                OFFICIAL_NAME_VARIANT.code, shown[0].location, "official-name-variant",
                found=display_name(shown[0].name, facts.packs), expected=display_name(reference[0].name, facts.packs),
                snippet=shown[0].snippet,
                evidence=f"{display_name(reference[0].name, facts.packs)} in {places[canonical]} place(s), "
                         f"{display_name(shown[0].name, facts.packs)} in {places[variant]}",
                related=tuple(Related(p.location, p.name, ROLE_ALSO) for p in shown[1:])
                + tuple(Related(p.location, p.name, ROLE_REFERENCE) for p in reference),
                places=places[variant], canonical_places=places[canonical])
