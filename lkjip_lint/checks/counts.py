"""An announced count ("sebanyak 4 (empat) kegiatan yaitu :") must match the list that follows."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Iterator

from ..catalog import options
from ..catalog.counts import LIST_COUNT_MISMATCH, RULES  # noqa: F401  (RULES: this module's rules)
from ..findings import ROLE_REFERENCE, Finding, Related, make_finding
from ..model import Document, Paragraph, Table
from ..numwords import number_to_words
from ..textutil import fold, shorten
from ..text.captions import is_caption
from ..text.counts import count_pattern, find_counts
from ..text.sentences import is_one_sentence, last_sentence_start, sentence_at
from ..understand.headings import is_heading_like
from ..text.markers import Label
from ..understand.lists import Event, ListTracker, split_label, track_paragraph_lists
from ..understand.sentences import prose_blocks


_MAX_ITEM_CHARS = 160


@dataclass(frozen=True)
class Claim:
    noun: str
    stated: int
    start: int
    end: int


@dataclass(frozen=True)
class Item:
    paragraph: Paragraph
    label: Label | None
    content: str
    depth: int | None  # None for a line without a label

    def summary(self) -> str:
        head = f"{self.label.raw} " if self.label else ""
        return head + shorten(self.content, 50)


class _Settings:
    def __init__(self, packs: dict):
        counts = packs.get("structure", {}).get("counts", {})
        self.nouns = sorted(counts.get("nouns", []), key=len, reverse=True)
        self.max_blocks = options.LIST_MAX_BLOCKS.value(packs)
        self.prose_words = frozenset(counts.get("prose_words", []))
        introducers = "|".join(re.escape(w) for w in sorted(counts.get("introducers", []), key=len, reverse=True))
        self.ends_with_introducer = re.compile(rf"(?:\b(?:{introducers})\s*:?|:)\s*$" if introducers else r":\s*$")
        self.claim = count_pattern(self.nouns)

    def names(self, content: str, noun: str) -> bool:
        """Whether a list item or line is one of ``noun`` ("Kegiatan : Koordinasi …")."""
        folded = fold(content)
        match = re.match(rf"{re.escape(noun)}(?![\w-])\s*:?\s*(\S*)", folded)
        if not match:
            return False
        return match.group(1).strip(":,") not in self.prose_words

    def names_any_other(self, content: str, noun: str) -> bool:
        return any(other != noun and self.names(content, other) for other in self.nouns)

    def is_item_line(self, content: str, noun: str) -> bool:
        """An unlabelled line standing for one item: short, one sentence, naming the noun."""
        return (len(content) <= _MAX_ITEM_CHARS and is_one_sentence(content.rstrip("."))
                and self.names(content, noun))


def _claims(text: str, settings: _Settings) -> list[Claim]:
    """Counts announced by the last sentence of ``text`` when it introduces a list."""
    if settings.claim is None or not settings.ends_with_introducer.search(fold(text).rstrip("* ")):
        return []
    by_noun: dict[str, Claim] = {}
    for counted in find_counts(text, settings.claim, last_sentence_start(text)):
        if not counted.words_agree:
            continue
        noun = fold(counted.noun)
        by_noun[noun] = Claim(noun, counted.count, counted.start, counted.end)  # the last one wins
    return list(by_noun.values())


def _follow_list(blocks, start: int, tracker: ListTracker, settings: _Settings,
                 claims: list[Claim]) -> list[Item] | None:
    """The items after an announcing paragraph, or None when the list's end is unclear."""
    base = tracker.depth
    items: list[Item] = []
    top_rank = None
    for index in range(start, min(len(blocks), start + settings.max_blocks)):
        block = blocks[index]
        if isinstance(block, Table):
            if not items:
                return None
            continue
        if is_heading_like(block) or is_caption(block.text):
            return items
        label, content = split_label(block)
        if label is None:
            if _claims(content, settings):
                return items
            if not items and not any(settings.is_item_line(content, c.noun) for c in claims):
                return None
            items.append(Item(block, None, content, None))
            continue
        placement = tracker.feed(label, block)
        if placement.event in (Event.REPEAT, Event.SKIP):
            return None  # a number repeated or skipped, here or in a list around: the shape is unclear
        if placement.depth < base:
            return items
        if placement.event == Event.ORPHAN:
            return items if top_rank is not None and label.rank < top_rank else None
        if placement.depth == base and top_rank is None:
            top_rank = label.rank
        items.append(Item(block, label, content, placement.depth))
    return items if start + settings.max_blocks >= len(blocks) else None


def _count(items: list[Item], noun: str, base: int, settings: _Settings) -> list[Item] | None:
    """The items that stand for ``noun``, or None when the list's shape is not understood."""
    top = [item for item in items if item.depth == base]
    if not top:
        return None
    if any(settings.names(item.content, noun) for item in top):
        return top
    nested = [item for item in items if item.depth != base
              and (settings.names(item.content, noun) if item.label else settings.is_item_line(item.content, noun))]
    if nested:
        return nested
    if any(settings.names_any_other(item.content, noun) for item in top):
        return None
    return top


def _finding(paragraph: Paragraph, claim: Claim, counted: list[Item]) -> Finding:
    text = paragraph.text
    n = len(counted)
    evidence = "; ".join(item.summary() for item in counted)
    return make_finding(
        LIST_COUNT_MISMATCH.code,
        paragraph.location,
        "list-count-mismatch",
        found=text[claim.start:claim.end],
        expected=f"{n} ({number_to_words(n)}) {claim.noun}",
        evidence=evidence,
        related=[Related(item.paragraph.location, item.summary(), ROLE_REFERENCE) for item in counted],
        snippet=sentence_at(text, claim.start, claim.end),
        stated=claim.stated,
        counted=n,
        noun=claim.noun,
    )


def _one_list_for_all(claims: list[Claim], items: list[Item], base: int, settings: _Settings) -> bool:
    """"3 (tiga) sasaran strategis dan 1 (satu) sasaran non strategis yaitu :" with four items:
    the claims of one sentence share the list, which holds their sum."""
    if len(claims) < 2:
        return False
    top = [item for item in items if item.depth == base]
    return len(top) == sum(claim.stated for claim in claims)


def _check_document(document: Document, settings: _Settings) -> Iterator[Finding]:
    blocks = document.blocks
    for index, block, tracker in track_paragraph_lists(document):
        claims = _claims(block.text, settings)
        if not claims:
            continue
        ahead = tracker.snapshot()
        items = _follow_list(blocks, index + 1, ahead, settings, claims)
        if not items or _one_list_for_all(claims, items, tracker.depth, settings):
            continue
        for claim in claims:
            counted = _count(items, claim.noun, tracker.depth, settings)
            if counted is not None and len(counted) != claim.stated:
                yield _finding(block, claim, counted)


def check(facts, config) -> Iterator[Finding]:
    settings = _Settings(facts.packs)
    for document in facts.documents:
        # A PDF's printed lines joined into paragraphs: a wrapped item is one item.
        yield from _check_document(replace(document, blocks=prose_blocks(document)), settings)
