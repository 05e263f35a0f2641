"""The row hierarchy of an amount table: group rows, their children, and total rows.

Each row takes a key from the strongest sign of its level it carries:
- code columns: several code cells before the label ("2 | 01 | 01 | 10 | 86 | 52"), the
  last one filled giving the depth (a program's codes stop one column before its
  kegiatan's);
- a list marker, by its style and where it stands ("a." in the No column, "1)" in
  front of the label);
- the first word of its label: a group word (Urusan, Satker, Belanja ...) above Program
  above Kegiatan above Sub Kegiatan (``[rows]`` in the vocabulary);
- capitals, or bold type, in a table where most rows have neither.
Rows nest as a list does: a key seen before goes back to its level (a sibling of the
row that had it), a new key goes one level down. A word or code key also closes every
level of the same kind at or below its rank: a Satker row closes the Program above it.
A row with no key is a sibling of the row above, or its child when that row is a group
by its words, capitals or bold ("Belanja Tidak Langsung" over "Belanja Pegawai").

Totals ("TOTAL", "Jumlah", "Sub Jumlah ...", "TOTAL KEGIATAN", or no label at all: a row
of amounts only under the amount columns) close every group. A
table whose first row is a total prints its totals above what they add up; a total
there that names a group ("TOTAL URUSAN WAJIB") heads that group like any group row.
Elsewhere a total adds up what stands above it. ``total_readings`` gives the ways a
careful reader would try to add a total up (the subtotals since the last grand total,
or the rows since the last total), so that a sum is reported only when none holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..text.markers import parse_label
from ..textutil import fold
from .layout import TableLayout, is_marker_cell

TOTAL, SUBTOTAL, AVERAGE = "total", "subtotal", "average"
_WORD_TIERS = ("group", "program", "item", "subitem")
_LETTERS = re.compile(r"[^\W\d_]")
_DASHES = re.compile(r"[‐-―−-]")
_CODE = re.compile(r"^\d{1,4}(?:\.\d{1,4})*\.?$")
_DOTTED_CODE = re.compile(r"^\d{1,4}(?:\.\d{1,4})+\.?$")


@dataclass(frozen=True)
class RowInfo:
    row: int
    label: str
    marker: str | None
    is_total: bool
    level: int
    is_subtotal: bool = False
    heads: bool = False  # a total printed above the rows it adds up
    total_kind: str | None = None  # "total", "subtotal" or "average" for a total row


@dataclass(frozen=True)
class _Row:
    row: int
    label: str
    marker: str | None
    key: tuple | None
    word_rank: int | None
    groupish: bool
    total_kind: str | None
    qualified: bool  # a total with words after its total word ("TOTAL KEGIATAN")


# --- reading one row -------------------------------------------------------------------

@lru_cache(maxsize=65536)
def _folded(text: str) -> str:
    return _DASHES.sub("-", fold(text)).strip(" :.")


def _word_rank(label: str, rows_vocab: dict) -> int | None:
    """1 for a group word, 2 Program, 3 Kegiatan, 4 Sub Kegiatan; the longest match wins
    ("sub kegiatan" before "kegiatan")."""
    folded = _folded(label)
    best: tuple[int, int] | None = None
    for rank, tier in enumerate(_WORD_TIERS, start=1):
        for term in rows_vocab.get(tier, []):
            term = _folded(term)
            if folded == term or folded.startswith(term + " ") or folded.startswith(term + ":"):
                if best is None or len(term) > best[0]:
                    best = (len(term), rank)
    return best[1] if best else None


def _names_group(label: str, rows_vocab: dict) -> int | None:
    """The rank of a group or program word anywhere in a total's label ("TOTAL URUSAN WAJIB")."""
    folded = f" {_folded(label)} "
    for rank, tier in enumerate(_WORD_TIERS[:2], start=1):
        if any(f" {_folded(term)} " in folded for term in rows_vocab.get(tier, [])):
            return rank
    return None


def _total_kind(first: str, rows_vocab: dict) -> tuple[str | None, bool]:
    """(kind, qualified) of a row by the text it starts with."""
    folded = _folded(first)
    if not folded:
        return None, False
    for term in rows_vocab.get(AVERAGE, []):
        if folded == _folded(term) or folded.startswith(_folded(term) + " "):
            return AVERAGE, False
    for term in rows_vocab.get("subtotal", []):
        if folded == _folded(term) or folded.startswith(_folded(term) + " "):
            return SUBTOTAL, True
    terms = [_folded(t) for t in rows_vocab.get("total", [])]
    if folded in terms:
        return TOTAL, False
    if any(folded.startswith(t + " ") for t in terms):
        return TOTAL, True
    return None, False


def _family(label, context: dict, position) -> str:
    """The marker's style, settling "I" (the letter or one in roman) by the list it continues."""
    if label.is_bullet:
        return "bullet"
    core = label.core
    if "." in core:
        return f"dotted{core.count('.')}"
    readings = label.readings
    chosen = readings[0]
    if len(readings) > 1:
        continuing = [r for r in readings if context.get((r.kind, position)) == r.value - 1]
        starting = [r for r in readings if r.value == 1]
        chosen = (continuing or starting or readings)[0]
    context[(chosen.kind, position)] = chosen.value
    return chosen.kind


def _form(label) -> str:
    return "x" if label.form in ("x", "x.") else label.form


def _is_code(text: str) -> bool:
    return bool(_CODE.match(text.strip()))


def _amounts_only(layout: TableLayout, row: int, cells) -> bool:
    """A row with nothing under its No and label columns and only numbers right of them,
    an amount among them: an unlabelled total ("| | 800.000 | 650.000 |")."""
    if not cells or any(_LETTERS.search(c.text) for c in cells):
        return False
    label_cols = layout.columns_with("label")
    first_data = max(label_cols) + 1 if label_cols else 1
    if any(c.col < first_data for c in cells):
        return False
    numbers = [layout.number(row, c.col) for c in cells]
    return all(n is not None for n in numbers) and any(not n.percent for n in numbers)


def _read_row(layout: TableLayout, row: int, rows_vocab: dict, context: dict) -> _Row:
    cells = [c for c in layout.table.rows[row] if c.text.strip()]
    if _amounts_only(layout, row, cells):
        return _Row(row, layout.row_label(row), None, None, None, False, TOTAL, False)
    label_at = next((i for i, c in enumerate(cells) if _LETTERS.search(c.text)
                     and not is_marker_cell(c.text.strip())), None)
    leading = cells[:label_at] if label_at is not None else cells[:1]
    label_text = cells[label_at].text.strip() if label_at is not None else layout.row_label(row)
    marker, key = None, None
    if len(leading) >= 2 and all(_is_code(c.text) for c in leading):
        last = leading[-1]
        marker = last.text.strip()
        key = ("code", last.col, marker.rstrip(".").count("."))
    elif len(leading) == 1 and _DOTTED_CODE.match(leading[0].text.strip()):
        # One code column: "4.01.01" a program, "4.01.01.2.11" its kegiatan, "4.01.01.2.11.0001" ...
        marker = leading[0].text.strip()
        key = ("code", leading[0].col, marker.rstrip(".").count("."))
    elif len(leading) == 1 and label_at is not None:
        parsed = parse_label(leading[0].text.strip(), bare=True)
        if parsed is not None and not parsed[1]:
            marker = leading[0].text.strip().rstrip(".)").lstrip("(")
            key = (_family(parsed[0], context, leading[0].col), _form(parsed[0]), leading[0].col)
    if key is None and label_at is not None:
        parsed = parse_label(label_text)
        if parsed is not None and parsed[1]:
            marker = parsed[0].core or parsed[0].raw
            key = (_family(parsed[0], context, "label"), _form(parsed[0]), "label")
            label_text = parsed[1]
    first = cells[0].text if cells else ""
    total_kind, qualified = _total_kind(first, rows_vocab) if marker is None else (None, False)
    rank = _word_rank(label_text, rows_vocab)
    if key is None and rank is not None and total_kind is None:
        key = ("word", rank)
    label = layout.row_label(row)
    return _Row(row, label, marker, key, rank, rank is not None, total_kind, qualified)


def _is_caps(label: str) -> bool:
    letters = [ch for ch in label if ch.isalpha()]
    return len(letters) >= 4 and all(ch.isupper() for ch in letters)


def _is_bold(layout: TableLayout, row: int) -> bool:
    cells = [c for c in layout.table.rows[row] if c.text.strip()]
    return bool(cells) and all(c.bold for c in cells)


def _with_look_keys(layout: TableLayout, read: list[_Row]) -> list[_Row]:
    """Give keyless rows a key from capitals or bold type, when few rows have it."""
    body = [r for r in read if r.total_kind is None]
    result = list(read)
    for look, test in (("caps", lambda r: _is_caps(r.label)), ("bold", lambda r: _is_bold(layout, r.row))):
        marked = [r for r in body if test(r)]
        if not marked or len(marked) * 2 > len(body):
            continue
        result = [r if r.key is not None or r.total_kind is not None or not test(r)
                  else replace(r, key=(look,), groupish=True) for r in result]
    return result


# --- levels -----------------------------------------------------------------------------

def _ranked(key: tuple) -> tuple | None:
    """The rank of a word or code key, by which it closes the levels at or below it."""
    if key[0] == "word":
        return ("word", key[1])
    if key[0] == "code":
        return ("code", key[1], key[2])
    return None


def _word_key_rank(info: _Row) -> tuple | None:
    """A marked row that starts with a level word closes that level too: "2 Program B"
    after "Program A" is its sibling."""
    return ("word", info.word_rank) if info.word_rank is not None else None


def _levels(read: list[_Row], heads_first: bool, rows_vocab: dict) -> list[tuple[int, bool]]:
    """(level, is_total) of each row."""
    stack: list[tuple] = []
    previous_groupish = False
    result = []
    for info in read:
        key = info.key
        if info.total_kind is not None:
            group_rank = _names_group(info.label, rows_vocab) if heads_first and info.qualified else None
            if group_rank is None or info.total_kind == AVERAGE:
                stack = []
                previous_groupish = False
                result.append((0, True))
                continue
            key = ("word", group_rank)
        if key is None:
            if previous_groupish and stack:
                result.append((len(stack) + 1, False))
                stack.append(("child-of", len(stack)))
            else:
                result.append((max(len(stack), 1), False))
            previous_groupish = False
            continue
        if key in stack:
            del stack[stack.index(key) + 1:]
        else:
            ranks = [rank for rank in (_ranked(key), _word_key_rank(info)) if rank is not None]
            for rank in ranks:
                for i, entry in enumerate(stack):
                    other = _ranked(entry)
                    if other is not None and other[0] == rank[0] and other >= rank:
                        del stack[i:]
                        break
            # a key-less child ends with the group it was in
            while stack and stack[-1][0] == "child-of":
                stack.pop()
            stack.append(key)
        result.append((len(stack), False))
        previous_groupish = info.groupish or key[0] in ("caps", "bold")
    return result


def row_hierarchy(layout: TableLayout, rows: list[int], vocabulary: dict) -> list[RowInfo]:
    rows_vocab = vocabulary.get("rows", {})
    context: dict = {}
    read = _with_look_keys(layout, [_read_row(layout, r, rows_vocab, context) for r in rows])
    heads_first = bool(read) and read[0].total_kind in (TOTAL, SUBTOTAL)
    levels = _levels(read, heads_first, rows_vocab)
    infos = []
    for info, (level, is_total) in zip(read, levels):
        kind = info.total_kind if is_total else None
        infos.append(RowInfo(row=info.row, label=info.label, marker=info.marker, is_total=is_total,
                             level=level, is_subtotal=kind == SUBTOTAL or (kind == TOTAL and info.qualified),
                             heads=is_total and kind != AVERAGE and heads_first, total_kind=kind))
    return _settle_heads(infos)


def _settle_heads(infos: list[RowInfo]) -> list[RowInfo]:
    """Outside a table printed totals-first, a total with nothing above it since the last
    total but rows below it heads those rows."""
    settled = list(infos)
    for index, info in enumerate(infos):
        if not info.is_total or info.heads or info.total_kind == AVERAGE:
            continue
        before = _since_previous_total(infos, index)
        after = _until_next_total(infos, index)
        if not before and after:
            settled[index] = replace(info, heads=True)
    return settled


# --- groups and totals ----------------------------------------------------------------

def children_of(infos: list[RowInfo], index: int) -> list[RowInfo]:
    """Direct children of the group at ``index``: the shallowest rows below it, up to the
    next row on its own level or higher, or a total row."""
    parent = infos[index]
    if parent.is_total:
        return []
    below: list[RowInfo] = []
    for position in range(index + 1, len(infos)):  # not a copy of the rest for every group
        info = infos[position]
        if info.is_total or info.level <= parent.level:
            break
        below.append(info)
    return _top(below)


def _top(section: list[RowInfo]) -> list[RowInfo]:
    section = [i for i in section if not i.is_total]
    if not section:
        return []
    top = min(i.level for i in section)
    return [i for i in section if i.level == top]


def _since_previous_total(infos: list[RowInfo], index: int, plain_only: bool = False) -> list[RowInfo]:
    start = 0
    for j in range(index - 1, -1, -1):
        if infos[j].is_total and (not plain_only or not infos[j].is_subtotal):
            start = j + 1
            break
    return infos[start:index]


def _until_next_total(infos: list[RowInfo], index: int) -> list[RowInfo]:
    section = []
    for info in infos[index + 1:]:
        if info.is_total:
            break
        section.append(info)
    return section


def total_readings(infos: list[RowInfo], index: int) -> list[list[RowInfo]]:
    """The rows the total at ``index`` may add up, likeliest first; a sum that matches
    any of them holds."""
    this = infos[index]
    if not this.is_total or this.total_kind == AVERAGE:
        return []
    readings: list[list[RowInfo]] = []
    if this.heads:
        after = _until_next_total(infos, index)
        following = index + 1 + len(after)
        chain = _top(after)
        if following < len(infos) and infos[following].heads and infos[following].total_kind != AVERAGE:
            chain = chain + [infos[following]]
        readings = [chain, _top(after)]
    else:
        since_grand = _since_previous_total(infos, index, plain_only=True)
        subtotals = [i for i in since_grand if i.is_total and i.is_subtotal and not i.heads]
        grand: list[RowInfo] = []
        if subtotals:
            last = since_grand.index(subtotals[-1])
            grand = subtotals + _top(since_grand[last + 1:])
        rows_since = _top(_since_previous_total(infos, index))
        readings = [rows_since, grand] if this.is_subtotal else [grand, rows_since]
    unique: list[list[RowInfo]] = []
    for reading in readings:
        if reading and reading not in unique:
            unique.append(reading)
    return unique


def totalled_by(infos: list[RowInfo], index: int) -> list[RowInfo]:
    """The rows a total row at ``index`` most likely adds up (``total_readings``)."""
    readings = total_readings(infos, index)
    return readings[0] if readings else []
