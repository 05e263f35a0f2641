"""Building tables as a PDF or DOCX reader gives them: merged cells as one Cell with a
colspan or rowspan, present only in the row where they start."""

from __future__ import annotations

from lkjip_lint.model import Cell, Location, Table


def spanned_table(rows: list[list], *, index: int = 0, caption: str | None = None, file: str = "report.pdf",
                  row_pages: tuple[int, ...] = ()) -> Table:
    """``rows``: one list per row of ``(col, text)`` or ``(col, text, colspan, rowspan)``;
    a column a cell above spans into is simply left out of the lower row."""
    built = []
    n_cols = 0
    for r, row in enumerate(rows):
        cells = []
        for spec in row:
            col, text, colspan, rowspan = (tuple(spec) + (1, 1))[:4]
            cells.append(Cell(text=text, row=r, col=col, colspan=colspan, rowspan=rowspan))
            n_cols = max(n_cols, col + colspan)
        built.append(tuple(cells))
    return Table(index=index, rows=tuple(built), n_cols=n_cols,
                 location=Location(file=file, table=index + 1, caption=caption, page=row_pages[0] if row_pages else None),
                 caption=caption, pages=tuple(sorted(set(row_pages))), row_pages=tuple(row_pages))


def plain(cells: list[str]) -> list[tuple[int, str]]:
    """A row of one cell per column."""
    return list(enumerate(cells))
