"""Claims the prose makes about figures stated elsewhere: shares of a whole, averages of
the indicators above, counts of indicators that met their target.

Each finder returns only claims whose operands it found with confidence; a sentence
that merely looks like a claim ("(82.04%)" next to an amount whose base is nowhere in
the text, a range "76 % s/d 100 %", "Nomor 53 Tahun 2014") yields nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from ..catalog import options
from ..model import Location, Paragraph
from ..numbers import Number
from ..text.counts import CountedNoun, count_pattern, find_counts, read_count
from ..text.legal import without_citations
from ..text.markers import numeral_value
from ..text.years import years_in
from ..textutil import alternatives, fold, matches_any
from .achievement import Measurement
from .breakdowns import (Breakdown, amount_lead_in, attached_amount, clean_label, currency_amounts,
                         has_percent_attached, percentages, term_at)
from .hierarchy import row_hierarchy, totalled_by
from .identity import IdentitySettings, content_words, same_name
from .sentences import Sentence, sentences

if TYPE_CHECKING:
    from .predicates import Predicate

_OF = re.compile(r"\s*\)?\s*dari\s+", re.I)
_EQUALS_SIGN = re.compile(r"(?<![<>=!])=")
_PIECE_BOUNDARY = re.compile(r"[,;:]|\b(?:dan|serta|sedangkan)\b", re.I)
_CLAUSE_PUNCTUATION = re.compile(r"[,;]")
_NUMERAL = r"\d{1,2}|[IVX]{1,4}"


@dataclass(frozen=True)
class ShareClaim:
    """"P%" said of a part of a whole, with the part's and the whole's amounts found.

    ``part_rounding`` and ``whole_rounding`` say how far each true amount may lie from
    the printed one: half a unit of its last printed digit ("Rp4,87 miliar" ± 5 juta).
    """

    sentence: Sentence
    percent: Number
    part_label: str
    part: Decimal
    whole_label: str
    whole: Decimal
    part_rounding: Decimal = Decimal(0)
    whole_rounding: Decimal = Decimal(0)
    part_by_parts: Decimal | None = None  # what the part's own sub-parts add up to, when they differ


def rounding_of(amount: Number) -> Decimal:
    """Half a unit of the amount's last printed digit."""
    return Decimal(1).scaleb(amount.exponent) / 2


@dataclass(frozen=True)
class AverageClaim:
    sentence: Sentence
    stated: Number
    indicators: tuple[Measurement, ...]


@dataclass(frozen=True)
class CountClaim:
    sentence: Sentence
    count: int
    count_text: str  # "2 (dua)"
    phrase: str  # "diatas target", as printed
    direction: str  # "above" | "met" | "below"
    exact: bool  # the claim is about every indicator measured (it says "dari N indikator")
    indicators: tuple[Measurement, ...]


def _claims_pack(facts) -> dict:
    return facts.packs.get("claims", {})


def _paragraph_blocks(facts) -> list[tuple[int, Paragraph]]:
    """The report's paragraphs with their positions among its (prose) blocks."""
    return [(i, b) for i, b in enumerate(facts.prose) if isinstance(b, Paragraph)]


def _about_another_year(text: str, facts) -> bool:
    """A sentence naming a year other than the report's ("pada tahun 2020 sebanyak 3
    indikator …") speaks of other figures than this year's table. The year of a cited
    regulation ("menurut Permendagri Nomor 86 Tahun 2017") does not count."""
    year = facts.report_year()
    return any(year is None or found != year for found in years_in(without_citations(text, facts.packs)))


# --- shares of a listed breakdown: "Belanja Operasi sebesar 82% dan Belanja Modal sebesar 18%" ---

def _share_names(sentence: Sentence, percents: list[Number], shares: dict) -> list[str]:
    linking = shares.get("linking", [])
    leading = {fold(w) for w in shares.get("leading", [])}
    names, previous_end = [], 0
    for number in percents:
        piece = _PIECE_BOUNDARY.split(sentence.text[previous_end:number.start])[-1]
        words = clean_label(piece, linking).split()
        while words and fold(words[0]) in leading:
            words = words[1:]
        names.append(" ".join(words))
        previous_end = number.end
    return names


def _part_amount(breakdown: Breakdown, name: str) -> tuple[Number, int] | None:
    """The amount and level of the one part called ``name`` (parts repeated with the same
    amount count once)."""
    matches = [p for p in breakdown.parts if fold(p.label) == fold(name)]
    if len({p.amount.value for p in matches}) != 1:
        return None
    return matches[0].amount, min(p.level for p in matches)


def _sum_of_parts(breakdown: Breakdown, name: str) -> Decimal | None:
    """What the sub-parts of the part called ``name`` add up to, when that differs from it."""
    parts = [p for p in breakdown.top() if fold(p.label) == fold(name)]
    if len(parts) != 1:
        return None
    children = breakdown.children(parts[0])
    total = sum((c.amount.value for c in children), Decimal(0))
    return total if children and total != parts[0].amount.value else None


def listed_shares(facts) -> list[ShareClaim]:
    claims_pack = _claims_pack(facts)
    shares = claims_pack.get("shares", {})
    distance = options.SHARE_MAX_DISTANCE.value(facts.packs)
    found = []
    all_breakdowns = facts.breakdowns
    for index, paragraph in _paragraph_blocks(facts):
        candidates = [b for b in all_breakdowns if 0 < index - b.last_block <= distance]
        if not candidates:
            continue
        breakdown = candidates[-1]
        for sentence in sentences(paragraph, facts.packs):
            percents = percentages(sentence.text)
            if (not percents or currency_amounts(sentence.text)
                    or matches_any(sentence.text, shares.get("realisation_terms", []))):
                continue
            names = _share_names(sentence, percents, shares)
            resolved = [_part_amount(breakdown, name) if name else None for name in names]
            if any(r is None for r in resolved) or any(level != 1 for _, level in resolved):
                continue
            amounts = [amount for amount, _ in resolved]
            if breakdown.whole is not None:
                whole, whole_label = breakdown.whole.value, breakdown.whole_label
                whole_rounding = rounding_of(breakdown.whole)
            elif len(resolved) == len(breakdown.top()):
                whole, whole_label = sum(a.value for a in amounts), " + ".join(names)
                whole_rounding = sum((rounding_of(a) for a in amounts), Decimal(0))
            else:
                continue
            for number, name, amount in zip(percents, names, amounts):
                found.append(ShareClaim(sentence, number, name, amount.value, whole_label, whole,
                                        rounding_of(amount), whole_rounding, _sum_of_parts(breakdown, name)))
    return found


# --- "Rp A … P% dari keseluruhan belanja langsung": a whole stated in a budget table ---------

def _named_whole(after: str, shares: dict) -> str | None:
    """The named whole a "dari …" phrase refers to, from the pack's list."""
    text = fold(after)
    for prefix in sorted((fold(p) for p in shares.get("whole_prefixes", [])), key=len, reverse=True):
        if text.startswith(prefix + " "):
            text = text[len(prefix) + 1:]
            break
    for name in sorted((fold(n) for n in shares.get("named_wholes", [])), key=len, reverse=True):
        if text == name or text.startswith(name + " "):
            return name
    return None


def _introduced_as(info, name: str) -> bool:
    """Whether a table is introduced as ``name``: by its caption, else by the paragraphs just
    before it that state no amount of their own (an introduction, not a claim)."""
    if info.table.caption:
        return matches_any(info.table.caption, [name])
    return any(matches_any(text, [name]) and not currency_amounts(text) for text in info.context[-2:])


def _agreed_total(layout, infos, total_index: int, col: int) -> Decimal | None:
    """The total a table stands for, read three ways: its printed TOTAL, the sum of the rows
    it totals, the sum of its smallest rows. The value two of them agree on; None when no
    two agree (the table contradicts itself in more than one place)."""
    def amount(row: int) -> Decimal | None:
        value = layout.number(row, col)
        return value.value if value is not None and value.value is not None and not value.percent else None

    printed = amount(infos[total_index].row)
    body = [i for i in infos[:total_index] if not i.is_total]
    readings = [printed]
    for rows in (totalled_by(infos, total_index), [i for i in body if i.level == max((b.level for b in body), default=0)]):
        values = [amount(i.row) for i in rows]
        readings.append(sum(values, Decimal(0)) if values and None not in values else None)
    for i, a in enumerate(readings):
        if a is not None and any(b is not None and a == b for b in readings[i + 1:]):
            return a
    return None


def table_total_cell(facts, name: str, kind: str = "budget") -> tuple[Decimal, "Location", str] | None:
    """The total of the budget (or, with ``kind`` "realisation", the realisation) column of
    the one table of the report introduced as ``name``, as its printed TOTAL and its rows
    agree on it: (amount, where, what it is)."""
    found = []
    for info in facts.tables:
        if info.document is not facts.report or not _introduced_as(info, name):
            continue
        layout = info.layout
        other = "realisation" if kind == "budget" else "budget"
        columns = [c.index for c in layout.columns
                   if kind in c.roles and other not in c.roles and "percent" not in c.roles]
        if not columns:
            continue
        rows = [r for r in layout.data_rows if any(c.text.strip() for c in layout.table.rows[r])]
        infos = row_hierarchy(layout, rows, facts.vocabulary)
        totals = [index for index, i in enumerate(infos) if i.is_total]
        if len(totals) != 1:
            continue
        total = infos[totals[0]]
        value = _agreed_total(layout, infos, totals[0], columns[0])
        cell = layout.cell(total.row, columns[0])
        if value is not None and cell is not None:
            caption = layout.table.caption or f"{total.label} {layout.column_label(columns[0])}"
            location = layout.table.cell_location(cell, row_label=total.label,
                                                  column_label=layout.column_label(columns[0]))
            found.append((value, location, caption))
    return found[0] if len(found) == 1 else None


def _table_total(facts, name: str) -> tuple[Decimal, str] | None:
    """The budget-column TOTAL of the one table introduced as ``name``."""
    found = table_total_cell(facts, name)
    return (found[0], found[2]) if found else None


def named_whole_shares(facts) -> list[ShareClaim]:
    shares = _claims_pack(facts).get("shares", {})
    found = []
    for _, paragraph in _paragraph_blocks(facts):
        for sentence in sentences(paragraph, facts.packs):
            amounts = currency_amounts(sentence.text)
            percents = percentages(sentence.text)
            if len(amounts) != 1 or len(percents) != 1 or percents[0].start < amounts[0].end:
                continue
            percent = percents[0]
            of = _OF.match(sentence.text, percent.end)
            if not of:
                continue
            name = _named_whole(sentence.text[of.end():], shares)
            if name is None:
                continue
            total = _table_total(facts, name)
            if total is None:
                continue
            part_label = clean_label(sentence.text[:amounts[0].start], shares.get("linking", []))
            found.append(ShareClaim(sentence, percent, part_label, amounts[0].value,
                                    f"{name} ({total[1]})", total[0], rounding_of(amounts[0])))
    return found


# --- "realisasi Rp A (P%) dari pagu Rp B": the whole stated in the same sentence or paragraph -

def _introduced_by(text: str, amount: Number, terms: list[str], shares: dict) -> bool:
    return matches_any(amount_lead_in(text, amount, shares), terms)


def _may_be_base(text: str, amount: Number, percents: list[Number], shares: dict) -> bool:
    """An amount named as a budget (pagu, anggaran), not as the realisation or as what is
    left over (sisa anggaran), and carrying no percentage of its own."""
    lead = amount_lead_in(text, amount, shares)
    return (matches_any(lead, shares.get("budget_terms", []))
            and not matches_any(lead, shares.get("realisation_terms", []) + shares.get("remainder_terms", []))
            and not has_percent_attached(text, amount, percents))


def _budget_amounts(text: str, shares: dict, part: Number | None = None) -> list[Number]:
    """The amounts other than ``part`` that may be the base of a share."""
    percents = percentages(text)
    return [a for a in currency_amounts(text)
            if (part is None or a.start != part.start) and _may_be_base(text, a, percents, shares)]


def _without_listed_parts(text: str, candidates: list[Number], opening: list[str]) -> list[Number]:
    """The candidates without those listed after "terdiri atas" when one stands before it:
    they are that one's parts, not a base."""
    at = term_at(text, opening)
    if at < 0 or not any(c.end <= at for c in candidates):
        return candidates
    return [c for c in candidates if c.end <= at]


def _names_budget_after(text: str, percent: Number, shares: dict) -> re.Match | None:
    """The "dari" of "P% dari pagu …" when a budget term follows it at once."""
    of = _OF.match(text, percent.end)
    if of and term_at(text[of.end():], shares.get("budget_terms", [])) == 0:
        return of
    return None


def _base_in_sentence(text: str, part: Number, percent: Number, candidates: list[Number],
                      shares: dict) -> Number | None:
    """The budget amount of "P% dari pagu sebesar Rp B" in the same clause, else the
    nearest one before the realisation, else the only one."""
    of = _names_budget_after(text, percent, shares)
    if of:
        following = [c for c in candidates if c.start >= of.end()]
        if following and not _CLAUSE_PUNCTUATION.search(text[percent.end:following[0].start]):
            return following[0]
    preceding = [c for c in candidates if c.end <= part.start]
    if preceding:
        return preceding[-1]
    return candidates[0] if len(candidates) == 1 else None


def _base_in_paragraph(sentence: Sentence, percent: Number, paragraph_sentences: list[Sentence],
                       shares: dict) -> Number | None:
    """For "P% dari pagu anggaran" with no amount of its own: the one budget amount the
    other sentences of the paragraph state."""
    if not _names_budget_after(sentence.text, percent, shares):
        return None
    others = [a for s in paragraph_sentences if s is not sentence for a in _budget_amounts(s.text, shares)]
    return others[0] if len(others) == 1 else None


def stated_whole_shares(facts) -> list[ShareClaim]:
    claims_pack = _claims_pack(facts)
    shares = claims_pack.get("shares", {})
    opening = claims_pack.get("breakdowns", {}).get("opening", [])
    found = []
    for _, paragraph in _paragraph_blocks(facts):
        paragraph_sentences = sentences(paragraph, facts.packs)
        for sentence in paragraph_sentences:
            text = sentence.text
            amounts = currency_amounts(text)
            for percent in percentages(text):
                part = attached_amount(text, percent, amounts)
                if part is None or not _introduced_by(text, part, shares.get("realisation_terms", []), shares):
                    continue
                candidates = _without_listed_parts(text, _budget_amounts(text, shares, part), opening)
                if candidates:
                    whole = _base_in_sentence(text, part, percent, candidates, shares)
                else:
                    whole = _base_in_paragraph(sentence, percent, paragraph_sentences, shares)
                if whole is None:
                    continue
                found.append(ShareClaim(
                    sentence, percent, clean_label(text[:part.start], shares.get("linking", [])), part.value,
                    whole.raw, whole.value, rounding_of(part), rounding_of(whole)))
    return found


def named_realisation_shares(facts) -> list[ShareClaim]:
    """"… dan Belanja Langsung sebesar Rp 4.812.808.343 (61,47 %)" in a realisation sentence:
    the share of the Belanja Langsung allocation the report states elsewhere (in most
    places, or totalled by its budget table)."""
    from .budget_mentions import BUDGET, REALISATION, WHOLE

    totals = {(t.name, t.kind): t for t in facts.stated_totals}
    found = []
    for total in facts.stated_totals:
        budget = totals.get((total.name, BUDGET))
        if total.kind != REALISATION or budget is None or not budget.settled:
            continue
        base = budget.reference[0]
        for group in total.values:
            for mention in group:
                if mention.in_table:
                    continue
                percent = next((p for p in percentages(mention.snippet)
                                if attached_amount(mention.snippet, p, currency_amounts(mention.snippet))
                                and attached_amount(mention.snippet, p, currency_amounts(mention.snippet)).start
                                == mention.amount.start), None)
                if percent is None or _is_base_of_later(mention.snippet, mention.amount, percent):
                    continue
                sentence = Sentence(mention.snippet, 0, _paragraph_at(facts, mention.location))
                name = "" if total.name == WHOLE else f" {total.name.title()}"
                found.append(ShareClaim(sentence, percent, f"realisasi{name}", mention.amount.value,
                                        f"anggaran{name}", base.amount.value, rounding_of(mention.amount),
                                        rounding_of(base.amount)))
    return found


def _is_base_of_later(text: str, amount: Number, percent: Number) -> bool:
    """"realisasi Rp 14.463.930.781 (82,04 %) meliputi … Rp A … dan … Rp B" where A + B is
    82,04 % of it: the amount is what the later ones are a share of, not a realisation."""
    from ..numbers import consistent, percent_of

    later = [a.value for a in currency_amounts(text) if a.start > amount.end]
    return len(later) >= 2 and bool(amount.value) and consistent(percent, percent_of(sum(later, Decimal(0)),
                                                                                      amount.value))


def _paragraph_at(facts, location) -> Paragraph:
    return next(p for p in facts.prose_paragraphs if p.location == location)


def read_share_claims(facts) -> list[ShareClaim]:
    return (listed_shares(facts) + named_whole_shares(facts)
            + stated_whole_shares(facts) + named_realisation_shares(facts))


# --- "rata-rata capaian sasaran sebesar 72 %" --------------------------------------------------

def _names_in_table(info, facts, settings: IdentitySettings) -> list[str]:
    terms = facts.vocabulary.get("tables", {}).get("indicator", [])
    layout = info.layout
    cols = [c.index for c in layout.columns if matches_any(c.label, terms)]
    names = []
    for col in cols[:1]:
        for row in layout.data_rows:
            cell = layout.cell(row, col)
            if cell is not None and len(content_words(cell.text, settings)) >= settings.min_shared_words:
                names.append(cell.text)
    return names


def _opens_section(text: str, openers: list[str]) -> bool:
    """"Tujuan 1 Sasaran 1 : …", "Sasaran 2 : …": a paragraph that starts a sasaran's part."""
    words = r"|".join(r"\s+".join(map(re.escape, fold(o).split())) for o in openers)
    return bool(words) and re.match(rf"^(?:[ivx]+[.)]\s*)?(?:{words})\s+[\w.]+\b[^:]{{0,60}}:", fold(text)) is not None


def _indicators_before(facts, index: int, section: dict) -> list[Measurement] | None:
    """The indicators of the tables just before block ``index`` (back to a heading, the start
    of a sasaran's part or an earlier average), matched to the report year's measurement
    rows; None when a named indicator has no match."""
    settings = facts.identity
    infos = {id(info.table): info for info in facts.tables}
    candidates = facts.indicators
    blocks = facts.prose
    distance = options.AVERAGE_MAX_DISTANCE.value(facts.packs)
    chosen: list[Measurement] = []
    for block in reversed(blocks[max(0, index - distance):index]):
        if isinstance(block, Paragraph):
            if (block.heading_level is not None or term_at(block.text, section.get("cues", [])) >= 0
                    or _opens_section(block.text, section.get("section_openers", []))):
                break
            continue
        info = infos.get(id(block))
        if info is None:
            continue
        own = [m for m in facts.measurements if m.info is info and m.this_year]
        if own and chosen:
            break  # the full measurement table above the sasaran's own tables
        names = [m.indicator for m in own] or _names_in_table(info, facts, settings)
        for name in names:
            matched = [m for m in candidates if same_name(name, m.indicator, settings).same]
            if len(matched) != 1:
                return None
            if matched[0] not in chosen:
                chosen.append(matched[0])
        if own:
            break
    return chosen


def _term_positions(text: str, terms: list[str]) -> list[int]:
    """Where each occurrence of any of the terms starts in ``text``, in order."""
    pattern = alternatives(terms)
    if not pattern:
        return []
    return sorted({m.start() for m in re.finditer(rf"(?<!\w)(?:{pattern})(?!\w)", text, re.I)})


def _sasaran_named(text: str, section: dict) -> set[int]:
    """The sasaran numbers a text names: "Sasaran 1", "sasaran strategis II", and both
    numbers of "Sasaran 1 dan 2"."""
    names, joiners = alternatives(section.get("sasaran_names", [])), alternatives(section.get("sasaran_joiners", []))
    if not names:
        return set()
    number = rf"(?P<n>{_NUMERAL})(?![\w]|[.,]\d|\s*(?:%|persen\b))"
    named = set()
    for match in re.finditer(rf"(?i:(?<!\w)(?:{names}))\s+(?i:ke-?\s*)?{number}", text):
        named.add(numeral_value(match.group("n")))
        joined = re.match(rf"\s*(?i:{joiners})\s*(?i:(?:{names})\s+)?{number}", text[match.end():]) if joiners else None
        if joined:
            named.add(numeral_value(joined.group("n")))
    return named - {None}


@dataclass(frozen=True)
class _StatedAverage:
    percent: Number
    sasaran: frozenset[int]  # the sasaran its words name, if any


def _stated_averages(text: str, section: dict) -> list[_StatedAverage]:
    """Each "rata-rata capaian … P%" of a sentence, with the sasaran named between the
    previous average and the next cue."""
    cues = _term_positions(text, section.get("cues", []))
    percents = percentages(text)
    found, scope_start = [], 0
    for i, at in enumerate(cues):
        end = cues[i + 1] if i + 1 < len(cues) else len(text)
        inside = [p for p in percents if at < p.start < end]
        if not inside:
            continue
        found.append(_StatedAverage(inside[0], frozenset(_sasaran_named(text[scope_start:end], section))))
        scope_start = inside[0].end
    return found


def _sasaran_column(layout, facts, section: dict) -> int | None:
    indicator_terms = facts.vocabulary.get("tables", {}).get("indicator", [])
    sasaran_terms = section.get("sasaran_columns", [])
    columns = [c.index for c in layout.columns
               if matches_any(c.label, sasaran_terms) and not matches_any(c.label, indicator_terms)]
    return columns[0] if len(columns) == 1 else None


def _cell_text(layout, row: int, col: int) -> str:
    cell = layout.cell(row, col)
    return " ".join(cell.text.split()) if cell is not None else ""


def _group_numbers(layout, starts: list[int]) -> list[int] | None:
    """The number each sasaran group goes by: its No cell when those count 1, 2, … from
    group to group and stay blank within a group, else its order when the table numbers
    nothing; None when the numbers count something else (the indicators)."""
    in_order = list(range(1, len(starts) + 1))
    number_cols = layout.columns_with("number")
    if not number_cols:
        return in_order
    col = number_cols[0]
    printed = [_cell_text(layout, row, col) for row in layout.data_rows]
    if not any(printed):
        return in_order
    at_starts = [numeral_value(_cell_text(layout, row, col)) for row in starts]
    inside_groups = [_cell_text(layout, row, col) for row in layout.data_rows if row not in starts]
    return in_order if at_starts == in_order and not any(inside_groups) else None


def _sasaran_of_rows(layout, facts, section: dict) -> dict[int, int] | None:
    """The sasaran number of each data row, read from the sasaran column (a filled cell
    starts a sasaran, blank cells below continue it); None when it cannot be told."""
    col = _sasaran_column(layout, facts, section)
    if col is None:
        return None
    starts, group_of, current = [], {}, None
    for row in layout.data_rows:
        text = fold(_cell_text(layout, row, col))
        if text and text != current:
            starts.append(row)
            current = text
        if starts:
            group_of[row] = len(starts)
    numbers = _group_numbers(layout, starts)
    if numbers is None:
        return None
    return {row: numbers[group - 1] for row, group in group_of.items()}


def _sasaran_indicators(facts, number: int, section: dict) -> list[Measurement]:
    """The report year's indicators of sasaran ``number``, when every indicator comes from
    one measurement table whose rows say which sasaran they belong to; else none."""
    indicators = facts.indicators
    if not indicators or len({id(m.info) for m in indicators}) != 1:
        return []
    sasaran_of_row = _sasaran_of_rows(indicators[0].layout, facts, section)
    if sasaran_of_row is None or any(m.row not in sasaran_of_row for m in indicators):
        return []
    return [m for m in indicators if sasaran_of_row[m.row] == number]


def _indicators_counted(text: str, leads: list[str]) -> int | None:
    """How many indicators a text says it speaks of: the N of "dari 6 (enam) indikator",
    "seluruh 6 indikator" (``leads`` are the words before N)."""
    alternation = alternatives(leads)
    if not alternation:
        return None
    found = find_counts(text, count_pattern(["indikator"], before=rf"(?<!\w)(?:{alternation})\s+"))
    return found[0].count if found else None


def _indicators_of_unnamed_average(facts, index: int, paragraph: Paragraph, section: dict) -> list[Measurement] | None:
    """The indicators in the tables just above. A paragraph that says how many indicators
    it speaks of ("Secara keseluruhan, dari 6 (enam) indikator …") sums up all of them
    when that is their number, else the tables above when that is theirs, else something
    that cannot be told."""
    above = _indicators_before(facts, index, section)
    counted = _indicators_counted(paragraph.text, section.get("counted_indicators", ["dari"]))
    if counted is None:
        return above
    every = facts.indicators
    if counted == len(every):
        return list(every)
    return above if above and len(above) == counted else None


def _sentence_averages(sentence: Sentence, paragraph: Paragraph, index: int, facts,
                       section: dict) -> list[AverageClaim]:
    """One sentence's averages. A lone average naming no sasaran sums up the tables above;
    one naming a sasaran (or one of several) sums up that sasaran's indicators, and is
    left alone when its sasaran cannot be told."""
    stated = _stated_averages(sentence.text, section)
    if len(stated) == 1 and not stated[0].sasaran:
        indicators = _indicators_of_unnamed_average(facts, index, paragraph, section)
        return [AverageClaim(sentence, stated[0].percent, tuple(indicators))] if indicators else []
    claims = []
    for average in stated:
        if len(average.sasaran) == 1:
            indicators = _sasaran_indicators(facts, next(iter(average.sasaran)), section)
            if indicators:
                claims.append(AverageClaim(sentence, average.percent, tuple(indicators)))
    return claims


def read_average_claims(facts) -> list[AverageClaim]:
    def compute():
        section = _claims_pack(facts).get("averages", {})
        found = []
        for index, paragraph in _paragraph_blocks(facts):
            for sentence in sentences(paragraph, facts.packs):
                if not _about_another_year(sentence.text, facts):
                    found += _sentence_averages(sentence, paragraph, index, facts, section)
        return found
    return compute()


# --- "sebanyak 2 (dua) indikator capaian diatas target" --------------------------------------

def _count_pattern(section: dict) -> re.Pattern | None:
    phrases = {direction: alternatives(section.get(direction, [])) for direction in ("above", "met", "below")}
    directions = "|".join(rf"(?P<{direction}>{body})" for direction, body in phrases.items() if body)
    gap = options.COUNT_MAX_GAP_WORDS.value({"claims": {"counts": section}})
    return count_pattern(["indikator"], after=rf"\b(?P<gap>(?:\s+(?!dari\b)[^\s\d]+){{0,{gap}}}?)\s+(?:{directions})(?!\w)")


def _count_before_total(text_before: str, section: dict) -> CountedNoun | None:
    """The "4 (empat)" of "4 (empat) dari 6 (enam) indikator …", ending ``text_before``."""
    found = find_counts(text_before, count_pattern(section.get("of_total", []), after=r"\s+$"))
    return found[-1] if found else None


def read_count_claims(facts) -> list[CountClaim]:
    def compute():
        section = _claims_pack(facts).get("counts", {})
        pattern = _count_pattern(section)
        indicators = tuple(facts.indicators)
        if not indicators:
            return []
        found = []
        for _, paragraph in _paragraph_blocks(facts):
            for sentence in sentences(paragraph, facts.packs):
                if _about_another_year(sentence.text, facts):
                    continue
                for match in pattern.finditer(sentence.text):
                    direction = next(d for d in ("above", "met", "below") if match.groupdict().get(d))
                    # "4 (empat) dari 6 (enam) indikator …": the count is the 4, the 6 the total
                    counted = _count_before_total(sentence.text[:match.start()], section) or read_count(match)
                    found.append(CountClaim(
                        sentence, counted.count, counted.printed_count, match.group(direction), direction,
                        _indicators_counted(sentence.text, ["dari"]) == len(indicators), indicators))
        return found
    return compute()


# --- "sebanyak 2 (dua) indikator … dalam kategori Baik" --------------------------------------

@dataclass(frozen=True)
class BandCountClaim:
    """A number of indicators said to lie in one band of the scale."""

    sentence: Sentence
    count: int
    count_text: str  # "2 (dua)"
    predicate: Predicate
    exact: bool  # the sentence says it speaks of every indicator ("dari 2 indikator")
    indicators: tuple[Measurement, ...]


def read_band_count_claims(facts) -> list[BandCountClaim]:
    """Each band predicate of a sentence with the count of indicators nearest before it
    ("sebanyak 2 (dua) indikator sasaran memperoleh capaian dalam kategori Baik"); the
    total of "dari 2 (dua) indikator" is not a count of a band."""
    from .predicates import find_predicates
    from .scale import band_names

    section = _claims_pack(facts).get("counts", {})
    indicators = tuple(facts.indicators)
    if not indicators:
        return []
    gap = options.BAND_COUNT_MAX_GAP_WORDS.value(facts.packs)
    averages = _claims_pack(facts).get("averages", {}).get("cues", []) + ["rata-rata", "rata rata", "rerata"]
    names = set(band_names(facts.packs))
    pattern = count_pattern(["indikator"])
    of_total = section.get("of_total", ["dari"])
    found = []
    for _, paragraph in _paragraph_blocks(facts):
        for sentence in sentences(paragraph, facts.packs):
            text = sentence.text
            if _about_another_year(text, facts):
                continue
            counts = find_counts(text, pattern)
            if not counts:
                continue
            predicates = [p for p in find_predicates(text, facts.packs) if p.name in names]
            for predicate in predicates:
                before = [c for c in counts if c.end <= predicate.start]
                if not before:
                    continue
                counted = before[-1]
                between = text[counted.end:predicate.start]
                if len(between.split()) > gap or any(counted.end <= p.start < predicate.start for p in predicates
                                                     if p is not predicate):
                    continue
                if re.search(r"\d", between) or matches_any(between, averages):
                    continue  # "3 indikator dengan rata-rata capaian 97,16 % … kategori Baik": the average's
                lead = text[:counted.start]
                if re.search(rf"(?<!\w)(?:{alternatives(of_total)})\s*$", lead, re.I):
                    continue  # "dari 2 (dua) indikator": the total, not a count
                total = _count_before_total(lead, section)
                if total is not None:
                    counted = total
                exact = _indicators_counted(text, ["dari"]) == len(indicators)
                found.append(BandCountClaim(sentence, counted.count, counted.printed_count, predicate, exact,
                                            indicators))
    return found


# --- "Sasaran 2 : … dengan capaian 100,00% tergolong Baik" ---------------------------------

@dataclass(frozen=True)
class AchievementClaim:
    """A capaian the prose quotes for one indicator or one sasaran of the measurement table."""

    sentence: Sentence
    stated: Number
    subject: str  # the indicator's name, or "Sasaran 2"
    indicators: tuple[Measurement, ...]  # the indicator, or the sasaran's indicators


def _quoted_capaian(text: str, cues: list[str]) -> Number | None:
    """The one percentage of a sentence, printed after a capaian cue ("dengan capaian
    100,00 %"); None for an average, a range, or several percentages."""
    found = percentages(text)
    if len(found) != 1 or _EQUALS_SIGN.search(text) or re.search(r"[x×*]\s*$", text[:found[0].start]):
        return None  # a formula: "Capaian = (2 - Realisasi / Target) x 100%"
    cue = alternatives(cues)
    before = text[:found[0].start]
    if not cue or not re.search(rf"(?<!\w)(?:{cue})(?!\w)[^,;]{{0,40}}$", before, re.I):
        return None
    return found[0]


def _sasaran_of_paragraph(text: str, facts, section: dict) -> int | None:
    """The one sasaran a paragraph opens with ("Sasaran 2 : …")."""
    opening = text[:60]
    named = _sasaran_named(opening, section)
    return next(iter(named)) if len(named) == 1 else None


def read_achievement_claims(facts) -> list[AchievementClaim]:
    section = _claims_pack(facts).get("averages", {})
    cues = _claims_pack(facts).get("achievements", {}).get("cues", [])
    indicators = list(facts.indicators)
    if not indicators:
        return []
    averages = section.get("cues", [])
    settings = facts.identity
    min_share = options.INDICATOR_MIN_SHARE.value(facts.packs)
    found = []
    for _, paragraph in _paragraph_blocks(facts):
        sasaran = _sasaran_of_paragraph(paragraph.text, facts, section)
        for sentence in sentences(paragraph, facts.packs):
            text = sentence.text
            if _about_another_year(text, facts) or matches_any(text, averages) or currency_amounts(text) \
                    or matches_any(text, _claims_pack(facts).get("shares", {}).get("budget_terms", [])):
                continue  # an average, or a budget's share
            stated = _quoted_capaian(text, cues)
            if stated is None:
                continue
            from .achievement import indicator_named_in
            named = indicator_named_in(text, indicators, settings, min_share)
            if named is not None:
                found.append(AchievementClaim(sentence, stated, named.indicator, (named,)))
            elif sasaran is not None:
                own = _sasaran_indicators(facts, sasaran, section)
                if own:
                    found.append(AchievementClaim(sentence, stated, f"Sasaran {sasaran}", tuple(own)))
    return found


# --- "7 indikator … dan 7 indikator … atau 92,86 % dari total indikator" ---------------------

@dataclass(frozen=True)
class IndicatorShareClaim:
    """A share of indicators: the counts it sums up, the total it is a share of, and the
    percentage printed."""

    sentence: Sentence
    stated: Number
    counts: tuple[CountedNoun, ...]
    total: int
    total_source: str  # "text" ("dari 15 indikator") or "table" (the measurement table's indicators)


_SHARE_OF_ALL = re.compile(r"^\s*\)?\s*(?:dari\s+(?:total|keseluruhan|seluruh|jumlah|semua)\b|dari\s+\d)", re.I)


def read_indicator_share_claims(facts) -> list[IndicatorShareClaim]:
    """"… 7 (tujuh) indikator mencapai target dan 7 (tujuh) indikator melampaui target atau
    92,86 % dari total indikator": the share is the counts before it (after any "dari N
    indikator" total) of the total the paragraph states, else of the measurement table's
    indicators; "13 indikator (86,67 %)" is the share of that one count."""
    pattern = count_pattern(["indikator"])
    of = count_pattern(["indikator"], before=r"(?<!\w)(?:dari|total|seluruh|keseluruhan|sejumlah)\s+")
    measured = len(facts.indicators)
    found = []
    for _, paragraph in _paragraph_blocks(facts):
        stated_totals = find_counts(paragraph.text, of)
        paragraph_total = stated_totals[0].count if len({t.count for t in stated_totals}) == 1 else None
        for sentence in sentences(paragraph, facts.packs):
            text = sentence.text
            if _about_another_year(text, facts):
                continue
            totals = find_counts(text, of)
            for percent in percentages(text):
                counted = [c for c in find_counts(text[:percent.start], pattern)
                           if not any(t.start <= c.start and c.end <= t.end for t in totals)]
                if not counted:
                    continue
                attached = re.match(r"^\s*\(?\s*$", text[counted[-1].end:percent.start])
                if attached:
                    counts = (counted[-1],)
                elif _SHARE_OF_ALL.match(text[percent.end:]) and re.match(r"^[^.;]*?\batau\s*(?:sebesar\s*)?$",
                                                                          text[counted[-1].end:percent.start]):
                    counts = tuple(counted)
                else:
                    continue
                total = paragraph_total if paragraph_total is not None else None
                source = "text"
                if total is None and measured and _SHARE_OF_ALL.match(text[percent.end:]):
                    total, source = measured, "table"
                if total:
                    found.append(IndicatorShareClaim(sentence, percent, counts, total, source))
    return found
