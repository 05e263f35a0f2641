"""Officials' identifiers: every NIP well-formed, and one NIP and one rank per person."""

from __future__ import annotations

from collections import Counter
from typing import Callable, Hashable, Iterator

from ..catalog import options
from ..catalog.identifiers import NIP_INVALID, NIP_INCONSISTENT, RANK_INCONSISTENT, RULES  # noqa: F401  (RULES: this module's rules)
from ..findings import Finding, make_finding
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
        yield make_finding(
            NIP_INCONSISTENT.code,
            mentions[0].location,
            "nip-inconsistent-configured" if key in configured else "nip-inconsistent",
            found=mentions[0].found,
            expected=expected,
            related=related(mentions[1:]),
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
        yield make_finding(
            RANK_INCONSISTENT.code,
            mentions[0].location,
            "rank-inconsistent",
            found=mentions[0].found,
            expected=Counter(o.rank_printed for o in canonical_printings).most_common(1)[0][0],
            related=related(mentions[1:]),
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
