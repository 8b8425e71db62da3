"""Ruled tables of a PDF page: pdfium's vector paths through pdfplumber's table algorithm.

`pdfplumber`'s `Page.find_tables()` first parses the whole page with pdfminer (0.1-0.5 s a page,
most of the time a check of a PDF with tables takes) only to collect the ruling lines. pdfium has
parsed the page already, so the lines are taken from its path objects and handed to pdfplumber's
own table functions (snap and join the edges, intersect them, build cells, group cells into
tables) with pdfplumber's default settings. The edges are made the way pdfplumber makes them from
pdfminer's objects: every straight horizontal or vertical segment of a path is an edge, so a
rectangle gives four; curves give none.
"""

from __future__ import annotations

import ctypes

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

Cell = tuple[float, float, float, float]  # x0, top, x1, bottom (top measured from the page top)

SNAP = 3  # pdfplumber's DEFAULT_SNAP_TOLERANCE
JOIN = 3  # pdfplumber's DEFAULT_JOIN_TOLERANCE
INTERSECTION = 3  # pdfplumber's default intersection_tolerance
EDGE_MIN_LENGTH_PREFILTER = 1  # pdfplumber's defaults
EDGE_MIN_LENGTH = 3
STRAIGHT = 0.01  # points: a segment whose ends differ less than this in x (or y) is vertical (horizontal)


def find_tables(page: pdfium.PdfPage, page_top: float) -> list[tuple[Cell, list[list[Cell | None]]]]:
    """(bbox, rows of cells) of each ruled table of `page` with at least two cells."""
    edges = page_edges(page, page_top)
    if not edges:
        return []
    # pdfplumber is imported only for a page with lines: importing it costs 0.1 s of a start.
    from pdfplumber import table as plumber_table
    from pdfplumber.utils import filter_edges

    edges = filter_edges(edges, min_length=EDGE_MIN_LENGTH_PREFILTER)
    if not edges:
        return []
    edges = plumber_table.merge_edges(edges, SNAP, SNAP, JOIN, JOIN)
    edges = filter_edges(edges, min_length=EDGE_MIN_LENGTH)
    intersections = plumber_table.edges_to_intersections(edges, INTERSECTION, INTERSECTION)
    cells = plumber_table.intersections_to_cells(intersections)
    found = []
    for group in plumber_table.cells_to_tables(cells):
        if len(group) < 2:
            continue  # a lone frame is no table
        table = plumber_table.Table(None, group)
        found.append((tuple(table.bbox), [list(row.cells) for row in table.rows]))
    return found


def page_edges(page: pdfium.PdfPage, page_top: float) -> list[dict]:
    """Horizontal and vertical edges of the page's paths, in pdfplumber's edge format."""
    edges: list[dict] = []
    x, y = ctypes.c_float(), ctypes.c_float()
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH]):
        transforms = _transforms(obj)
        start = current = None
        for index in range(pdfium_c.FPDFPath_CountSegments(obj)):
            segment = pdfium_c.FPDFPath_GetPathSegment(obj, index)
            if not segment or not pdfium_c.FPDFPathSegment_GetPoint(segment, x, y):
                start = current = None
                continue
            point = _apply(transforms, x.value, y.value)
            kind = pdfium_c.FPDFPathSegment_GetType(segment)
            if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
                start = point
            elif kind == pdfium_c.FPDF_SEGMENT_LINETO and current is not None:
                _add_edge(edges, current, point, page_top)
            current = point  # a Bézier segment moves the pen without an edge
            if pdfium_c.FPDFPathSegment_GetClose(segment) and start is not None and current is not None:
                _add_edge(edges, current, start, page_top)
                current = start
    return edges


def _transforms(obj: pdfium.PdfObject) -> list[pdfium.PdfMatrix]:
    """The object's matrix and those of the Form XObjects it sits in, innermost first."""
    transforms = [obj.get_matrix()]
    container = getattr(obj, "container", None)
    while container is not None:
        transforms.append(container.get_matrix())
        container = getattr(container, "container", None)
    return transforms


def _apply(transforms: list[pdfium.PdfMatrix], x: float, y: float) -> tuple[float, float]:
    for matrix in transforms:
        x, y = matrix.on_point(x, y)
    return x, y


def _add_edge(edges: list[dict], a: tuple[float, float], b: tuple[float, float], page_top: float) -> None:
    (ax, ay), (bx, by) = a, b
    if abs(ay - by) < STRAIGHT:
        x0, x1 = min(ax, bx), max(ax, bx)
        top = page_top - ay
        edges.append({"x0": x0, "x1": x1, "top": top, "bottom": top, "width": x1 - x0, "height": 0.0,
                      "orientation": "h", "object_type": "line"})  # fmt: skip
    elif abs(ax - bx) < STRAIGHT:
        top, bottom = page_top - max(ay, by), page_top - min(ay, by)
        edges.append({"x0": ax, "x1": ax, "top": top, "bottom": bottom, "width": 0.0, "height": bottom - top,
                      "orientation": "v", "object_type": "line"})  # fmt: skip
