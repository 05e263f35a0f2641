"""How far a ZIP package (a .docx) really inflates, counted while inflating.

The sizes an archive declares may lie, and a small member can inflate to gigabytes, so
every member is inflated here in bounded steps, counting the bytes and stopping at the
first limit passed, before the package is handed to a reader. Deflate, bzip2 and LZMA
members are counted; stored ones are as long as their bytes. The tags of the XML parts
are counted on the way: what parsed XML takes in memory follows the number of elements
more than the number of bytes. Damage (a bad checksum, a cut stream, an unknown method)
is left for the reader to report: only size is judged here.
"""

from __future__ import annotations

import bz2
import io
import lzma
import struct
import zipfile
import zlib
from typing import Iterator

from ..limits import MB, Limits, LimitExceeded, size_text

STEP = 1024 * 1024  # the most output one inflating step may produce
_INPUT_STEP = 64 * 1024
_LOCAL_HEADER = struct.Struct("<4sHHHHHIIIHH")
_CENTRAL_SIGNATURE = b"PK\x01\x02"
_ENCRYPTED_FLAG = 0x1
_XML_SUFFIXES = (".xml", ".rels")
_DAMAGE = (zlib.error, OSError, EOFError, lzma.LZMAError, ValueError)


def check_package(path: str, data: bytes, limits: Limits) -> None:
    """Raise LimitExceeded when the package has too many parts, inflates beyond the
    per-part or total limit, or its XML holds too many tags."""
    if data.count(_CENTRAL_SIGNATURE) > limits.parts:  # at least as many as the archive lists
        raise LimitExceeded(path, "parts", f"more than {limits.parts} parts in the package")
    try:
        members = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError):
        return
    part_limit = limits.part_size_mb * MB
    total_limit = limits.unpacked_size_mb * MB
    total = tags = 0
    for member in members:
        is_xml = member.filename.lower().endswith(_XML_SUFFIXES)
        size = 0
        for chunk in _inflated_chunks(data, member):
            size += len(chunk)
            total += len(chunk)
            if size > part_limit:
                raise LimitExceeded(path, "part_size_mb",
                                    f"part {member.filename[:80]} expands beyond {size_text(limits.part_size_mb)}")
            if total > total_limit:
                raise LimitExceeded(path, "unpacked_size_mb",
                                    f"expands beyond {size_text(limits.unpacked_size_mb)} when unpacked")
            if is_xml:
                tags += chunk.count(b"<")
                if tags > limits.xml_tags:
                    raise LimitExceeded(path, "xml_tags", f"more than {limits.xml_tags} XML tags")


def _inflated_chunks(data: bytes, member: zipfile.ZipInfo) -> Iterator[bytes]:
    """The member's content in pieces of at most STEP bytes; nothing more once its data
    turns out damaged, encrypted or packed by a method a reader could not inflate."""
    if member.flag_bits & _ENCRYPTED_FLAG:
        return
    raw = _member_bytes(data, member)
    if raw is None:
        return
    method = member.compress_type
    try:
        if method == zipfile.ZIP_STORED:
            for start in range(0, len(raw), STEP):
                yield bytes(raw[start:start + STEP])
        elif method == zipfile.ZIP_DEFLATED:
            yield from zlib_chunks(raw, wbits=-15)
        elif method == zipfile.ZIP_BZIP2:
            yield from _buffered_chunks(bz2.BZ2Decompressor(), raw)
        elif method == zipfile.ZIP_LZMA:
            yield from _lzma_chunks(raw)
    except _DAMAGE:
        return  # the reader will refuse it for the damage


def _member_bytes(data: bytes, member: zipfile.ZipInfo) -> memoryview | None:
    start = member.header_offset
    header = data[start:start + _LOCAL_HEADER.size]
    if len(header) < _LOCAL_HEADER.size:
        return None
    fields = _LOCAL_HEADER.unpack(header)
    if fields[0] != b"PK\x03\x04":
        return None
    begin = start + _LOCAL_HEADER.size + fields[9] + fields[10]
    return memoryview(data)[begin:begin + member.compress_size]


def zlib_chunks(raw: memoryview, wbits: int = 15) -> Iterator[bytes]:
    """A zlib (or raw deflate, ``wbits=-15``) stream inflated piece by piece, fed in slices."""
    decompressor = zlib.decompressobj(wbits)
    position = 0
    pending = b""
    while not decompressor.eof:
        if not pending:
            if position >= len(raw):
                yield decompressor.flush()
                return
            pending = raw[position:position + _INPUT_STEP]
            position += len(pending)
        out = decompressor.decompress(pending, STEP)
        pending = decompressor.unconsumed_tail
        if out:
            yield out


def count_zlib_stream(raw: memoryview, ceiling: int, wbits: int = 15) -> int:
    """Bytes a zlib stream inflates to, counted to just past ``ceiling`` at most."""
    total = 0
    for chunk in zlib_chunks(raw, wbits):
        total += len(chunk)
        if total > ceiling:
            break
    return total


def _buffered_chunks(decompressor, raw: memoryview) -> Iterator[bytes]:
    """A bz2/lzma stream piece by piece; these decompressors keep unread input themselves."""
    for position in range(0, max(len(raw), 1), _INPUT_STEP):
        out = decompressor.decompress(raw[position:position + _INPUT_STEP], STEP)
        while True:
            if out:
                yield out
            if decompressor.eof or decompressor.needs_input:
                break
            out = decompressor.decompress(b"", STEP)
        if decompressor.eof:
            return


def _lzma_chunks(raw: memoryview) -> Iterator[bytes]:
    """A ZIP LZMA member: a 4-byte header (version, properties length), the properties,
    then the raw stream; given to the decompressor in the ``.lzma`` ("alone") layout."""
    if len(raw) < 4:
        return
    properties_length = struct.unpack("<H", raw[2:4])[0]
    if properties_length != 5:
        return
    header = bytes(raw[4:9]) + b"\xff" * 8  # size unknown: the stream says where it ends
    decompressor = lzma.LZMADecompressor(lzma.FORMAT_ALONE)
    out = decompressor.decompress(header, STEP)
    if out:
        yield out
    yield from _buffered_chunks(decompressor, raw[9:])
