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

from ..model import Paragraph
from ..numbers import Number, find_numbers
from ..textutil import fold, matches_any
from .achievement import Measurement, indicator_measurements, measurements
from .breakdowns import Breakdown, breakdowns, clean_label, currency_amounts, term_at
from .hierarchy import row_hierarchy
from .identity import IdentitySettings, content_words, same_name
from .period import report_year
from .sentences import Sentence, report_prose, sentences

# Text between an amount and the percentage that belongs to it: "Rp X (P%)", "Rp X atau P%".
_ATTACHED = re.compile(r"^\s*(?:\(|atau(?:\s+sebesar)?|yaitu|=|,)?\s*$", re.I)
_OF = re.compile(r"\s*\)?\s*dari\s+", re.I)
_PIECE_BOUNDARY = re.compile(r"[,;:]|\b(?:dan|serta|sedangkan)\b", re.I)
_WORDS_BEFORE_AMOUNT = 6
_YEAR = re.compile(r"(?<![\d.,])((?:19|20)\d{2})(?![\d.,]?\d)")


@dataclass(frozen=True)
class ShareClaim:
    """"P%" said of a part of a whole, with the part's and the whole's amounts found."""

    sentence: Sentence
    percent: Number
    part_label: str
    part: Decimal
    whole_label: str
    whole: Decimal


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
    return [(i, b) for i, b in enumerate(report_prose(facts)) if isinstance(b, Paragraph)]


def _percents(text: str) -> list[Number]:
    return [n for n in find_numbers(text) if n.percent and n.value is not None]


def _about_another_year(text: str, facts) -> bool:
    """A sentence naming a year other than the report's ("pada tahun 2020 sebanyak 3
    indikator …") speaks of other figures than this year's table."""
    year = report_year(facts)
    return any(year is None or int(found) != year for found in _YEAR.findall(text))


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


def _part_amount(breakdown: Breakdown, name: str) -> tuple[Decimal, int] | None:
    """The amount and level of the one part called ``name`` (parts repeated with the same
    amount count once)."""
    matches = {(p.amount.value, p.level) for p in breakdown.parts if fold(p.label) == fold(name)}
    amounts = {value for value, _ in matches}
    if len(amounts) != 1:
        return None
    return amounts.pop(), min(level for _, level in matches)


def listed_shares(facts) -> list[ShareClaim]:
    claims_pack = _claims_pack(facts)
    shares = claims_pack.get("shares", {})
    distance = int(shares.get("max_distance", 4))
    found = []
    all_breakdowns = breakdowns(facts)
    for index, paragraph in _paragraph_blocks(facts):
        candidates = [b for b in all_breakdowns if 0 < index - b.last_block <= distance]
        if not candidates:
            continue
        breakdown = candidates[-1]
        for sentence in sentences(paragraph, facts.packs):
            percents = _percents(sentence.text)
            if (not percents or currency_amounts(sentence.text)
                    or matches_any(sentence.text, shares.get("realisation_terms", []))):
                continue
            names = _share_names(sentence, percents, shares)
            resolved = [_part_amount(breakdown, name) if name else None for name in names]
            if any(r is None for r in resolved) or any(level != 1 for _, level in resolved):
                continue
            if breakdown.whole is not None:
                whole, whole_label = breakdown.whole.value, breakdown.whole_label
            elif len(resolved) == len(breakdown.top()):
                whole, whole_label = sum(v for v, _ in resolved), " + ".join(names)
            else:
                continue
            for number, name, (amount, _) in zip(percents, names, resolved):
                found.append(ShareClaim(sentence, number, name, amount, whole_label, whole))
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


def _table_total(facts, name: str) -> tuple[Decimal, str] | None:
    """The budget-column TOTAL of the one table introduced as ``name``."""
    found = []
    for info in facts.tables:
        if info.document is not facts.report:
            continue
        context = [info.table.caption or ""] + list(info.context[-2:])
        if not any(matches_any(text, [name]) for text in context):
            continue
        layout = info.layout
        budget_cols = [c.index for c in layout.columns if "budget" in c.roles and "percent" not in c.roles]
        if not budget_cols:
            continue
        rows = [r for r in layout.data_rows if any(c.text.strip() for c in layout.table.rows[r])]
        totals = [i for i in row_hierarchy(layout, rows, facts.vocabulary) if i.is_total]
        if len(totals) != 1:
            continue
        value = layout.number(totals[0].row, budget_cols[0])
        if value is not None and not value.percent:
            caption = layout.table.caption or f"{totals[0].label} {layout.column_label(budget_cols[0])}"
            found.append((value.value, caption))
    return found[0] if len(found) == 1 else None


def named_whole_shares(facts) -> list[ShareClaim]:
    shares = _claims_pack(facts).get("shares", {})
    found = []
    for _, paragraph in _paragraph_blocks(facts):
        for sentence in sentences(paragraph, facts.packs):
            amounts = currency_amounts(sentence.text)
            percents = _percents(sentence.text)
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
                                    f"{name} ({total[1]})", total[0]))
    return found


# --- "realisasi Rp A (P%) dari pagu Rp B": the whole stated in the same sentence or paragraph -

def _introduced_by(text: str, amount: Number, terms: list[str]) -> bool:
    before = " ".join(text[:amount.start].split()[-_WORDS_BEFORE_AMOUNT:])
    return matches_any(before, terms)


def _attached_amount(text: str, percent: Number, amounts: list[Number]) -> Number | None:
    before = [a for a in amounts if a.end <= percent.start]
    if before and _ATTACHED.match(text[before[-1].end:percent.start]):
        return before[-1]
    return None


def _has_percent_attached(text: str, amount: Number, percents: list[Number]) -> bool:
    return any(p.start >= amount.end and _ATTACHED.match(text[amount.end:p.start]) for p in percents)


def _budget_amounts(text: str, shares: dict, part: Number | None = None) -> list[Number]:
    """Amounts other than ``part`` introduced as a budget (pagu, anggaran), not as a
    realisation, carrying no percentage of their own."""
    amounts = currency_amounts(text)
    percents = _percents(text)
    return [a for a in amounts
            if (part is None or a.start != part.start)
            and _introduced_by(text, a, shares.get("budget_terms", []))
            and not _introduced_by(text, a, shares.get("realisation_terms", []))
            and not _has_percent_attached(text, a, percents)]


def stated_whole_shares(facts) -> list[ShareClaim]:
    shares = _claims_pack(facts).get("shares", {})
    found = []
    for _, paragraph in _paragraph_blocks(facts):
        paragraph_sentences = sentences(paragraph, facts.packs)
        for sentence in paragraph_sentences:
            text = sentence.text
            amounts = currency_amounts(text)
            percents = _percents(text)
            for percent in percents:
                part = _attached_amount(text, percent, amounts)
                if part is None or not _introduced_by(text, part, shares.get("realisation_terms", [])):
                    continue
                wholes = _budget_amounts(text, shares, part)
                of = _OF.match(text, percent.end)
                if not wholes and of and term_at(text[of.end():], shares.get("budget_terms", [])) == 0:
                    others = [s for s in paragraph_sentences if s is not sentence]
                    wholes = [a for s in others for a in _budget_amounts(s.text, shares)]
                if len(wholes) != 1:
                    continue
                whole = wholes[0]
                found.append(ShareClaim(
                    sentence, percent, clean_label(text[:part.start], shares.get("linking", [])), part.value,
                    whole.raw, whole.value))
    return found


def share_claims(facts) -> list[ShareClaim]:
    return facts.memo("claims.shares", lambda: listed_shares(facts) + named_whole_shares(facts)
                      + stated_whole_shares(facts))


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
    settings = IdentitySettings.from_vocabulary(facts.vocabulary)
    infos = {id(info.table): info for info in facts.tables}
    candidates = indicator_measurements(facts)
    blocks = report_prose(facts)
    distance = int(section.get("max_distance", 16))
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
        own = [m for m in measurements(facts) if m.info is info and m.this_year]
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


def average_claims(facts) -> list[AverageClaim]:
    def compute():
        section = _claims_pack(facts).get("averages", {})
        cues = section.get("cues", [])
        found = []
        for index, paragraph in _paragraph_blocks(facts):
            for sentence in sentences(paragraph, facts.packs):
                at = term_at(sentence.text, cues)
                if at < 0 or _about_another_year(sentence.text, facts):
                    continue
                percents = [p for p in _percents(sentence.text) if p.start > at]
                if not percents:
                    continue
                indicators = _indicators_before(facts, index, section)
                if indicators:
                    found.append(AverageClaim(sentence, percents[0], tuple(indicators)))
        return found
    return facts.memo("claims.averages", compute)


# --- "sebanyak 2 (dua) indikator capaian diatas target" --------------------------------------

def _count_pattern(section: dict) -> re.Pattern:
    phrases = {direction: section.get(direction, []) for direction in ("above", "met", "below")}
    alternatives = "|".join(
        rf"(?P<{direction}>" + "|".join(r"\s+".join(map(re.escape, fold(p).split())) for p in terms) + ")"
        for direction, terms in phrases.items() if terms)
    gap = int(section.get("max_gap_words", 5))
    return re.compile(
        rf"(?<![\d.,])(?P<count>\d{{1,3}})(?P<words>\s*\([a-z\s]+\))?\s+indikator\b"
        rf"(?P<gap>(?:\s+(?!dari\b)[^\s\d]+){{0,{gap}}}?)\s+(?:{alternatives})(?!\w)",
        re.I)


def _total_stated(text: str) -> int | None:
    match = re.search(r"\bdari\s+(\d{1,3})\s*(?:\([a-z\s]+\))?\s+indikator\b", text, re.I)
    return int(match.group(1)) if match else None


def count_claims(facts) -> list[CountClaim]:
    def compute():
        section = _claims_pack(facts).get("counts", {})
        pattern = _count_pattern(section)
        indicators = tuple(indicator_measurements(facts))
        if not indicators:
            return []
        found = []
        for _, paragraph in _paragraph_blocks(facts):
            for sentence in sentences(paragraph, facts.packs):
                if _about_another_year(sentence.text, facts):
                    continue
                for match in pattern.finditer(sentence.text):
                    direction = next(d for d in ("above", "met", "below") if match.groupdict().get(d))
                    count_text = (match.group("count") + (match.group("words") or "")).strip()
                    found.append(CountClaim(
                        sentence, int(match.group("count")), " ".join(count_text.split()),
                        match.group(direction), direction,
                        _total_stated(sentence.text) == len(indicators), indicators))
        return found
    return facts.memo("claims.counts", compute)
