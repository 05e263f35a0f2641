"""Cell rectangles from ruling lines: pdfplumber's "lines" table strategy, on the edges
both readers make (``content.edge``), without importing pdfplumber.

Importing pdfplumber loads pdfminer whole (a tenth of the time a short report takes to
check), and the PDFium reader needs none of it. The steps and their arithmetic are
pdfplumber's (``merge_edges``, ``filter_edges``, ``edges_to_intersections``,
``intersections_to_cells``, ``cells_to_tables`` of pdfplumber 0.11), so that the same
edges give the same cells to the last bit; only the searches are indexed:

1. edges within the snap tolerance of one another along their line are moved to their
   average position, then edges on one line that touch or overlap are joined;
2. edges shorter than the minimum length are dropped;
3. an intersection is where a vertical edge meets a horizontal one (within tolerance);
4. a cell is the smallest rectangle of four intersections connected by edges;
5. cells sharing a corner make one table; a table of one cell is none.
"""

from __future__ import annotations

from itertools import groupby
from operator import itemgetter

Box = tuple[float, float, float, float]  # x0, top, x1, bottom


def _clusters(edges: list[dict], key: str, tolerance: float) -> list[list[dict]]:
    """Edges grouped where their ``key`` values chain within ``tolerance``, in order of
    value; each group keeps the edges' order."""
    values = sorted(set(edge[key] for edge in edges))
    index: dict[float, int] = {}
    group = -1
    last = None
    for value in values:
        if last is None or value > last + tolerance:
            group += 1
        index[value] = group
        last = value
    ordered = sorted(edges, key=lambda edge: index[edge[key]])
    return [list(members) for _, members in groupby(ordered, key=lambda edge: index[edge[key]])]


def _moved(edge: dict, axis: str, value: float) -> dict:
    moved = dict(edge)
    if axis == "h":
        moved["x0"] = edge["x0"] + value
        moved["x1"] = edge["x1"] + value
    else:
        moved["top"] = edge["top"] + value
        moved["bottom"] = edge["bottom"] + value
        moved["doctop"] = edge["doctop"] + value
    return moved


def _snap(edges: list[dict], key: str, axis: str, tolerance: float) -> list[dict]:
    snapped = []
    for cluster in _clusters(edges, key, tolerance):
        average = sum(edge[key] for edge in cluster) / len(cluster)
        snapped.extend(_moved(edge, axis, average - edge[key]) for edge in cluster)
    return snapped


def _extended(edge: dict, key: str, value: float) -> dict:
    extended = dict(edge)
    difference = value - edge[key]
    extended[key] = value
    if key == "x1":
        extended["width"] = value - edge["x0"]
    else:  # "bottom"
        extended["height"] = edge["height"] + difference
    return extended


def _join(edges, orientation: str, tolerance: float) -> list[dict]:
    """Edges along one line that touch or overlap (within ``tolerance``) made one."""
    start, end = ("x0", "x1") if orientation == "h" else ("top", "bottom")
    ordered = sorted(edges, key=itemgetter(start))
    joined = [ordered[0]]
    for edge in ordered[1:]:
        last = joined[-1]
        if edge[start] <= last[end] + tolerance:
            if edge[end] > last[end]:
                joined[-1] = _extended(last, end, edge[end])
        else:
            joined.append(edge)
    return joined


def merge_edges(edges: list[dict], snap_x: float, snap_y: float, join_x: float, join_y: float) -> list[dict]:
    vertical = [edge for edge in edges if edge["orientation"] == "v"]
    horizontal = [edge for edge in edges if edge["orientation"] == "h"]
    if snap_x > 0 or snap_y > 0:
        edges = _snap(vertical, "x0", "h", snap_x) + _snap(horizontal, "top", "v", snap_y)

    def line_of(edge: dict) -> tuple[str, float]:
        return ("h", edge["top"]) if edge["orientation"] == "h" else ("v", edge["x0"])

    merged: list[dict] = []
    for (orientation, _), members in groupby(sorted(edges, key=line_of), key=line_of):
        merged.extend(_join(members, orientation, join_x if orientation == "h" else join_y))
    return merged


def long_edges(edges: list[dict], min_length: float) -> list[dict]:
    return [edge for edge in edges if edge["height" if edge["orientation"] == "v" else "width"] >= min_length]


def _box(edge: dict) -> Box:
    return (edge["x0"], edge["top"], edge["x1"], edge["bottom"])


def edges_to_intersections(edges: list[dict], x_tolerance: float,
                           y_tolerance: float) -> dict[tuple[float, float], dict[str, set[Box]]]:
    """Each point where a vertical edge meets a horizontal one, with the boxes of the
    edges meeting there."""
    vertical = sorted((edge for edge in edges if edge["orientation"] == "v"), key=itemgetter("x0", "top"))
    horizontal = sorted((edge for edge in edges if edge["orientation"] == "h"), key=itemgetter("top", "x0"))
    points: dict[tuple[float, float], dict[str, set[Box]]] = {}
    for v in vertical:
        x, v_top, v_bottom = v["x0"], v["top"], v["bottom"]
        for h in horizontal:
            y = h["top"]
            if v_top <= y + y_tolerance and v_bottom >= y - y_tolerance \
                    and x >= h["x0"] - x_tolerance and x <= h["x1"] + x_tolerance:
                point = points.get((x, y))
                if point is None:
                    point = points[(x, y)] = {"v": set(), "h": set()}
                point["v"].add(_box(v))
                point["h"].add(_box(h))
    return points


def intersections_to_cells(points: dict[tuple[float, float], dict[str, set[Box]]]) -> list[Box]:
    """The smallest rectangle each intersection opens (as its top-left corner), when
    edges connect all four of its corners."""
    def connected(p: tuple[float, float], q: tuple[float, float]) -> bool:
        if p[0] == q[0] and not points[p]["v"].isdisjoint(points[q]["v"]):
            return True
        return p[1] == q[1] and not points[p]["h"].isdisjoint(points[q]["h"])

    ordered = sorted(points)
    same_x: dict[float, list[tuple[float, float]]] = {}
    same_y: dict[float, list[tuple[float, float]]] = {}
    for point in ordered:  # in (x, y) order: down a column, along a row
        same_x.setdefault(point[0], []).append(point)
        same_y.setdefault(point[1], []).append(point)
    cells = []
    for point in ordered:
        x, y = point
        below = [p for p in same_x[x] if p[1] > y]
        right = [p for p in same_y[y] if p[0] > x]
        cell = _smallest_cell(point, below, right, points, connected)
        if cell is not None:
            cells.append(cell)
    return cells


def _smallest_cell(point, below, right, points, connected) -> Box | None:
    for below_point in below:
        if not connected(point, below_point):
            continue
        for right_point in right:
            if not connected(point, right_point):
                continue
            corner = (right_point[0], below_point[1])
            if corner in points and connected(corner, right_point) and connected(corner, below_point):
                return (point[0], point[1], corner[0], corner[1])
    return None


def cells_to_tables(cells: list[Box]) -> list[list[Box]]:
    """Cells sharing corners, grouped into tables (top to bottom, then left to right);
    a lone cell is no table."""
    parent = list(range(len(cells)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[tuple[float, float], int] = {}
    for i, (x0, top, x1, bottom) in enumerate(cells):
        for corner in ((x0, top), (x0, bottom), (x1, top), (x1, bottom)):
            j = owner.setdefault(corner, i)
            if j != i:
                parent[root(i)] = root(j)
    tables: dict[int, list[Box]] = {}
    for i, cell in enumerate(cells):
        tables.setdefault(root(i), []).append(cell)
    grouped = sorted(tables.values(), key=lambda table: min((c[1], c[0]) for c in table))
    return [table for table in grouped if len(table) > 1]
