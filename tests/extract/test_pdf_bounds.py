import pytest
from robustness.hostile_inputs import _page_objects, flate_bomb_pdf, length_cycle_pdf, write_raw_pdf

from lkjip_lint.extract.pdf_bounds import check_pdf
from lkjip_lint.limits import LimitExceeded, Limits
from lkjip_lint.model import ExtractError

SMALL = Limits(stream_size_mb=5)


def test_a_flate_stream_is_counted_while_inflating(tmp_path):
    path = flate_bomb_pdf(tmp_path / "bom.pdf", inflated_mb=6)
    with pytest.raises(LimitExceeded) as refused:
        check_pdf(str(path), SMALL)
    assert refused.value.problem == "a stream (object 4) expands beyond 5 MB (the 'stream-size-mb' limit)"
    check_pdf(str(path), Limits(stream_size_mb=7))


def test_image_streams_are_not_inflated(tmp_path):
    path = flate_bomb_pdf(tmp_path / "gambar.pdf", inflated_mb=6)
    data = path.read_bytes().replace(b"<< /Length", b"<< /Subtype /Image /Length", 1)
    path.write_bytes(data)
    check_pdf(str(path), SMALL)


def test_a_reference_loop_is_refused_in_one_line(tmp_path):
    path = length_cycle_pdf(tmp_path / "putaran.pdf")
    assert path.stat().st_size < 1000
    with pytest.raises(ExtractError) as refused:
        check_pdf(str(path), Limits())
    assert refused.value.problem == "corrupt PDF: objects 7 -> 8 -> 7 refer to each other in a loop"


def test_a_chain_of_references_that_ends_is_fine(tmp_path):
    text = b"BT /F1 12 Tf 50 800 Td (Laporan Kinerja 2021) Tj ET"
    objects = _page_objects(b"<< /Length 7 0 R >>\nstream\n" + text + b"\nendstream")
    objects += [b"<< >>", b"8 0 R", b"%d" % len(text)]
    check_pdf(str(write_raw_pdf(tmp_path / "rantai.pdf", objects)), Limits())
