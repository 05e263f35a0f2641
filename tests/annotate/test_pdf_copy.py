from __future__ import annotations

import pypdfium2 as pdfium
from checked_sample import SAMPLE, checked, digest
from pypdf import PdfReader

from lkjip_lint.annotate import annotate_copy
from lkjip_lint.annotate.pdf_places import PageText
from lkjip_lint.context import find_loosely
from lkjip_lint.findings import Severity, make_finding
from lkjip_lint.model import Location
from lkjip_lint.report.view import View


def _annotated(tmp_path):
    result = checked(".pdf")
    target = tmp_path / "copy.pdf"
    copy = annotate_copy(result.path, str(target), result.findings, View())
    assert copy.error is None
    return result, target, copy


def _annotations(target) -> dict[str, tuple[int, dict]]:
    """Our annotations by name: (page index, annotation)."""
    found = {}
    for index, page in enumerate(PdfReader(str(target)).pages):
        for reference in page.get("/Annots") or []:
            annotation = reference.get_object()
            if str(annotation.get("/NM", "")).startswith("lkjip-lint-"):
                found[str(annotation["/NM"])] = (index, annotation)
    return found


def test_one_annotation_per_finding_over_the_value_found(tmp_path):
    result, target, copy = _annotated(tmp_path)
    annotations = _annotations(target)
    assert len(annotations) == len(result.findings) > 40
    document = pdfium.PdfDocument(str(target))
    checked_values = 0
    for number, finding in enumerate(result.findings, start=1):
        index, annotation = annotations[f"lkjip-lint-{number}"]
        assert index == finding.location.page - 1
        assert annotation["/T"] == "lkjip-lint" and annotation["/Subj"] == finding.rule
        page_text = PageText(document[index].get_textpage())
        if not page_text.find_all(finding.found, whole=True):
            continue  # a value not printed as such ("1, 2, 4"): marked at its row or sentence
        assert annotation["/Subtype"] == "/Highlight"
        x0, bottom, x1, top = (float(v) for v in annotation["/Rect"])
        inside = document[index].get_textpage().get_text_bounded(x0, bottom, x1, top)
        assert find_loosely(inside, finding.found), (finding.rule, finding.found, inside)
        checked_values += 1
    assert checked_values >= len(result.findings) - 3
    assert copy.exact == checked_values


def test_a_value_printed_twice_on_the_page_is_marked_in_its_own_row_and_column(tmp_path):
    result, target, _ = _annotated(tmp_path)
    # Tabel 3.1 (page 12) prints 100% as TARGET and 100 % as REALISASI and CAPAIAN of the
    # same row: the target is the one found.
    [(number, finding)] = [(n, f) for n, f in enumerate(result.findings, start=1)
                           if f.rule == "LKJ201" and f.location.page == 12]
    assert finding.location.column_label == "TARGET"
    index, annotation = _annotations(target)[f"lkjip-lint-{number}"]
    x0, bottom, x1, top = (float(v) for v in annotation["/Rect"])
    page = pdfium.PdfDocument(str(target))[index]
    assert page.get_textpage().get_text_bounded(x0, bottom, x1, top).strip() == "100%"
    row_label = PageText(page.get_textpage())
    [label_span] = row_label.find_all("Prosentase rekomendasi hasil koordinasi di bidang")
    label_box = row_label.boxes(label_span)[0]
    assert label_box[1] - 2 <= (bottom + top) / 2 <= label_box[3] + 2  # the row's first line


def test_bookmarks_list_every_finding_and_the_original_bytes_are_kept(tmp_path):
    before = digest(SAMPLE.with_suffix(".pdf"))
    result, target, _ = _annotated(tmp_path)
    assert digest(SAMPLE.with_suffix(".pdf")) == before
    original = SAMPLE.with_suffix(".pdf").read_bytes()
    assert target.read_bytes().startswith(original)  # an incremental update: appended only
    outline = PdfReader(str(target)).outline
    root = next(i for i, item in enumerate(outline) if not isinstance(item, list)
                and item.title.startswith("lkjip-lint"))
    children = outline[root + 1]
    assert len(children) == len(result.findings)
    assert all(child.title.startswith("page ") for child in children)


def test_findings_without_a_place_get_notes_in_the_margin_that_say_so(tmp_path):
    sample = str(SAMPLE.with_suffix(".pdf"))
    whole = [make_finding("LKJ511", Location(sample), "internal-error", check="structure", error="x")
             .with_(severity=Severity.WARNING)] * 2
    target = tmp_path / "copy.pdf"
    copy = annotate_copy(sample, str(target), whole, View())
    assert copy.error is None and copy.exact == 0
    annotations = _annotations(target)
    assert [index for index, _ in annotations.values()] == [0, 0]
    notes = [annotation for _, annotation in annotations.values()]
    assert all(n["/Subtype"] == "/Text" and "at: whole document" in n["/Contents"] for n in notes)
    assert notes[0]["/Rect"] != notes[1]["/Rect"]  # one below the other, not on top of each other
