import zipfile

import pytest
from robustness.hostile_inputs import (
    MB,
    RawMember,
    bzip2_bomb_docx,
    deflate_bomb_docx,
    deflate_bomb_docx_lying,
    deflated,
    lzma_bomb_docx,
    many_bombs_docx,
    repeated_deflate,
    write_zip,
)

from lkjip_lint.extract.zip_bounds import check_package
from lkjip_lint.limits import LimitExceeded, Limits

SMALL = Limits(part_size_mb=8, unpacked_size_mb=20)


def check(path, limits=SMALL):
    check_package(str(path), path.read_bytes(), limits)


def refusal(path, limits=SMALL) -> str:
    with pytest.raises(LimitExceeded) as refused:
        check(path, limits)
    return refused.value.problem


def test_a_deflate_part_is_counted_while_inflating(tmp_path):
    path = deflate_bomb_docx(tmp_path / "bom.docx", inflated_mb=9)
    assert refusal(path) == "part word/document.xml expands beyond 8 MB (the 'part-size-mb' limit)"
    check(path, Limits(part_size_mb=10, unpacked_size_mb=20))


def test_a_part_whose_headers_declare_a_small_size_is_counted_for_what_it_inflates_to(tmp_path):
    path = deflate_bomb_docx_lying(tmp_path / "bom.docx", inflated_mb=40)
    assert zipfile.ZipFile(path).getinfo("word/document.xml").file_size == 4096
    assert "expands beyond 8 MB" in refusal(path)


def test_bzip2_and_lzma_parts_are_counted(tmp_path):
    assert "expands beyond 8 MB" in refusal(bzip2_bomb_docx(tmp_path / "bzip2.docx", inflated_mb=10, block_mb=5))
    assert "expands beyond 8 MB" in refusal(lzma_bomb_docx(tmp_path / "lzma.docx", inflated_mb=9))
    check(lzma_bomb_docx(tmp_path / "small-lzma.docx", inflated_mb=7))


def test_parts_are_added_up(tmp_path):
    path = many_bombs_docx(tmp_path / "many.docx", members=3, inflated_mb_each=7)
    assert refusal(path) == "expands beyond 20 MB when unpacked (the 'unpacked-size-mb' limit)"
    check(path, Limits(part_size_mb=8, unpacked_size_mb=30))


def test_too_many_parts(tmp_path):
    path = write_zip(tmp_path / "parts.docx", [deflated(f"word/media/{k}.png", b"x") for k in range(30)])
    assert refusal(path, Limits(parts=20)) == "more than 20 parts in the package (the 'parts' limit)"


def test_a_damaged_stream_is_left_for_the_reader(tmp_path):
    data, crc, _, size = repeated_deflate(b"", bytes(MB), 2, b"")
    cut = RawMember("word/document.xml", zipfile.ZIP_DEFLATED, data[: len(data) // 2], crc, size)
    garbage = RawMember("word/styles.xml", zipfile.ZIP_DEFLATED, b"\xff" * 100, 0, 100)
    check(write_zip(tmp_path / "damaged.docx", [cut, garbage]))


def test_an_archive_that_cannot_be_opened_is_left_for_the_reader(tmp_path):
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04 not really")
    check(path)


def test_xml_tags_are_counted_while_inflating(tmp_path):
    path = deflate_bomb_docx(tmp_path / "bom.docx", inflated_mb=2)  # about 350,000 empty paragraphs
    assert refusal(path, Limits(xml_tags=300_000)) == "more than 300000 XML tags (the 'xml-tags' limit)"
    check(path, Limits(xml_tags=400_000))


def test_tags_of_parts_that_are_not_xml_are_not_counted(tmp_path):
    media = RawMember("word/media/image1.png", zipfile.ZIP_STORED, b"<" * 1000, zipfile.crc32(b"<" * 1000), 1000)
    check(write_zip(tmp_path / "gambar.docx", [media]), Limits(xml_tags=10))
