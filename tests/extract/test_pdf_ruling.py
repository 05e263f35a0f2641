"""Cells from ruling lines: the same rectangles as pdfplumber's own table functions give
for the same edges, on every page of every PDF bundled and of the corpus beside the
checkout, and on drawn grids whose answer is known."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdfplumber.table import cells_to_tables, edges_to_intersections, intersections_to_cells, merge_edges
from pdfplumber.utils import filter_edges

from lkjip_lint.extract.pdf import pdfium_reader
from lkjip_lint.extract.pdf.content import edge
from lkjip_lint.extract.pdf.grid import INTERSECTION, JOIN, MIN_EDGE, SNAP, find_cell_groups

ROOT = Path(__file__).resolve().parents[2]
PDFS = sorted([*ROOT.glob("samples/*.pdf"), *(ROOT / "tests" / "fixtures").rglob("*.pdf")])


def pdfplumber_groups(edges: list[dict]) -> list[list[tuple]]:
    if len(edges) < 4:
        return []
    merged = filter_edges(merge_edges(edges, SNAP, SNAP, JOIN, JOIN), min_length=MIN_EDGE)
    if not any(e["orientation"] == "v" for e in merged) or not any(e["orientation"] == "h" for e in merged):
        return []
    intersections = edges_to_intersections(merged, INTERSECTION, INTERSECTION)
    return cells_to_tables(intersections_to_cells(intersections))


def assert_same_cells(path: Path) -> int:
    tables = 0
    for content in pdfium_reader.read_pages(str(path)):
        ours = [sorted(group) for group in find_cell_groups(content.edges)]
        theirs = [sorted(group) for group in pdfplumber_groups(content.edges)]
        assert ours == theirs, f"{path.name} page {content.number}"
        tables += len(ours)
    return tables


def test_the_bundled_pdfs_have_ruled_tables():
    assert sum(assert_same_cells(path) for path in PDFS if path.name.startswith("lkjip")) >= 10


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.name)
def test_the_same_cells_as_pdfplumber_on_bundled_pdfs(path):
    assert_same_cells(path)


def test_the_same_cells_as_pdfplumber_on_corpus_documents(shared):
    documents = sorted(shared("corpus/documents").glob("*.pdf"))
    assert documents
    assert sum(assert_same_cells(path) for path in documents) > 100


def grid(xs: list[float], ys: list[float]) -> list[dict]:
    """The rules of a full grid: a vertical rule at each x, a horizontal one at each y."""
    return [edge("v", x, ys[0], x, ys[-1]) for x in xs] + [edge("h", xs[0], y, xs[-1], y) for y in ys]


def test_a_grid_of_two_by_three_is_one_table_of_six_cells():
    groups = find_cell_groups(grid([10, 50, 90, 130], [10, 30, 50]))
    assert groups == pdfplumber_groups(grid([10, 50, 90, 130], [10, 30, 50]))
    assert len(groups) == 1 and len(groups[0]) == 6
    assert sorted(groups[0])[0] == (10, 10, 50, 30)


def test_rules_a_hair_apart_are_one_rule():
    edges = grid([10, 50, 90], [10, 30, 50]) + [edge("v", 51.5, 10, 51.5, 50)]
    groups = find_cell_groups(edges)
    assert groups == pdfplumber_groups(edges)
    assert len(groups[0]) == 4


def test_two_grids_apart_are_two_tables_top_first():
    lower = grid([10, 50, 90], [200, 220, 240])
    upper = grid([10, 50, 90], [10, 30, 50])
    groups = find_cell_groups(lower + upper)
    assert groups == pdfplumber_groups(lower + upper)
    assert [min(cell[1] for cell in group) for group in groups] == [10, 200]


def test_a_lone_framed_box_is_no_table():
    box = grid([10, 90], [10, 50])
    assert find_cell_groups(box) == [] == pdfplumber_groups(box)


def test_a_rule_broken_by_a_small_gap_is_joined():
    edges = grid([10, 50, 90], [10, 50]) + [edge("h", 10, 30, 49, 30), edge("h", 51, 30, 90, 30)]
    groups = find_cell_groups(edges)
    assert groups == pdfplumber_groups(edges)
    assert len(groups[0]) == 4
