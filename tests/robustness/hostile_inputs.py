"""Hostile and oversized inputs, generated on demand (nothing large is stored).

``python tests/robustness/hostile_inputs.py OUTDIR`` writes every input below into OUTDIR;
the robustness tests and ``benchmarks/bench_hostile.py`` build them one by one.

Decompression bombs are built without compressing their whole content: after a full
flush a deflate compressor starts afresh, so the same chunk compresses to the same bytes
each time and can be repeated; bzip2 blocks are independent, so one block's bits can be
repeated too. A bomb of several gigabytes therefore costs milliseconds to write.
"""

from __future__ import annotations

import bz2
import io
import lzma
import random
import struct
import sys
import zipfile
import zlib
from functools import lru_cache
from pathlib import Path

MB = 1024 * 1024
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DOCUMENT_PART = "word/document.xml"
REPORT_PARAGRAPH = ("<w:p><w:r><w:t>Laporan Kinerja Instansi Pemerintah tahun 2021: realisasi anggaran "
                    "90 persen dari pagu.</w:t></w:r></w:p>")


# --- ZIP archives written member by member -------------------------------------------

class RawMember:
    """A ZIP member given as already-compressed bytes, with the sizes its headers declare."""

    def __init__(self, name: str, method: int, data: bytes, crc: int, declared_size: int):
        self.name, self.method, self.data, self.crc, self.declared_size = name, method, data, crc, declared_size


def write_zip(path: Path, members: list[RawMember]) -> Path:
    """A ZIP archive of pre-compressed members (sizes below 4 GiB: no ZIP64 records)."""
    out = bytearray()
    central = bytearray()
    for member in members:
        name = member.name.encode("utf-8")
        version = 46 if member.method == zipfile.ZIP_BZIP2 else 63 if member.method == zipfile.ZIP_LZMA else 20
        offset = len(out)
        out += struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", version, 0, member.method, 0, 0x21,
                           member.crc, len(member.data), member.declared_size, len(name), 0)
        out += name + member.data
        central += struct.pack("<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", version, version, 0, member.method, 0, 0x21,
                               member.crc, len(member.data), member.declared_size, len(name), 0, 0, 0, 0, 0, offset)
        central += name
    start = len(out)
    out += central
    out += struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, len(members), len(members), len(central), start, 0)
    path.write_bytes(bytes(out))
    return path


@lru_cache(maxsize=1)
def blank_docx_parts() -> dict[str, bytes]:
    """The parts of an empty Word document as python-docx writes it."""
    import docx

    buffer = io.BytesIO()
    docx.Document().save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def deflated(name: str, data: bytes) -> RawMember:
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    return RawMember(name, zipfile.ZIP_DEFLATED, compressor.compress(data) + compressor.flush(),
                     zlib.crc32(data), len(data))


def docx_with_parts(path: Path, replaced: dict[str, RawMember]) -> Path:
    """A blank Word document whose named parts are replaced by the given members."""
    blank = blank_docx_parts()
    members = [replaced.get(name) or deflated(name, data) for name, data in blank.items()]
    members += [member for name, member in replaced.items() if name not in blank]
    return write_zip(path, members)


def body_xml(inner: str) -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W_NS}">'
            f"<w:body>{inner}<w:sectPr/></w:body></w:document>").encode("utf-8")


def docx_with_body(path: Path, inner: str) -> Path:
    return docx_with_parts(path, {DOCUMENT_PART: deflated(DOCUMENT_PART, body_xml(inner))})


# --- decompression bombs ---------------------------------------------------------------

def repeated_deflate(head: bytes, chunk: bytes, count: int, tail: bytes) -> tuple[bytes, int, int, int]:
    """Raw deflate of ``head + chunk * count + tail``: (stream, crc32, adler32, size)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    head_bytes = compressor.compress(head) + compressor.flush(zlib.Z_FULL_FLUSH)
    chunk_bytes = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    tail_bytes = compressor.compress(tail) + compressor.flush(zlib.Z_FINISH)
    crc, adler = zlib.crc32(head), zlib.adler32(head)
    for _ in range(count):
        crc, adler = zlib.crc32(chunk, crc), zlib.adler32(chunk, adler)
    crc, adler = zlib.crc32(tail, crc), zlib.adler32(tail, adler)
    return head_bytes + chunk_bytes * count + tail_bytes, crc, adler, len(head) + len(chunk) * count + len(tail)


def deflate_bomb_docx(path: Path, inflated_mb: int = 2048) -> Path:
    """A Word document whose body part is well-formed XML inflating to ``inflated_mb``."""
    head, tail = body_xml(REPORT_PARAGRAPH).split(b"<w:sectPr/>")
    chunk = b"<w:p/>" * (MB // 6)
    data, crc, _, size = repeated_deflate(head, chunk, inflated_mb, b"<w:sectPr/>" + tail)
    return docx_with_parts(path, {DOCUMENT_PART: RawMember(DOCUMENT_PART, zipfile.ZIP_DEFLATED, data, crc, size)})


def deflate_bomb_docx_lying(path: Path, inflated_mb: int = 2048) -> Path:
    """The same bomb whose headers declare a tiny size for the part."""
    deflate_bomb_docx(path, inflated_mb)
    data = bytearray(path.read_bytes())
    start = 0
    while (start := data.find(b"word/document.xml", start + 1)) != -1:
        header = data.rfind(b"PK", 0, start)
        field = 22 if data[header:header + 4] == b"PK\x03\x04" else 24
        data[header + field:header + field + 4] = struct.pack("<I", 4096)
    path.write_bytes(bytes(data))
    return path


def _bits(data: bytes) -> tuple[int, int]:
    return int.from_bytes(data, "big"), len(data) * 8


_BZ_BLOCK_MAGIC, _BZ_END_MAGIC = 0x314159265359, 0x177245385090


def repeated_bzip2(block_source: bytes, count: int) -> tuple[bytes, int]:
    """A bzip2 stream of ``count`` copies of ``block_source`` (which must fit one block)."""
    compressed = bz2.compress(block_source, 9)
    value, length = _bits(compressed)
    for pad in range(8):
        end = length - pad - 80
        if (value >> (length - end - 48)) & ((1 << 48) - 1) == _BZ_END_MAGIC:
            break
    else:
        raise ValueError("no end-of-stream marker")
    block_bits = end - 32
    block = (value >> (length - end)) & ((1 << block_bits) - 1)
    if block >> (block_bits - 48) != _BZ_BLOCK_MAGIC or compressed.count(b"1AY&SY") != 1:
        raise ValueError("the source does not fit one bzip2 block")
    block_crc = (block >> (block_bits - 80)) & 0xFFFFFFFF
    combined = 0
    for _ in range(count):
        combined = (((combined << 1) | (combined >> 31)) & 0xFFFFFFFF) ^ block_crc
    # The blocks' bits, built by doubling so that thousands of copies take a few shifts.
    body, body_bits = 0, 0
    unit, unit_bits, remaining = block, block_bits, count
    while remaining:
        if remaining & 1:
            body, body_bits = (body << unit_bits) | unit, body_bits + unit_bits
        unit, unit_bits = (unit << unit_bits) | unit, unit_bits * 2
        remaining >>= 1
    total = (int.from_bytes(b"BZh9", "big") << body_bits) | body
    total = (total << 80) | (_BZ_END_MAGIC << 32) | combined
    total_bits = 32 + body_bits + 80
    pad = -total_bits % 8
    return (total << pad).to_bytes((total_bits + pad) // 8, "big"), len(block_source) * count


def bzip2_bomb_docx(path: Path, inflated_mb: int = 6144, block_mb: int = 40) -> Path:
    """A Word document with a bzip2 body part of zero bytes inflating to about ``inflated_mb``."""
    block = bytes(block_mb * MB)
    count = max(1, inflated_mb // block_mb)
    data, size = repeated_bzip2(block, count)
    crc = 0  # beyond 4 GiB no header without ZIP64 can state the size, so the checksum is moot too
    if size <= 0xFFFFFFFF:
        for _ in range(count):
            crc = zlib.crc32(block, crc)
    size = min(size, 0xFFFFFFFF)
    return docx_with_parts(path, {DOCUMENT_PART: RawMember(DOCUMENT_PART, zipfile.ZIP_BZIP2, data, crc, size)})


def lzma_bomb_docx(path: Path, inflated_mb: int = 64) -> Path:
    """A Word document with an LZMA body part of zero bytes (slow to build: keep it small)."""
    parts = blank_docx_parts()
    info = zipfile.ZipInfo(DOCUMENT_PART)
    info.compress_type = zipfile.ZIP_LZMA
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            if name != DOCUMENT_PART:
                archive.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
        with archive.open(info, "w", force_zip64=True) as member:
            zeros = bytes(MB)
            for _ in range(inflated_mb):
                member.write(zeros)
    return path


def many_bombs_docx(path: Path, members: int = 40, inflated_mb_each: int = 100) -> Path:
    """Many media parts, each below any per-part bound, together far above a total bound."""
    chunk = bytes(MB)
    replaced = {}
    for k in range(members):
        name = f"word/media/image{k + 1}.png"
        data, crc, _, size = repeated_deflate(b"", chunk, inflated_mb_each, b"")
        replaced[name] = RawMember(name, zipfile.ZIP_DEFLATED, data, crc, size)
    return docx_with_parts(path, replaced)


# --- XML shapes ---------------------------------------------------------------------------

def deep_xml_docx(path: Path, depth: int = 5000) -> Path:
    """Content controls nested far deeper than any document."""
    inner = "<w:sdt><w:sdtContent>" * depth + REPORT_PARAGRAPH + "</w:sdtContent></w:sdt>" * depth
    return docx_with_body(path, inner)


def nested_tables_docx(path: Path, depth: int = 80) -> Path:
    """Tables nested inside table cells, as deep as the XML parser allows."""
    open_ = "<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc>"
    close = "</w:tc></w:tr></w:tbl>"
    return docx_with_body(path, REPORT_PARAGRAPH + open_ * depth + REPORT_PARAGRAPH + close * depth)


def huge_text_run_docx(path: Path, mb: int = 12) -> Path:
    """One text run longer than the XML parser accepts by default."""
    return docx_with_body(path, REPORT_PARAGRAPH + "<w:p><w:r><w:t>" + "a" * (mb * MB) + "</w:t></w:r></w:p>")


def _cell(text: str) -> str:
    return f"<w:tc><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"


def _rupiah(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def budget_rows(count: int) -> list[list[str]]:
    rows = [["No", "Uraian", "Anggaran (Rp)", "Realisasi (Rp)", "%"]]
    rows += [[str(i), f"Kegiatan nomor {i}", _rupiah(i * 1000), _rupiah(i * 900), "90,00"]
             for i in range(1, count + 1)]
    total = count * (count + 1) // 2
    rows.append(["", "Jumlah", _rupiah(total * 1000), _rupiah(total * 900), "90,00"])
    return rows


def huge_table_docx(path: Path, rows: int = 10_000) -> Path:
    grid = "<w:tblGrid>" + "<w:gridCol/>" * 5 + "</w:tblGrid>"
    body = "".join("<w:tr>" + "".join(_cell(v) for v in row) + "</w:tr>" for row in budget_rows(rows))
    return docx_with_body(path, REPORT_PARAGRAPH + "<w:p><w:r><w:t>Tabel 3.1 Realisasi Anggaran</w:t></w:r></w:p>"
                          + "<w:tbl>" + grid + body + "</w:tbl>")


def many_tables_docx(path: Path, tables: int = 3000) -> Path:
    table = "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>" + _cell("a") + _cell("1") + "</w:tr></w:tbl>"
    return docx_with_body(path, REPORT_PARAGRAPH + table * tables)


# --- PDF ------------------------------------------------------------------------------------

def write_raw_pdf(path: Path, objects: list[bytes], root: int = 1) -> Path:
    """A PDF of the given object bodies (numbered from 1) with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref)
    path.write_bytes(bytes(out))
    return path


def _page_objects(content_object: bytes) -> list[bytes]:
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        content_object,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]


def flate_bomb_pdf(path: Path, inflated_mb: int = 2048) -> Path:
    """A one-page PDF whose content stream is a Flate bomb of blank space after one text line."""
    head = b"BT /F1 12 Tf 50 800 Td (Laporan Kinerja Instansi Pemerintah 2021) Tj ET\n"
    data, _, adler, _ = repeated_deflate(head, b" " * MB, inflated_mb, b"\n")
    stream = b"\x78\xda" + data + struct.pack(">I", adler)
    content = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"
    return write_raw_pdf(path, _page_objects(content))


def length_cycle_pdf(path: Path) -> Path:
    """A small PDF whose content stream length is a reference cycle: 7 -> 8 -> 7."""
    text = b"BT /F1 12 Tf 50 800 Td (Laporan Kinerja 2021) Tj ET"
    objects = _page_objects(b"<< /Length 7 0 R >>\nstream\n" + text + b"\nendstream")
    objects += [b"<< >>", b"8 0 R", b"7 0 R"]
    return write_raw_pdf(path, objects)


def many_pages_pdf(path: Path, pages: int = 2500) -> Path:
    text = b"BT /F1 12 Tf 50 800 Td (Laporan Kinerja 2021) Tj ET"
    first_page = 4
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"", b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for k in range(pages):
        page_id, content_id = first_page + 2 * k, first_page + 2 * k + 1
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R"
                       b" /Resources << /Font << /F1 3 0 R >> >> >>" % content_id)
        objects.append(b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream")
        kids.append(b"%d 0 R" % page_id)
    objects[1] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d >>" % pages
    return write_raw_pdf(path, objects)


# --- text -----------------------------------------------------------------------------------

TEXT_HEAD = "LAPORAN KINERJA TAHUN 2021\n\n"


def long_line_text(path: Path, characters: int = 200_000) -> Path:
    sentence = "Realisasi anggaran tahun 2021 mencapai 95 persen dari target yang ditetapkan. "
    path.write_text(TEXT_HEAD + sentence * (characters // len(sentence)) + "\n", encoding="utf-8")
    return path


def letters_run_text(path: Path, characters: int = 40_000) -> Path:
    path.write_text(TEXT_HEAD + "a" * characters + "\n", encoding="utf-8")
    return path


def digits_run_text(path: Path, characters: int = 40_000) -> Path:
    path.write_text(TEXT_HEAD + "Realisasi " + "1" * characters + " rupiah\n", encoding="utf-8")
    return path


def huge_table_text(path: Path, rows: int = 10_000) -> Path:
    lines = ["\t".join(row) for row in budget_rows(rows)]
    path.write_text(TEXT_HEAD + "Tabel 3.1 Realisasi Anggaran\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def utf16_without_bom_text(path: Path, text: str, byte_order: str = "le") -> Path:
    path.write_bytes(text.encode("utf-16-le" if byte_order == "le" else "utf-16-be"))
    return path


def stray_nul_text(path: Path, text: str) -> Path:
    middle = len(text) // 2
    path.write_bytes(text[:middle].encode("utf-8") + b"\x00" + text[middle:].encode("utf-8"))
    return path


# --- mutations ------------------------------------------------------------------------------

def mutate(data: bytes, rng: random.Random) -> bytes:
    """One random damage: flipped bytes, a cut, a repeated or deleted slice, or a zeroed run."""
    data = bytearray(data)
    kind = rng.randrange(5)
    if kind == 0:
        for _ in range(rng.randint(1, 20)):
            data[rng.randrange(len(data))] = rng.randrange(256)
    elif kind == 1:
        del data[rng.randrange(1, len(data)):]
    elif kind == 2:
        start = rng.randrange(len(data))
        piece = data[start:start + rng.randint(1, 4096)]
        data[start:start] = piece * rng.randint(1, 50)
    elif kind == 3:
        start = rng.randrange(len(data))
        del data[start:start + rng.randint(1, 4096)]
    else:
        start = rng.randrange(len(data))
        data[start:start + rng.randint(1, 512)] = bytes(rng.randint(1, 512))
    return bytes(data)


def mutate_docx_part(source: Path, target: Path, rng: random.Random) -> Path:
    """A valid package whose body XML is damaged: the damage reaches the XML parser and the
    reader, not just the archive's checksums."""
    with zipfile.ZipFile(source) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts[DOCUMENT_PART] = mutate(parts[DOCUMENT_PART], rng)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return target


_ODD_VALUES = ("0", "-1", "1", "2", "64", "65", "4294967296", "99999999999", "", "x", "restart", "continue",
               "page", "nextPage", "true", "false", "%1.%2.%3", "%9")


def mutate_docx_structure(source: Path, target: Path, rng: random.Random) -> Path:
    """A package whose body XML stays well-formed but is rearranged: elements deleted,
    repeated or moved, attribute values replaced by odd ones (spans, merges, list levels,
    break types), so that the damage reaches the reader rather than the XML parser."""
    from lxml import etree

    with zipfile.ZipFile(source) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    for name in (DOCUMENT_PART, "word/numbering.xml", "word/styles.xml"):
        if name not in parts:
            continue
        root = etree.fromstring(parts[name])
        elements = list(root.iter())
        for _ in range(rng.randint(1, 12)):
            element = rng.choice(elements)
            parent = element.getparent()
            kind = rng.randrange(4)
            if kind == 0 and parent is not None:
                parent.remove(element)
            elif kind == 1 and parent is not None:
                parent.insert(rng.randrange(len(parent) + 1), etree.fromstring(etree.tostring(element)))
            elif kind == 2 and parent is not None:
                other = rng.choice(elements)
                if other is not element and element not in other.iterancestors():
                    other.append(element)
            elif element.attrib:
                attribute = rng.choice(list(element.attrib))
                element.set(attribute, rng.choice(_ODD_VALUES))
        parts[name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return target


def mutated_files(sources: list[Path], folder: Path, count: int, seed: int = 16) -> list[Path]:
    """``count`` damaged copies of each source, reproducible from ``seed``."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for source in sources:
        original = source.read_bytes()
        for k in range(count):
            target = folder / f"{source.stem}-{k:02d}{source.suffix}"
            if source.suffix == ".docx" and k % 3 == 0:
                mutate_docx_part(source, target, rng)
            elif source.suffix == ".docx":
                mutate_docx_structure(source, target, rng)
            else:
                target.write_bytes(mutate(original, rng))
            made.append(target)
    return made


# --- everything -------------------------------------------------------------------------------

# The inputs of the hardening brief, at full size: name -> builder.
CRAFTED = {
    "bomb-deflate.docx": deflate_bomb_docx,
    "bomb-deflate-lying-sizes.docx": deflate_bomb_docx_lying,
    "bomb-bzip2.docx": bzip2_bomb_docx,
    "bomb-many-parts.docx": many_bombs_docx,
    "bomb-flate-stream.pdf": flate_bomb_pdf,
    "length-cycle.pdf": length_cycle_pdf,
    "deep-xml.docx": deep_xml_docx,
    "huge-text-run.docx": huge_text_run_docx,
    "nested-tables.docx": nested_tables_docx,
    "many-tables.docx": many_tables_docx,
    "many-pages.pdf": many_pages_pdf,
    "table-10000-rows.docx": huge_table_docx,
    "table-10000-rows.txt": huge_table_text,
    "long-line.txt": long_line_text,
    "letters-run.txt": letters_run_text,
    "digits-run.txt": digits_run_text,
}


def write_all(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    made = [build(folder / name) for name, build in CRAFTED.items()]
    made.append(lzma_bomb_docx(folder / "bomb-lzma.docx", 256))
    sample = "LAPORAN KINERJA 2021\nRealisasi anggaran 90 persen.\n"
    made.append(utf16_without_bom_text(folder / "utf16-le-no-bom.txt", sample))
    made.append(utf16_without_bom_text(folder / "utf16-be-no-bom.txt", sample, "be"))
    made.append(stray_nul_text(folder / "stray-nul.txt", sample))
    samples = Path(__file__).resolve().parents[2] / "samples"
    made += mutated_files(sorted(samples.glob("lkjip-*")), folder / "mutated", 10)
    return made


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python tests/robustness/hostile_inputs.py OUTDIR")
    for made in write_all(Path(sys.argv[1])):
        print(made)
