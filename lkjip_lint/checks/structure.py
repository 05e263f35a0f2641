"""The report's outline, its table of contents, and the numbering of its tables and lists."""

from __future__ import annotations

import re
from typing import Iterator

from rapidfuzz import fuzz

from ..catalog import options
from ..catalog.structure import MISSING_SECTION, DUPLICATE_TABLE_NUMBER, LIST_NUMBERING, TOC_ENTRY_MISSING, RULES  # noqa: F401  (RULES: this module's rules)
from ..findings import Finding, Related, make_finding
from ..model import Document, Location, Paragraph
from ..textutil import contains_term, fold, matches_any, shorten
from ..text.captions import read_caption
from ..text.headings import chapter_number
from ..understand.document_kind import OTHER_PLAN, document_kind
from ..understand.headings import is_heading_like
from ..text.markers import label_text, parse_label, roman_value
from ..understand.lists import Event, ListRun, ListTracker, track_paragraph_lists
from ..understand.heading_numbers import repeated_heading_numbers
from ..understand.outline import Heading, contents_pages, headings, table_of_contents, title_words
from ..understand.places import cell_location
from ..understand.year_mentions import is_performance_report


_CAPTION_NOT_TITLE = frozenset({"menunjukkan", "memperlihatkan", "menggambarkan", "di", "diatas", "tersebut",
                                "dapat", "berikut", "ini", "dan"})
_CAPTION_MAX_CHARS = 200
_CAPTION_LOOKBACK = 2
_NO_COLUMN = ("no", "no.", "nomor", "no urut", "nomor urut")
_MIN_TABLE_MARKERS = 3


def _structure(facts) -> dict:
    return facts.packs.get("structure", {})


def _is_report(document: Document, settings: dict) -> bool:
    words = settings.get("report", {}).get("words", ["kinerja"])
    return any(contains_term(document.text(), word) for word in words)


# --- LKJ511 --------------------------------------------------------------------------

def _starts_with_title(heading: Heading, titles: list[str]) -> bool:
    return any(heading.words == t or heading.words.startswith(t + " ") for t in titles)


def _contains_title(heading: Heading, titles: list[str]) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(t)}(?!\w)", heading.words) for t in titles)


def _section_heading(found: list[Heading], titles: list[str]) -> Heading | None:
    """The heading that opens a top-level section: a "BAB" heading with its title when there
    is one (a line of the foreword may start with a chapter's words too), else the first."""
    matches = [h for h in found if _starts_with_title(h, titles)]
    return next((h for h in matches if h.chapter), matches[0] if matches else None)


def _page_of(heading: Heading) -> int | None:
    return heading.location.page


def _may_be_on_a_scan(section_id: str, top_ids: list[str], first_match: dict[str, Heading],
                      scanned: set[int]) -> bool:
    """Whether a page without a text layer lies where a missing section would be printed:
    between the pages of the found sections before and after it in the outline."""
    if not scanned:
        return False
    position = top_ids.index(section_id)
    before = [_page_of(first_match[i]) for i in top_ids[:position] if i in first_match]
    after = [_page_of(first_match[i]) for i in top_ids[position + 1:] if i in first_match]
    low = max((p for p in before if p is not None), default=0)
    high = min((p for p in after if p is not None), default=max(scanned) + 1)
    return any(low <= page <= high for page in scanned)


def _missing_sections(document: Document, found: list[Heading], outline: list[dict],
                      companions: list[Heading]) -> Iterator[Finding]:
    """Top-level sections anywhere in the report; parts of Bab III inside it; annexes after
    the closing chapter or in a companion document (a PK filed beside the report). A
    section that may be printed on a page without a text layer (a scanned foreword) is
    not reported: it cannot be seen."""
    top_ids = [s["id"] for s in outline if "within" not in s and "after" not in s]
    scanned = set(document.metadata.get("pages_without_text") or ())
    first_match: dict[str, Heading] = {}
    for section in outline:
        if section["id"] in top_ids:
            titles = [title_words(t) for t in section.get("titles", [])]
            match = _section_heading(found, titles)
            if match:
                first_match[section["id"]] = match
    by_id = {s["id"]: s for s in outline}
    for section in outline:
        titles = [title_words(t) for t in section.get("titles", [])]
        if section["id"] in top_ids:
            if section["id"] not in first_match and not _may_be_on_a_scan(section["id"], top_ids, first_match, scanned):
                yield _missing(Location(file=document.path), section["name"])
            continue
        parent_id = section.get("within") or section.get("after")
        anchor = first_match.get(parent_id)
        if anchor is None:
            continue  # the missing parent is reported already
        if "within" in section:
            later = [h.index for h in first_match.values() if h.index > anchor.index and h.chapter]
            end = min(later, default=len(document.blocks))
            scope = [h for h in found if anchor.index < h.index < end]
        else:
            scope = [h for h in found if h.index > anchor.index] + companions
        if not any(_contains_title(h, titles) for h in scope):
            yield _missing(anchor.location, section["name"], by_id[parent_id]["name"] if "within" in section else None)


def _missing(location: Location, section: str, parent: str | None = None) -> Finding:
    if parent is None:
        return make_finding(MISSING_SECTION.code, location, "missing-section", expected=section, section=section)
    return make_finding(MISSING_SECTION.code, location, "missing-subsection", expected=section,
                        section=section, parent=parent)


def _is_another_plan(document: Document, settings: dict) -> bool:
    report = settings.get("report", {})
    return document_kind(document, report.get("titles", []), report.get("other_plans", [])) == OTHER_PLAN


# --- LKJ514 --------------------------------------------------------------------------

def _similarity(entry: str, heading: str) -> float:
    entry_words, heading_words = set(entry.split()), set(heading.split())
    if entry_words and entry_words <= heading_words:
        return 100.0
    return max(fuzz.ratio(entry, heading), fuzz.token_sort_ratio(entry, heading))


def _missing_toc_entries(toc, found: list[Heading], settings: dict, facts) -> Iterator[Finding]:
    threshold = options.TOC_MIN_SIMILARITY.value(facts.packs)
    optional = settings.get("optional", [])
    annex_titles = [title_words(t) for t in settings.get("annex_titles", [])]
    toc_titles = {title_words(t) for t in settings.get("titles", [])}
    in_annex_list = False
    for entry in toc.entries:
        words = title_words(entry.text)
        if in_annex_list or not words or words in toc_titles or matches_any(entry.text, optional):
            continue
        if any(words == t or words.startswith(t + " ") for t in annex_titles):
            in_annex_list = True
        if any(_similarity(words, h.words) >= threshold for h in found):
            continue
        yield make_finding(TOC_ENTRY_MISSING.code, entry.location, "toc-entry-missing", found=entry.text)


_COVER_MIN_SECTIONS = 3


def _looks_whole(document: Document, found: list[Heading], outline: list[dict], facts) -> bool:
    """Whether a document is a whole report rather than an excerpt: it has several
    chapters, or a cover (its first page names it a performance report) and several parts
    of the outline (an excerpt may open with the report's title too); a rules pack may ask
    for the outline of every document (``whole_report_min_chapters`` = 0)."""
    needed = options.WHOLE_REPORT_MIN_CHAPTERS.value(facts.packs)
    if needed <= 0:
        return True
    chapters = {_chapter_key(h) for h in found if h.chapter}
    if len(chapters) >= needed:
        return True
    tops = [s for s in outline if "within" not in s and "after" not in s]
    present = [s for s in tops if _section_heading(found, [title_words(t) for t in s.get("titles", [])])]
    return is_performance_report(facts) and len(present) >= _COVER_MIN_SECTIONS


def _chapter_key(heading: Heading):
    """A chapter by its number ("BAB III" and "Bab 3" are one), else by its title."""
    number = chapter_number(heading.text)
    if number is None:
        return heading.words
    return int(number) if number.isdigit() else roman_value(number)


def _contents(document: Document, settings: dict):
    """The document's table of contents, found by the structure pack's titles."""
    return table_of_contents(document, settings.get("toc", {}).get("titles", ["daftar isi"]))


def _outline_findings(facts) -> Iterator[Finding]:
    settings = _structure(facts)
    document = facts.report
    if not _is_report(document, settings) or _is_another_plan(document, settings):
        return
    toc_settings = settings.get("toc", {})
    toc = _contents(document, settings)
    skip = toc.blocks - {toc.heading_index} if toc else frozenset()
    found = headings(document, frozenset(skip))
    if not _looks_whole(document, found, settings.get("outline", []), facts):
        return
    companions = [h for other in facts.documents[1:] for h in headings(other)]
    yield from _missing_sections(document, found, settings.get("outline", []), companions)
    if toc:
        body = [h for h in found if h.index != toc.heading_index]
        yield from _missing_toc_entries(toc, body, toc_settings, facts)


# --- LKJ512 --------------------------------------------------------------------------

def _caption_of(paragraph_text: str) -> str | None:
    """The table number of a caption line; None for running text that mentions a table."""
    text = paragraph_text.strip()
    caption = read_caption(text)
    if caption is None or len(text) > _CAPTION_MAX_CHARS:
        return None
    rest = text[caption.end:].strip(" .:-")
    first_word = fold(rest.split()[0]) if rest.split() else ""
    return None if first_word in _CAPTION_NOT_TITLE else caption.number


def _split_number(number: str) -> tuple[str, int] | None:
    caption = read_caption(f"Tabel {number}")
    return caption.sequence if caption else None


def _base(number: str) -> str:
    caption = read_caption(f"Tabel {number}")
    return caption.base if caption else number


def _captions(document: Document):
    """(number, caption text, location, is_annex) of each table's caption, and the numbers of
    every caption line, attached to a table or not."""
    attached = []
    all_numbers: set[str] = set()
    recent: list[Paragraph] = []
    in_annex = False
    for block in document.blocks:
        if isinstance(block, Paragraph):
            if is_heading_like(block) and fold(block.text).startswith("lampiran"):
                in_annex = True
            number = _caption_of(block.text)
            if number:
                all_numbers.add(number)
            recent = (recent + [block])[-_CAPTION_LOOKBACK:]
            continue
        caption = None
        if block.caption and _caption_of(block.caption):
            caption = (_caption_of(block.caption), block.caption, block.location)
        else:
            for paragraph in reversed(recent):
                number = _caption_of(paragraph.text)
                if number:
                    caption = (number, paragraph.text.strip(), paragraph.location)
                    break
        if caption:
            all_numbers.add(caption[0])
            attached.append((*caption, in_annex))
        recent = []
    return attached, all_numbers


def _table_number_findings(document: Document, continued) -> Iterator[Finding]:
    attached, all_numbers = _captions(document)
    printed_bases = {_base(number) for number in all_numbers}  # "3.2" is printed when "3.2a" is
    seen: dict[str, tuple[str, Location]] = {}
    previous: tuple[str, int] | None = None
    annex = False
    for number, text, location, in_annex in attached:
        if in_annex and not annex:
            seen, previous, annex = {}, None, True
        split = _split_number(number)
        if split is None or matches_any(text, continued):
            continue
        prefix, n = split
        label = f"Tabel {number}"
        if number in seen:
            next_n = previous[1] + 1 if previous and previous[0] == prefix else n + 1
            yield make_finding(
                DUPLICATE_TABLE_NUMBER.code, location, "duplicate-table-number",
                found=label, expected=f"Tabel {_join(prefix, next_n)}", snippet=shorten(text, 120),
                related=[Related(seen[number][1], shorten(seen[number][0], 120))],
            )
            if previous and previous[0] == prefix:
                # The repeated number stands where the next one belongs: count on from there,
                # so the table after it is not also reported as skipping a number.
                previous = (prefix, next_n)
                continue
        elif previous and previous[0] == prefix and n == previous[1] + 2 and _base(number) == number:
            # A lettered number ("Tabel 3.1.3a") numbers the tables of a section: a section
            # without a table leaves a gap that is no skip.
            missing = _join(prefix, previous[1] + 1)
            if missing not in printed_bases:
                yield make_finding(
                    DUPLICATE_TABLE_NUMBER.code, location, "skipped-table-number",
                    found=label, expected=f"Tabel {missing}", snippet=shorten(text, 120),
                    previous=f"Tabel {_join(prefix, previous[1])}",
                )
        seen.setdefault(number, (text, location))
        if previous is None or previous[0] != prefix or n > previous[1]:
            previous = (prefix, n)


def _join(prefix: str, n: int) -> str:
    return f"{prefix}.{n}" if prefix else str(n)


# --- LKJ513 --------------------------------------------------------------------------

def _numbering_finding(run: ListRun, location: Location, snippet: str) -> Finding:
    first = run.items[0].reading
    found = ", ".join(item.label.core for item in run.items)
    expected = ", ".join(label_text(run.kind, first.value + i, run.prefix) for i in range(len(run.items)))
    anomaly = run.anomalies[0]
    if anomaly.event == Event.REPEAT:
        return make_finding(LIST_NUMBERING.code, location, "list-numbering-repeat", found=found,
                            expected=expected, snippet=snippet, value=anomaly.label.core)
    position = run.items.index(anomaly)
    previous = run.items[position - 1].reading.value
    missing = ", ".join(label_text(run.kind, v, run.prefix) for v in range(previous + 1, anomaly.reading.value))
    return make_finding(LIST_NUMBERING.code, location, "list-numbering-skip", found=found,
                        expected=expected, snippet=snippet, missing=missing)


def _reportable(run: ListRun) -> bool:
    """A run with a numbering anomaly whose start we saw: a list that begins mid-way
    ("Tujuan : a. …" then "b. …") has its first item inside another line."""
    return bool(run.anomalies) and run.items[0].event == Event.START and run.items[0].reading is not None


def _explained_skip(run: ListRun, repeats) -> bool:
    """Whether a list through numbered headings skips just the number a repeated heading
    number took the place of ("3.1.3", "3.1.2" again, "3.1.5": 3.1.4 is not skipped twice)."""
    anomaly = run.anomalies[0]
    if anomaly.event != Event.SKIP:
        return False
    missing = label_text(run.kind, anomaly.reading.value - 1, run.prefix)
    items = {id(item.ref) for item in run.items}
    return any(r.expected == missing and id(r.first_block) in items for r in repeats)


def _paragraph_list_findings(document: Document, repeats=()) -> Iterator[Finding]:
    runs = []
    for _, _, tracker in track_paragraph_lists(document):
        runs = tracker.runs
    for run in runs:
        if _reportable(run) and not _explained_skip(run, repeats):
            paragraph = run.anomalies[0].ref
            yield _numbering_finding(run, paragraph.location, shorten(paragraph.text, 160))


def _marker_column(layout) -> int | None:
    for column in layout.columns:
        if fold(column.label).strip(" :") in _NO_COLUMN:
            return column.index
    markers = [layout.cell(r, 0) for r in layout.data_rows]
    texts = [c.text for c in markers if c is not None and c.text.strip()]
    if len(texts) >= _MIN_TABLE_MARKERS and all(parse_label(t, bare=True) for t in texts):
        return 0
    return None


def _table_list_findings(facts, document: Document) -> Iterator[Finding]:
    for layout in (facts.layout_of[id(table)] for table in document.tables()):
        column = _marker_column(layout)
        if column is None:
            continue
        tracker = ListTracker(match_form=False)
        for row in layout.data_rows:
            cell = layout.cell(row, column)
            parsed = parse_label(cell.text.strip(), bare=True) if cell is not None and cell.text.strip() else None
            if parsed is not None and not parsed[0].is_bullet and not parsed[1]:
                tracker.feed(parsed[0], cell)
        for run in tracker.runs:
            if _reportable(run):
                cell = run.anomalies[0].ref
                location = cell_location(layout.table, cell, layout)
                snippet = " | ".join(c.text for c in layout.table.rows[cell.row] if c.text.strip())
                yield _numbering_finding(run, location, snippet)


def _body_headings(document: Document, settings: dict) -> list[Heading]:
    """The headings of a document's body: not the table of contents, nor any line of a
    contents page."""
    toc = _contents(document, settings)
    skip = set(toc.blocks) if toc else set()
    pages = contents_pages(document)
    return [h for h in headings(document, frozenset(skip)) if h.location.page not in pages]


def _heading_number_findings(repeats, document: Document) -> Iterator[Finding]:
    for repeat in repeats:
        first = repeat.first
        yield make_finding(
            LIST_NUMBERING.code, repeat.second.location, "heading-number-repeat",
            found=shorten(repeat.second.text, 120), expected=repeat.expected,
            snippet=shorten(repeat.second.text, 160),
            related=[Related(first.location, shorten(first.text, 120))],
            value=repeat.number, other=shorten(first.text, 80),
        )


def check(facts, config) -> Iterator[Finding]:
    yield from _outline_findings(facts)
    structure = _structure(facts)
    continued = structure.get("tables", {}).get("continued", [])
    annex = tuple(structure.get("toc", {}).get("annex_titles", ()))
    for document in facts.documents:
        yield from _table_number_findings(document, continued)
        repeats = repeated_heading_numbers(document, _body_headings(document, structure),
                                           continued=tuple(continued), annex=annex)
        yield from _paragraph_list_findings(document, repeats)
        yield from _heading_number_findings(repeats, document)
        yield from _table_list_findings(facts, document)
