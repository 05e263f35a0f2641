"""Budget amounts of programs and activities, and every place that states one.

Places: budget realisation tables (authoritative), any other table with a budget
column and a name column (PK annex, RKT), evaluation tables (the budget row, named
by the "Program:" / "Kegiatan" lines above the table), a numbered list of programs
followed by a table holding only their amounts, and sentences such as
"… dengan Anggaran Rp 2.743.174.000".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..model import Document, Location, Paragraph, Table
from ..numbers import Number, parse_number
from ..text.markers import ARABIC, parse_label
from ..textutil import matches_any, shorten
from .hierarchy import children_of, row_hierarchy
from .scope import Scope, column_scope, row_scope
from .sentences import paragraphs_of, prose_blocks
from .tables import BUDGET, EVALUATION, TableInfo

# "<name> dengan anggaran Rp X": found by its anchor; the name runs back to the previous
# ".", ";" or ":" (at most _MAX_PROSE_NAME characters).
_PROSE_AMOUNT = re.compile(
    r"\s+dengan\s+(?:anggaran|pagu(?:\s+anggaran)?)\s+(?:sebesar\s+)?"
    r"(?P<amount>Rp\.?\s*[\d.,]+(?:\s*(?:ribu|juta|miliar|milyar|triliun|trilyun)\b)?)", re.I)
_MAX_PROSE_NAME = 300


@dataclass(frozen=True)
class BudgetEntry:
    """An amount and what it is the budget of.

    ``names`` name the thing itself; ``aliases`` name what it belongs to (the program
    above an evaluated activity) and only join it to entries that are not totals of
    several activities (``is_total_of_many``).
    """

    names: tuple[str, ...]
    amount: Number
    location: Location
    source: str
    authoritative: bool = False
    aliases: tuple[str, ...] = ()
    is_total_of_many: bool = False
    revised: bool = False
    scope: Scope = Scope()
    aliases_join_reference_only: bool = False  # the aliases join only a budget realisation table's rows
    listing: int | None = None  # the first table of the listing its table continues (tables count from 1)  # year, source, stage and unit of the amount (``understand.scope``)


def _scaled(number: Number, scale: int) -> Number:
    """An amount printed in thousands ("Rp 000") as rupiah."""
    if scale == 1 or number.value is None:
        return number
    digits = len(str(scale)) - 1
    return replace(number, value=number.value * scale, exponent=number.exponent + digits)


_LISTED_ITEM = re.compile(r"(?:^|\s)[-•–]\s+\w")


def _names_several(label: str) -> bool:
    """A row that lists several programs or activities ("Sasaran 1 : - Program A -
    Program B"): its amount is their total, the budget of none of them."""
    return len(_LISTED_ITEM.findall(label)) >= 2


def _strip_label(name: str) -> str:
    return re.sub(r"^\s*(?:[-•➤]\s*)?(?:program|kegiatan)\s*:?\s*", "", name.strip(), flags=re.I).strip(" .,:")


def _budget_table_entries(info: TableInfo, vocabulary: dict) -> list[BudgetEntry]:
    layout = info.layout
    budget_cols = layout.columns_with("budget")
    if not budget_cols:
        return []
    col = budget_cols[0]
    scope = column_scope(info, col, vocabulary)
    rows = [r for r in layout.data_rows if any(c.text.strip() for c in layout.table.rows[r])]
    entries = []
    infos = row_hierarchy(layout, rows, vocabulary)
    for index, row_info in enumerate(infos):
        if row_info.is_total or _names_several(row_info.label):
            continue
        amount = layout.number(row_info.row, col)
        if amount is None or amount.percent:
            continue
        cell = layout.cell(row_info.row, col)
        location = layout.table.cell_location(cell, row_label=shorten(row_info.label),
                                              column_label=layout.column_label(col))
        many = len(children_of(infos, index)) > 1
        entries.append(BudgetEntry((row_info.label,), _scaled(amount, scope.scale), location, info.kind,
                                   info.kind == BUDGET, is_total_of_many=many,
                                   scope=row_scope(scope, row_info.label, vocabulary)))
    return entries


def _program_column(layout, name_col: int, vocabulary: dict) -> int | None:
    """A label column left of the activities' that names their program ("PROGRAM /
    Uraian" beside "KEGIATAN / Uraian")."""
    program_terms = vocabulary.get("rows", {}).get("program", [])
    for column in reversed(layout.columns[:name_col]):
        if "label" in column.roles and matches_any(column.label, program_terms) \
                and not column.roles & {"target", "realisation", "percent", "budget"} \
                and not matches_any(column.label, vocabulary.get("tables", {}).get("indicator", [])):
            return column.index
    return None


def _named_table_entries(info: TableInfo, vocabulary: dict) -> list[BudgetEntry]:
    """Rows of a non-budget table with a budget column: the name is the nearest label
    column to its left (in an RKT, the activity's "Uraian"). A program column beside it
    gives the program as an alias when that program has only this one activity here:
    then the program's budget is the activity's."""
    layout = info.layout
    budget_cols = layout.columns_with("budget")
    if not budget_cols:
        return []
    col = budget_cols[0]
    name_cols = [c.index for c in layout.columns if "label" in c.roles and c.index < col
                 and not c.roles & {"target", "realisation", "percent", "budget"}
                 and not matches_any(c.label, vocabulary.get("tables", {}).get("indicator", []))]
    if not name_cols:
        return []
    scope = column_scope(info, col, vocabulary)
    program_col = _program_column(layout, name_cols[-1], vocabulary)
    programs: dict[int, str] = {}
    if program_col is not None:
        current = ""
        for row in layout.data_rows:
            cell = layout.table.cell_at(row, program_col)
            text = cell.text.strip() if cell is not None else ""
            current = text or current
            programs[row] = current
    activity_rows = [r for r in layout.data_rows if layout.number(r, col) is not None]
    entries = []
    for row in layout.data_rows:
        amount = layout.number(row, col)
        name_cell = layout.cell(row, name_cols[-1])
        if amount is None or amount.percent or name_cell is None or not name_cell.text.strip():
            continue
        if _names_several(name_cell.text):
            continue
        name = _strip_label(name_cell.text)
        program = programs.get(row, "")
        only_activity = program and sum(programs.get(r) == program for r in activity_rows) == 1
        aliases = (_strip_label(program),) if only_activity and program_col != name_cols[-1] else ()
        cell = layout.cell(row, col)
        location = layout.table.cell_location(cell, row_label=shorten(name), column_label=layout.column_label(col))
        entries.append(BudgetEntry((name,), _scaled(amount, scope.scale), location, info.kind, aliases=aliases,
                                   scope=row_scope(scope, name_cell.text, vocabulary),
                                   aliases_join_reference_only=bool(aliases)))
    return entries


# "Program: X", "Kegiatan: Y", "Sub Kegiatan: Z" (a colon after the label), several on
# one line ("1. Program: X Kegiatan: Y"), or a line that starts with the label.
_LABEL = re.compile(r"(?<![^\W\d_])(?P<label>sub\s*-?\s*kegiatan|kegiatan|program)\s*:\s*", re.I)
_LEADING_LABEL = re.compile(
    r"^\s*(?:\d+[.)]\s*)?(?P<label>sub\s*-?\s*kegiatan|kegiatan)\s+(?!(?:dan|yang|ini|tersebut)\b)(?=\S)", re.I)
_ENDS_SENTENCE = re.compile(r"[.!?;:]\s*$")


def _named_blocks(texts: tuple[str, ...]) -> list[str]:
    """The lines that name a program or activity, with the lines a PDF wrapped them onto
    joined back ("Kegiatan: Koordinasi … di tingkat" / "kecamatan")."""
    blocks: list[str] = []
    open_block = False
    for text in texts:
        stripped = text.strip()
        if _LABEL.search(stripped) or _LEADING_LABEL.match(stripped):
            blocks.append(stripped)
            open_block = True
        elif open_block and stripped and not _ENDS_SENTENCE.search(blocks[-1]) and len(stripped.split()) <= 12:
            blocks[-1] += " " + stripped
        else:
            open_block = False
    return blocks


def named_parts(texts: tuple[str, ...]) -> list[tuple[str, str]]:
    """(label, name) of every program and activity named in ``texts``, in order."""
    parts = []
    for block in _named_blocks(texts):
        labels = list(_LABEL.finditer(block))
        if not labels:
            match = _LEADING_LABEL.match(block)
            parts.append((match.group("label").lower(), block[match.end():].strip(" .,:")))
            continue
        for index, label in enumerate(labels):
            end = labels[index + 1].start() if index + 1 < len(labels) else len(block)
            name = _strip_label(block[label.end():end])
            if len(name) >= 6:
                parts.append((re.sub(r"\W+", " ", label.group("label").lower()), name))
    return parts


def _evaluation_entries(info: TableInfo, vocabulary: dict) -> list[BudgetEntry]:
    """The budget row of an evaluation table, named by the activity above it (the
    program above that activity is its alias: an amount of the activity alone is not
    the program's)."""
    layout = info.layout
    parts = named_parts(info.context[-4:])
    activities = [name for label, name in parts if "kegiatan" in label]
    programs = [name for label, name in parts if label == "program"]
    names = tuple(activities[-1:] or programs[-1:])
    aliases = tuple(programs[-1:]) if activities else ()
    targets = layout.columns_with("target")
    if not names or not targets:
        return []
    scope = column_scope(info, targets[0], vocabulary)
    entries = []
    for row in layout.data_rows:
        if not layout.is_budget_row(row, targets[0]):
            continue
        amount = layout.number(row, targets[0])
        if amount is None or amount.percent:
            continue
        cell = layout.cell(row, targets[0])
        location = layout.table.cell_location(cell, row_label=shorten(names[0]),
                                              column_label=layout.column_label(targets[0]))
        entries.append(BudgetEntry(names, _scaled(amount, scope.scale), location, EVALUATION, aliases=aliases,
                                   scope=scope))
    return entries


def _amount_only_table(info: TableInfo) -> list[tuple[Number, Location]] | None:
    """The amounts of a table whose only data is one budget column (plus short notes
    such as "APBD")."""
    layout = info.layout
    budget_cols = layout.columns_with("budget")
    if len(budget_cols) != 1:
        return None
    amounts = []
    for row in layout.data_rows:
        if any(len(c.text.split()) > 2 for c in layout.table.rows[row] if not c.covers_col(budget_cols[0])):
            return None
        number = layout.number(row, budget_cols[0])
        if number is None:
            return None
        cell = layout.cell(row, budget_cols[0])
        amounts.append((number, layout.table.cell_location(cell, column_label=layout.column_label(budget_cols[0]))))
    return amounts or None


def _list_before(document: Document, table: Table, count: int) -> list[str] | None:
    """The last run of ``count`` consecutively numbered paragraphs before ``table``."""
    paragraphs: list[Paragraph] = []
    for block in document.blocks:
        if block is table:
            break
        if isinstance(block, Paragraph):
            paragraphs.append(block)
    items: list[str] = []
    for paragraph in reversed(paragraphs[-(count + 12):]):
        label = (paragraph.list_label or "").rstrip(".)")
        parsed = parse_label(paragraph.text) if not label else None
        numbered = parsed is not None and parsed[0].readings[:1] and parsed[0].readings[0].kind == ARABIC
        number = int(label) if label.isdigit() else (parsed[0].readings[0].value if numbered else None)
        text = paragraph.text if label else (parsed[1] if numbered else None)
        if number is None:
            if items:
                break
            continue
        items.insert(0, text)
        if number == 1:
            break
    return items if len(items) == count else None


def _list_with_amounts_entries(info: TableInfo, vocabulary: dict) -> list[BudgetEntry]:
    amounts = _amount_only_table(info)
    if not amounts:
        return []
    names = _list_before(info.document, info.table, len(amounts))
    if not names:
        return []
    scope = column_scope(info, info.layout.columns_with("budget")[0], vocabulary)
    return [BudgetEntry((_strip_label(name),), _scaled(number, scope.scale),
                        location.with_(row_label=shorten(_strip_label(name))), "list", scope=scope)
            for name, (number, location) in zip(names, amounts)]


def _prose_entries(document: Document) -> list[BudgetEntry]:
    """"… dengan anggaran Rp X" in the running text, a PDF's wrapped lines joined first."""
    entries = []
    for paragraph in paragraphs_of(prose_blocks(document)):
        text = paragraph.text
        for match in _PROSE_AMOUNT.finditer(text):
            amount = parse_number(match.group("amount").rstrip(".,"))
            if amount is None or amount.value is None:
                continue
            window_start = max(0, match.start() - _MAX_PROSE_NAME)
            lead_in = re.split(r"[.;:]", text[window_start:match.start()])[-1]
            if len(lead_in.strip()) < 6:
                continue
            name = _prose_name(lead_in)
            if name:
                entries.append(BudgetEntry((name,), amount, paragraph.location, "prose"))
    return entries


# "Program X", "Kegiatan X", "Sub Kegiatan X" as a title (capitalised) in running text.
_TITLED_LABEL = re.compile(r"\b(?:Sub\s+Kegiatan|SUB\s+KEGIATAN|Kegiatan|KEGIATAN|Program|PROGRAM)\b\s*:?\s*")


def _prose_name(text: str) -> str | None:
    """What a "… dengan anggaran Rp X" sentence budgets: the name after its one titled
    label, or the whole lead-in when it has none. Two titled names share the amount
    between them: no single name carries it."""
    labels = list(_TITLED_LABEL.finditer(text))
    if len(labels) > 1:
        return None
    name = text[labels[0].end():] if labels else text
    return _strip_label(name) or None


PLAN_SOURCES = ("pk", "list")


def _is_revision(info: TableInfo, vocabulary: dict) -> bool:
    """A table of a revised plan (PK Perubahan, APBD Perubahan, DPPA)."""
    terms = vocabulary.get("tables", {}).get("revision", [])
    cells = " ".join(c.text for row in info.table.rows for c in row)
    return matches_any(" ".join(info.context[-3:]) + " " + (info.table.caption or "") + " " + cells, terms)


def _without_superseded(entries: list[BudgetEntry]) -> list[BudgetEntry]:
    """When a revised PK is in the dossier, the amounts of the original PK no longer hold."""
    if not any(e.revised and e.source in PLAN_SOURCES for e in entries):
        return entries
    return [e for e in entries if e.revised or e.source not in PLAN_SOURCES]


def _listings(infos: list[TableInfo]) -> dict[int, int]:
    """For each table (by id), the first table of the listing it continues: a table with
    no caption and no paragraph before it, under the same column headers as a table just
    before it (with only such tables between), is that listing continued over a page: its
    rows are other rows of one table, never another place of the same thing."""
    listing: dict[int, int] = {}
    run: list[tuple[tuple[str, ...], int]] = []
    document = None
    for info in infos:
        labels = tuple(c.label for c in info.layout.columns)
        told = bool((info.table.caption or "").strip() or any(t.strip() for t in info.context))
        if told or info.document is not document:
            run = []
        document = info.document
        same = next((first for seen, first in run if seen == labels and len(labels) >= 3), None)
        listing[id(info.table)] = same if same is not None else info.table.index + 1
        run.append((labels, listing[id(info.table)]))
    return listing


def budget_entries(documents: tuple[Document, ...], infos: list[TableInfo], vocabulary: dict) -> list[BudgetEntry]:
    entries: list[BudgetEntry] = []
    listings = _listings(infos)
    for info in infos:
        if info.kind == BUDGET:
            found = _budget_table_entries(info, vocabulary)
        elif info.kind == EVALUATION:
            found = _evaluation_entries(info, vocabulary)
        else:
            found = _named_table_entries(info, vocabulary) or _list_with_amounts_entries(info, vocabulary)
        if found and _is_revision(info, vocabulary):
            found = [replace(e, revised=True) for e in found]
        entries.extend(replace(e, listing=listings.get(id(info.table))) for e in found)
    for document in documents:
        entries.extend(_prose_entries(document))
    return _without_superseded(entries)
