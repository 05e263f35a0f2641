"""The coverage of one file (``coverage.read_coverage``) as lines of the human format:
what was read, what was left out and why, and the pages that could not be read."""

from __future__ import annotations

from ..coverage import GUARD, KINDS, MISALIGNED, NOT_UNDERSTOOD
from ..messages import counted, label
from ..model import Location
from .common import describe_location


def coverage_lines(path: str, coverage: dict | None, lang: str = "en", rules_dirs: tuple[str, ...] = ()) -> list[str]:
    if not coverage:
        return []

    def word(key: str, **params) -> str:
        return label(key, lang, rules_dirs, **params)

    lines = []
    by_kind = coverage.get("tables_by_kind") or {}
    total = sum(by_kind.values())
    kinds = ", ".join(f"{word('kind-' + kind)} {by_kind[kind]}" for kind in KINDS if by_kind.get(kind))
    read = counted("count-table", total, lang, rules_dirs) + (f" ({kinds})" if kinds else "")
    lines.append(word("coverage-read", tables=read))
    unread = coverage.get("pages_without_text") or []
    missing = [word("kind-" + kind) for kind in coverage.get("kinds_missing") or []]
    if unread:
        pages = ", ".join(str(p) for p in unread)
        line = word("coverage-no-text", pages=pages, n=len(unread))
        if missing:
            line += "; " + word("coverage-kind-missing", kinds=", ".join(missing))
        lines.append(line)
    elif missing:
        lines.append(word("coverage-not-found", kinds=", ".join(missing)))
    not_understood = []
    for entry in coverage.get("left_out") or []:
        place = _table(path, entry, lang, rules_dirs)
        reason = entry.get("reason")
        if reason == NOT_UNDERSTOOD:
            not_understood.append(place)
            continue
        if reason == MISALIGNED:
            why = word("why-misaligned", count=entry["count"], of=entry["of"],
                       rows=", ".join(str(r) for r in entry.get("rows") or []))
        elif reason == GUARD:
            why = word("why-" + (entry.get("pattern") or "guard"), column=entry.get("column") or "",
                       rule=entry.get("rule") or "", count=entry.get("count"), of=entry.get("of"))
        else:
            continue
        lines.append(word("coverage-left-out", table=place, why=why))
    if not_understood:
        lines.append(word("coverage-not-understood", tables="; ".join(not_understood)))
    return lines


def _table(path: str, entry: dict, lang: str, rules_dirs: tuple[str, ...]) -> str:
    location = Location(file=path, page=entry.get("page"), table=entry.get("table"), caption=entry.get("caption"))
    return describe_location(location, lang, rules_dirs)
