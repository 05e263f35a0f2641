"""Amounts broken down into parts in the prose: a whole and the parts it consists of.

Two shapes are read:

    Keseluruhan anggaran … sebesar Rp17.737.152.310 yang terdiri dari:
        a. Belanja Operasi              Rp. 17.255.971.010
           Belanja Pegawai  Rp. 9.971.300.660
           Belanja Barang   Rp. 7.284.670.350
        b. Belanja Modal                Rp. 481.181.300

(the parts in the same sentence, in the list paragraphs after it, or in a small table
right after it; a part's amount printed further right, or a different list marker,
makes it a parent of the parts below it), and

    - Program A dengan Anggaran Rp 1.021.253.900
    - Program B dengan Anggaran Rp 196.956.250
    Keseluruhan anggaran Program sejumlah Rp 1.218.210.150 …

(list items each with one amount, then a sentence giving their total). The parts of a
sentence end where another clause begins ("…, dengan realisasi sebesar Rp …"), and a
sentence "Realisasi tersebut terdiri atas A dan B" breaks down the realisation stated in
the sentence before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..catalog import options
from ..model import Block, Location, Paragraph, Table
from ..numbers import Number, find_numbers
from ..text.markers import label_family, strip_label
from ..textutil import fold, matches_any
from .sentences import Sentence, lead_in, sentences

# The total word of a closing sentence stands at its start: "Keseluruhan anggaran …".
_MAX_WORDS_BEFORE_TOTAL = 2
_INLINE_BOUNDARY = re.compile(r",|;|\bdan\b|\bserta\b")
_LEADING_PUNCTUATION = re.compile(r"^[\s:;,.=-]+|[\s:;,.=-]+$")
# Text between an amount and the percentage that belongs to it: "Rp X (P%)", "Rp X atau P%".
_ATTACHED = re.compile(r"^\s*(?:\(|atau(?:\s+sebesar)?|yaitu|=|,)?\s*$", re.I)


@dataclass(frozen=True)
class Part:
    label: str  # the part's name as printed, without its list marker
    amount: Number
    level: int  # 1 for a top-level part, 2 for a part of a part
    location: Location
    text: str  # the row or paragraph it comes from


@dataclass(frozen=True)
class Breakdown:
    whole: Number | None
    whole_label: str
    whole_location: Location | None
    whole_text: str
    parts: tuple[Part, ...]
    last_block: int  # index of the last block the breakdown covers
    whole_percent: Number | None = None  # a share printed with the whole: "Rp A (82,04%) meliputi …"

    def top(self) -> list[Part]:
        return [p for p in self.parts if p.level == 1]

    def children(self, parent: Part) -> list[Part]:
        index = self.parts.index(parent)
        below = []
        for part in self.parts[index + 1:]:
            if part.level <= parent.level:
                break
            below.append(part)
        return below


def clean_label(text: str, trailing_words: list[str]) -> str:
    """A part's name: without its marker, the words that tie it to its amount and dots."""
    label = strip_label(text)
    label = re.sub(r"\.{2,}", " ", label)
    changed = True
    while changed:
        changed = False
        label = _LEADING_PUNCTUATION.sub("", label)
        folded = fold(label)
        for word in sorted(trailing_words, key=len, reverse=True):
            word = fold(word)
            if folded.endswith(" " + word) or folded == word:
                label = label[: len(label) - len(word)].rstrip()
                changed = True
                break
    return " ".join(label.split())


@lru_cache(maxsize=8192)
def _numbers(text: str) -> tuple[Number, ...]:
    return tuple(find_numbers(text))


def currency_amounts(text: str) -> list[Number]:
    return [n for n in _numbers(text) if n.currency and n.value is not None and not n.percent]


def percentages(text: str) -> list[Number]:
    return [n for n in _numbers(text) if n.percent and n.value is not None]


def has_percent_attached(text: str, amount: Number, percents: list[Number]) -> bool:
    return any(p.start >= amount.end and _ATTACHED.match(text[amount.end:p.start]) for p in percents)


def attached_amount(text: str, percent: Number, amounts: list[Number]) -> Number | None:
    """The amount a percentage is printed with ("Rp X (P%)", "Rp X atau P%"), if any."""
    before = [a for a in amounts if a.end <= percent.start]
    if before and _ATTACHED.match(text[before[-1].end:percent.start]):
        return before[-1]
    return None


def amount_lead_in(text: str, amount: Number, shares: dict) -> str:
    """The words that name an amount of ``text`` (see ``sentences.lead_in``)."""
    stops = currency_amounts(text) + percentages(text)
    return lead_in(text, amount, stops, options.SHARE_MAX_WORDS_BEFORE.value({"claims": {"shares": shares}}))


def _paragraph_marker(paragraph: Paragraph) -> str | None:
    if paragraph.list_label:
        return label_family(paragraph.list_label + " x")
    return label_family(paragraph.text)


def _levels_by_marker(markers: list[str | None]) -> list[int]:
    """The first part's marker is the top level; parts with another marker (or none,
    when the first has one) sit below the top-level part before them."""
    first = markers[0]
    if first is None or len(set(markers)) == 1:
        return [1] * len(markers)
    return [1 if m == first else 2 for m in markers]


def opens_with_total(text: str, total_terms: list[str]) -> bool:
    at = term_at(text, total_terms)
    return at >= 0 and len(text[:at].split()) < _MAX_WORDS_BEFORE_TOTAL


def _parts_from_paragraphs(blocks: list[Block], start: int, packs_words: list[str], section: dict,
                           listed_only: bool = False) -> tuple[list[Part], int]:
    """Consecutive paragraphs from ``start`` holding one amount each (list items only, if
    asked), up to a paragraph that gives a total."""
    parts: list[tuple[Part, str | None]] = []
    index = start
    while index < len(blocks) and len(parts) < options.BREAKDOWN_MAX_ITEMS.value({"claims": {"breakdowns": section}}):
        block = blocks[index]
        if not isinstance(block, Paragraph) or block.heading_level is not None:
            break
        if (listed_only and not block.list_label) or opens_with_total(block.text, section.get("total", [])):
            break
        amounts = currency_amounts(block.text)
        if len(amounts) != 1:
            break
        amount = amounts[0]
        label = clean_label(block.text[:amount.start], packs_words)
        words_after = len(re.findall(r"\w+", block.text[amount.end:]))
        in_pack = {"claims": {"breakdowns": section}}
        if not label or len(label.split()) > options.BREAKDOWN_MAX_LABEL_WORDS.value(in_pack) \
                or words_after > options.BREAKDOWN_MAX_WORDS_AFTER.value(in_pack):
            break  # a sentence that mentions an amount, not a listed part
        part = Part(label, amount, 1, block.location, block.text)
        parts.append((part, _paragraph_marker(block)))
        index += 1
    levels = _levels_by_marker([m for _, m in parts]) if parts else []
    return [Part(p.label, p.amount, level, p.location, p.text) for (p, _), level in zip(parts, levels)], index - 1


def _parts_from_table(table: Table, packs_words: list[str]) -> list[Part] | None:
    """Rows of a small breakdown table: a label and one amount each. None when a row with
    text carries no single amount (then the table is something else)."""
    rows = []
    for r in range(table.n_rows):
        cells = [c for c in table.rows[r] if c.text.strip()]
        if not cells:
            continue
        amount_cells = [(c, currency_amounts(c.text)) for c in cells]
        amount_cells = [(c, a) for c, a in amount_cells if a]
        if len(amount_cells) != 1 or len(amount_cells[0][1]) != 1:
            return None
        cell, (amount,) = amount_cells[0]
        label_cells = [c for c in cells if c is not cell and c.col < cell.col]
        label_text = label_cells[0].text if label_cells else cell.text[:amount.start]
        label = clean_label(label_text, packs_words)
        if not label:
            return None
        rows.append((r, cell, amount, label, label_text))
    if len(rows) < 2:
        return None
    columns = sorted({cell.col for _, cell, *_ in rows})
    if len(columns) > 1:
        levels = [1 if cell.col == columns[-1] else 2 for _, cell, *_ in rows]
    else:
        levels = _levels_by_marker([label_family(label_text) for *_, label_text in rows])
    if levels[0] != 1:
        return None
    parts = []
    for (r, cell, amount, label, _), level in zip(rows, levels):
        location = table.cell_location(cell, row_label=label)
        parts.append(Part(label, amount, level, location, " | ".join(c.text for c in table.rows[r])))
    return parts


def term_at(text: str, terms: list[str]) -> int:
    """Where the first of the terms starts in ``text`` (any case, any spacing), or -1."""
    positions = []
    for term in terms:
        pattern = r"\s+".join(re.escape(word) for word in fold(term).split())
        match = re.search(r"(?<!\w)" + pattern + r"(?!\w)", text, re.I)
        if match:
            positions.append(match.start())
    return min(positions) if positions else -1


def _listed_amounts(text: str, at: int, amounts: list[Number], section: dict) -> list[Number]:
    """The amounts after the opening words ``at`` that are parts: up to a word that starts
    another clause ("dengan realisasi", "sehingga"), and not an amount printed with a
    percentage after parts printed without one ("…, dengan realisasi Rp C atau 96%")."""
    clause_end = term_at(text[at:], section.get("clause_ends", []))
    end = at + clause_end if clause_end >= 0 else len(text)
    percents = percentages(text)
    listed: list[Number] = []
    for amount in (a for a in amounts if at < a.start and a.end <= end):
        with_percent = has_percent_attached(text, amount, percents)
        if listed and with_percent and not any(has_percent_attached(text, a, percents) for a in listed):
            break
        listed.append(amount)
    return listed


def _inline_parts(text: str, at: int, listed: list[Number], trailing: list[str], location: Location) -> list[Part]:
    parts, previous_end = [], at
    for amount in listed:
        piece = _INLINE_BOUNDARY.split(text[previous_end:amount.start])[-1]
        parts.append(Part(clean_label(piece, trailing), amount, 1, location, text))
        previous_end = amount.end
    return parts


def _words(text: str) -> list[str]:
    return re.findall(r"[\w/-]+", fold(text))


def _subject_named_back(text_before_opening: str, section: dict, shares: dict) -> list[str] | None:
    """The words of "Realisasi tersebut" / "Pagu anggaran tersebut" before the opening
    words, when they start with a budget or realisation term; None otherwise."""
    words = _words(text_before_opening)
    referring = {fold(w) for w in section.get("referring", [])}
    if len(words) < 2 or words[-1] not in referring:
        return None
    subject = words[:-1]
    kinds = shares.get("budget_terms", []) + shares.get("realisation_terms", [])
    return subject if term_at(subject[0], kinds) == 0 else None


def _names_subject(lead: str, subject: list[str], shares: dict) -> bool:
    """Whether an amount's lead-in names the subject: all its words, as a budget only when
    it is not named as the realisation, and never as a remainder."""
    named = _words(lead)
    if not all(word in named for word in subject):
        return False
    if matches_any(lead, shares.get("remainder_terms", [])):
        return False
    is_realisation = matches_any(" ".join(subject), shares.get("realisation_terms", []))
    return is_realisation or not matches_any(lead, shares.get("realisation_terms", []))


def _whole_named_back(previous: Sentence, subject: list[str], shares: dict) -> Number | None:
    """The one amount of the sentence before that its lead-in names as the subject."""
    named = [a for a in currency_amounts(previous.text)
             if _names_subject(amount_lead_in(previous.text, a, shares), subject, shares)]
    return named[0] if len(named) == 1 else None


def _stated_whole(sentence: Sentence, previous: Sentence | None, at: int, amounts: list[Number],
                  section: dict, shares: dict) -> tuple[Number, str, str] | None:
    """(whole, its text, the text it is stated in): the last amount before the opening
    words, or the amount of the sentence before that "… tersebut" names back."""
    before = [a for a in amounts if a.end <= at]
    if before:
        whole = _whole_like_parts(sentence.text, at, before, section)
        return whole, sentence.text[:whole.start], sentence.text
    subject = _subject_named_back(sentence.text[:at], section, shares)
    if subject is None or previous is None:
        return None
    whole = _whole_named_back(previous, subject, shares)
    if whole is None:
        return None
    return whole, previous.text[:whole.start], f"{previous.text} {sentence.text}"


def _whole_like_parts(text: str, at: int, before: list[Number], section: dict) -> Number:
    """The whole of "realisasi Rp A (67 %) dari alokasi Rp B meliputi X Rp C (72 %) dan Y Rp
    D (61 %)": the one amount before the opening words printed with a percentage, as its
    parts are (A, not B); else the last amount before them."""
    percents = percentages(text)
    listed = _listed_amounts(text, at, currency_amounts(text), section)
    if listed and all(has_percent_attached(text, a, percents) for a in listed):
        with_percent = [a for a in before if has_percent_attached(text, a, percents)]
        if len(with_percent) == 1:
            return with_percent[0]
    return before[-1]


def _opening_breakdowns(blocks: list[Block], section: dict, trailing: list[str], packs: dict) -> list[Breakdown]:
    shares = packs.get("claims", {}).get("shares", {})
    found = []
    for index, block in enumerate(blocks):
        if not isinstance(block, Paragraph):
            continue
        block_sentences = sentences(block, packs)
        for number, sentence in enumerate(block_sentences):
            at = term_at(sentence.text, section.get("opening", []))
            if at < 0:
                continue
            amounts = currency_amounts(sentence.text)
            previous = block_sentences[number - 1] if number > 0 else None
            stated = _stated_whole(sentence, previous, at, amounts, section, shares)
            if stated is None:
                continue
            whole, whole_text_before, whole_sentence = stated
            whole_label = clean_label(whole_text_before, trailing)
            location = block.location
            after = [a for a in amounts if a.start > at]
            listed = _listed_amounts(sentence.text, at, amounts, section)
            if len(listed) >= 2:
                parts, last = _inline_parts(sentence.text, at, listed, trailing, location), index
            elif not after and index + 1 < len(blocks):
                following = blocks[index + 1]
                if isinstance(following, Table):
                    parts, last = _parts_from_table(following, trailing) or [], index + 1
                else:
                    parts, last = _parts_from_paragraphs(blocks, index + 1, trailing, section)
            else:
                continue
            if parts:
                percent = next((p for p in percentages(sentence.text) if attached_amount(sentence.text, p, [whole])),
                               None) if whole_sentence == sentence.text else None
                found.append(Breakdown(whole, whole_label, location, whole_sentence, tuple(parts), last, percent))
    return found


def _names_only_the_list(text: str, amount: Number, section: dict) -> bool:
    """Whether the words before the total amount say no more than "the total of the above"."""
    generic = {fold(w) for w in section.get("closing_words", [])}
    return all(word in generic for word in re.findall(r"[\w.]+", fold(text[:amount.start])))


def _closing_breakdowns(blocks: list[Block], section: dict, trailing: list[str], packs: dict) -> list[Breakdown]:
    """List items with one amount each, then a sentence opening with a total word and the
    total amount ("Keseluruhan anggaran Program sejumlah Rp …")."""
    found = []
    total_terms = section.get("total", [])
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if not (isinstance(block, Paragraph) and block.list_label):
            index += 1
            continue
        parts, last = _parts_from_paragraphs(blocks, index, trailing, section, listed_only=True)
        listed = last - index + 1
        if len(parts) >= 2 and last + 1 < len(blocks) and isinstance(blocks[last + 1], Paragraph):
            closing = blocks[last + 1]
            first_sentence = sentences(closing, packs)[:1]
            if first_sentence:
                text = first_sentence[0].text
                amounts = currency_amounts(text)
                if (amounts and opens_with_total(text, total_terms) and term_at(text, total_terms) < amounts[0].start
                        and _names_only_the_list(text, amounts[0], section)):
                    whole = amounts[0]
                    found.append(Breakdown(whole, clean_label(text[:whole.start], trailing), closing.location,
                                           text, tuple(Part(p.label, p.amount, 1, p.location, p.text) for p in parts),
                                           last + 1))
        index += max(listed, 1)
    return found


def read_breakdowns(facts) -> list[Breakdown]:
    """Every breakdown in the report, in document order."""
    def compute():
        section = facts.packs.get("claims", {}).get("breakdowns", {})
        shares = facts.packs.get("claims", {}).get("shares", {})
        trailing = shares.get("linking", []) + ["dengan anggaran", "anggaran", "dengan", "rp", "rp."]
        blocks = list(facts.prose)
        found = _opening_breakdowns(blocks, section, trailing, facts.packs)
        found += _closing_breakdowns(blocks, section, trailing, facts.packs)
        return sorted(found, key=lambda b: b.last_block)
    return compute()
