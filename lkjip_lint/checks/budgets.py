"""The same program or activity must carry the same budget wherever the report names it."""

from __future__ import annotations

from typing import Iterator

from ..catalog.budgets import BUDGET_MISMATCH, RULES  # noqa: F401  (RULES: this module's rules)
from ..findings import ROLE_ALSO, ROLE_REFERENCE, Finding, Related, Severity, make_finding
from ..numbers import consistent, format_number
from ..textutil import shorten
from .certainty import loose_match, place_of_table
from ..understand.budgets import BudgetEntry
from ..understand.identity import IdentitySettings, NameIndex, compare_words, content_words


SOURCE_LABELS = {"budget": "realisasi anggaran", "list": "daftar program", "rkt": "RKT", "pk": "PK",
                 "evaluation": "evaluasi", "prose": "teks", "renstra": "Renstra", "measurement": "Bab III"}


def _place(entry: BudgetEntry) -> str:
    label = SOURCE_LABELS.get(entry.source, entry.source)
    location = entry.location
    where = place_of_table(location) or (f"paragraph {location.paragraph}" if location.paragraph else "")
    return f"{label} ({where})" if where else label


def _table_key(entry: BudgetEntry) -> tuple | None:
    """The table an entry is a row of, a listing continued over pages counting as one."""
    location = entry.location
    return (location.file, entry.listing or location.table) if location.table else None


def _clusters(entries: list[BudgetEntry], settings: IdentitySettings) -> list[list[int]]:
    """Entries that name the same thing, joined through any of their names.

    Closest names join first. A group never takes two rows of one table: a program and
    its own activity ("Perencanaan …" / "Evaluasi Kinerja …") are different things even
    when one name contains the other. Nor does it take amounts of different scopes
    (another year, budget source or planning stage: ``understand.scope``).
    """
    names = [[content_words(name, settings) for name in entry.names] for entry in entries]
    aliases = [[content_words(name, settings) for name in entry.aliases] for entry in entries]

    def distance(i: int, j: int) -> int | None:
        pairs = [(a, b) for a in names[i] for b in names[j]]
        if _alias_may_join(entries[i], entries[j]):
            pairs += [(a, b) for a in aliases[i] for b in names[j]]
        if _alias_may_join(entries[j], entries[i]):
            pairs += [(a, b) for a in names[i] for b in aliases[j]]
        extra = [len(c.only_a) + len(c.only_b) for a, b in pairs if (c := compare_words(a, b, settings)).same]
        return min(extra) if extra else None

    candidates = sorted((d, i, j) for i, j in _candidate_pairs(names, aliases, settings) if (d := distance(i, j)) is not None)
    members = {i: [i] for i in range(len(entries))}
    root_of = list(range(len(entries)))
    for _, i, j in candidates:
        ri, rj = root_of[i], root_of[j]
        if ri == rj:
            continue
        tables_i = {_table_key(entries[k]) for k in members[ri]} - {None}
        tables_j = {_table_key(entries[k]) for k in members[rj]} - {None}
        if tables_i & tables_j:
            continue
        if not all(entries[a].scope.compatible(entries[b].scope) for a in members[ri] for b in members[rj]):
            continue
        for k in members[rj]:
            root_of[k] = ri
        members[ri].extend(members.pop(rj))
    return [sorted(group) for group in members.values() if len(group) > 1]


def _alias_may_join(entry: BudgetEntry, other: BudgetEntry) -> bool:
    """Whether ``entry``'s aliases (the program above an activity) may join ``other``: not
    a total of several activities, and a budget realisation table's row when the alias
    is only a program column beside the activity."""
    if other.is_total_of_many:
        return False
    return other.authoritative or not entry.aliases_join_reference_only


def _candidate_pairs(names: list[list[tuple[str, ...]]], aliases: list[list[tuple[str, ...]]],
                     settings: IdentitySettings) -> set[tuple[int, int]]:
    """Pairs of entries (i < j) one of whose names or aliases may be the same as the
    other's, found through an index of their words' roots instead of every pair."""
    owners: dict[tuple[str, ...], list[int]] = {}
    for entry, own in enumerate(names):
        for words in own + aliases[entry]:
            owners.setdefault(words, [])
            if not owners[words] or owners[words][-1] != entry:
                owners[words].append(entry)
    distinct = list(owners)  # a name printed in many places is looked up once
    index = NameIndex(distinct, min(settings.min_shared_words, settings.slip_context))
    pairs = set()
    for words in distinct:
        for other in index.candidates(words):
            for i in owners[words]:
                for j in owners[distinct[other]]:
                    if i < j:
                        pairs.add((i, j))
    return pairs


def _agree(a: BudgetEntry, b: BudgetEntry) -> bool:
    """The same amount, allowing for one of them printed rounded ("Rp1,64 miliar")."""
    return consistent(a.amount, b.amount.value) or consistent(b.amount, a.amount.value)


def _joined_by_a_slip(primary: BudgetEntry, others: list[BudgetEntry], settings: IdentitySettings) -> bool:
    """The place reported was matched to the others only loosely (``loose_match``)."""
    mine = [content_words(n, settings) for n in primary.names + primary.aliases]
    for other in others:
        for theirs in (content_words(n, settings) for n in other.names + other.aliases):
            for words in mine:
                comparison = compare_words(words, theirs, settings)
                if comparison.same and not loose_match(comparison, settings):
                    return False
    return True


def _finding(group: list[BudgetEntry], style: str, settings: IdentitySettings) -> Finding | None:
    distinct: list[BudgetEntry] = []
    for entry in group:
        if not any(_agree(entry, seen) for seen in distinct):
            distinct.append(entry)
    if len(distinct) < 2:
        return None
    amounts = [e.amount.value for e in distinct]
    reference = next((e for e in group if e.authoritative), None)
    primary = next((e for e in group if reference is None or not _agree(e, reference)), group[0])
    name = (reference or group[0]).names[0]
    shown = [format_number(a, 0, style) for a in amounts]
    return make_finding(
        BUDGET_MISMATCH.code,
        primary.location,
        "budget-mismatch",
        found=format_number(primary.amount.value, 0, style),
        expected=format_number(reference.amount.value, 0, style) if reference else None,
        evidence="; ".join(f"{_place(e)}: {format_number(e.amount.value, 0, style)}" for e in group),
        related=tuple(Related(e.location, format_number(e.amount.value, 0, style),
                              ROLE_REFERENCE if e is reference else ROLE_ALSO) for e in group if e is not primary),
        name=shorten(name, 80),
        count=len(amounts),
        amounts=" vs ".join(shown),
        severity=Severity.INFO if _joined_by_a_slip(primary, [e for e in group if e is not primary], settings) else None,
    )


def check(facts, config) -> Iterator[Finding]:
    settings = facts.identity
    entries = facts.budget_lines
    style = facts.document_styles.get(facts.report.path) or "id"
    for indexes in _clusters(entries, settings):
        finding = _finding([entries[i] for i in indexes], style, settings)
        if finding:
            yield finding
