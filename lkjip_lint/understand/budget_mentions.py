"""The institution's budget totals as the prose states them, and as its budget tables total
them: the whole budget ("APBD Tahun Anggaran 2021 sebesar Rp …", "Keseluruhan anggaran …
adalah sebesar Rp …", "… dari alokasi Rp …") and its named parts ("Belanja Langsung sebesar
Rp …"), each as an allocation or as a realisation.

An amount is named by the words before it (``sentences.lead_in``): a named part of the
``named_wholes`` of ``[shares]`` in ``rules/claims.toml``, else the whole budget when a
``whole_budget`` word names it. Words that give the amount a narrower scope (a program,
a sasaran, "yang dialokasikan untuk …"), another year, or another budget (APBN, a
revised budget) leave it out: it is not the same total. An amount is a realisation when
its words say so, or when its sentence opens with a realisation and its own words name
no budget ("realisasi … sebesar Rp A, terdiri dari realisasi BTL … Rp B dan Belanja
Langsung sebesar Rp C": C is a realisation; "… dari alokasi Rp D": D is not). A sentence
that gives an amount a share ("Rp X (82,04 %)") with no word of realisation is left out:
what its amounts are cannot be told.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from ..model import Location, Paragraph
from ..numbers import Number, format_number
from ..text.legal import without_citations
from ..text.years import years_in
from ..textutil import alternatives, fold, matches_any
from .breakdowns import amount_lead_in, currency_amounts, has_percent_attached, percentages
from .sentences import sentences

BUDGET, REALISATION = "budget", "realisation"
WHOLE = "anggaran"
_CLAUSE_AFTER = re.compile(r"^[^,;()]*")


@dataclass(frozen=True)
class NamedAmount:
    name: str  # a named whole, folded ("belanja langsung"), or WHOLE
    kind: str  # BUDGET or REALISATION
    amount: Number
    printed_name: str  # the words that name it, as printed
    location: Location
    snippet: str
    in_table: bool = False


def _shares(facts) -> dict:
    return facts.packs.get("claims", {}).get("shares", {})


def _name_of(lead: str, shares: dict) -> tuple[str, str, str] | None:
    """(name, the lead's words after it, the lead from the name on as printed) of an
    amount's lead-in; the last name wins."""
    folded = fold(lead)
    for terms, name in ((shares.get("named_wholes", []), None), (shares.get("whole_budget", []), WHOLE)):
        best = None
        for term in sorted((fold(t) for t in terms), key=len, reverse=True):
            for match in re.finditer(rf"(?<!\w){re.escape(term)}(?!\w)", folded):
                if best is None or match.start() > best[0]:
                    best = (match.start(), match.end(), term)
        if best is not None:
            return (name or best[2]), folded[best[1]:], lead[best[0]:]
    return None


def _kind_of(text: str, amount: Number, lead: str, first_amount: Number, shares: dict) -> str:
    realisation, budget = shares.get("realisation_terms", []), shares.get("budget_terms", [])
    if matches_any(lead, realisation):
        return REALISATION
    if matches_any(lead, budget) and amount is not first_amount:
        return BUDGET
    opening = text[:first_amount.start]
    return REALISATION if matches_any(opening, realisation) and amount is not first_amount else BUDGET


def _narrowed(text: str, amount: Number, after_name: str, shares: dict) -> bool:
    """Words between the name and the amount, or after the amount in its clause, that make
    it a narrower total than the institution's ("… anggaran program X sebesar Rp …",
    "Rp … yang dialokasikan untuk sasaran I"), or a program named before it ("Program
    Peningkatan … memperoleh anggaran dari sumber Belanja Langsung … sebesar Rp …")."""
    after = _CLAUSE_AFTER.match(text[amount.end:]).group(0)
    named = alternatives(shares.get("named_scopes", []))
    return (matches_any(after_name, shares.get("narrower", [])) or matches_any(after, shares.get("narrower", []))
            or bool(named and re.search(rf"(?<!\w)(?i:{named})\s+[A-Z]", text[:amount.start])))


def _malformed(text: str, amount: Number) -> bool:
    """An amount whose digits go on past what was read ("Rp.11.038,000,000.00")."""
    return bool(re.match(r"[.,]?\d", text[amount.end:amount.end + 2]))


def _unclear_kind(text: str, amounts: list[Number], shares: dict) -> bool:
    """A sentence that gives an amount its share ("Rp X (82,04 %)") without a word of
    realisation: an allocation is never a share of anything, so it is not clear what the
    amounts are."""
    percents = percentages(text)
    return not matches_any(text, shares.get("realisation_terms", [])) and any(
        has_percent_attached(text, a, percents) for a in amounts)


def prose_amounts(facts) -> list[NamedAmount]:
    shares = _shares(facts)
    year = facts.report_year()
    found = []
    for block in facts.prose:
        if not isinstance(block, Paragraph):
            continue
        for sentence in sentences(block, facts.packs):
            text = sentence.text
            amounts = currency_amounts(text)
            if not amounts:
                continue
            if any(y != year for y in years_in(without_citations(text, facts.packs))) \
                    or matches_any(text, shares.get("other_budgets", [])) or _unclear_kind(text, amounts, shares):
                continue
            for amount in amounts:
                lead = amount_lead_in(text, amount, shares)
                named = _name_of(lead, shares)
                if named is None or _narrowed(text, amount, named[1], shares) or _malformed(text, amount) \
                        or matches_any(lead, shares.get("remainder_terms", [])):
                    continue
                name = named[0]
                kind = _kind_of(text, amount, lead, amounts[0], shares)
                found.append(NamedAmount(name, kind, amount, named[2], block.location, text))
    return found


def table_amounts(facts, names: set[str]) -> list[NamedAmount]:
    """The TOTAL row of the one budget table introduced as each named whole."""
    from .claims import table_total_cell
    style = facts.document_styles.get(facts.report.path) or "id"
    found = []
    for name in sorted(names - {WHOLE}):
        for kind in (BUDGET, REALISATION):
            total = table_total_cell(facts, name, kind)
            if total is not None:
                value, location, caption = total
                number = Number(value, 0, format_number(value, 0, style))
                found.append(NamedAmount(name, kind, number, caption, location, caption, True))
    return found


@dataclass(frozen=True)
class StatedTotal:
    """Every statement of one total (a name and a kind), grouped by the amount stated."""

    name: str
    kind: str
    values: tuple[tuple[NamedAmount, ...], ...]  # the amount stated most often first
    settled: bool  # whether the first is stated more often than any other (or by a table, on a tie)

    @property
    def reference(self) -> tuple[NamedAmount, ...]:
        return self.values[0]


def rounding_of(amount: Number) -> Decimal:
    """Half a unit of the amount's last printed digit."""
    return Decimal(1).scaleb(amount.exponent) / 2


def same_amount(a: Number, b: Number) -> bool:
    """Equal, or equal as far as the coarser of the two is printed ("Rp 17,8 miliar")."""
    return abs(a.value - b.value) <= max(rounding_of(a), rounding_of(b))


def stated_totals(facts) -> list[StatedTotal]:
    """Each total the report states, with the amounts stated for it, most often first."""
    groups: dict[tuple[str, str], list[NamedAmount]] = {}
    for mention in prose_amounts(facts):
        groups.setdefault((mention.name, mention.kind), []).append(mention)
    for mention in table_amounts(facts, {name for name, _ in groups}):
        if (mention.name, mention.kind) in groups:
            groups[(mention.name, mention.kind)].append(mention)
    totals = []
    for (name, kind), mentions in groups.items():
        values: list[list[NamedAmount]] = []
        for mention in mentions:
            same = next((v for v in values if same_amount(v[0].amount, mention.amount)), None)
            if same is None:
                values.append([mention])
            else:
                same.append(mention)

        def weight(group):
            return len(group), any(m.in_table for m in group)

        ranked = sorted(values, key=weight, reverse=True)
        settled = len(ranked) == 1 or weight(ranked[0]) != weight(ranked[1])
        totals.append(StatedTotal(name, kind, tuple(tuple(v) for v in ranked), settled))
    return totals
