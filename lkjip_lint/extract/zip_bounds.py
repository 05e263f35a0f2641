"""How far a ZIP package (a .docx) really inflates, counted while inflating.

The sizes an archive declares may lie, and a small member can inflate to gigabytes, so
every member is inflated here in bounded steps, counting the bytes and stopping at the
first limit passed, before the package is handed to a reader. Deflate, bzip2 and LZMA
members are counted; stored ones are as long as their bytes. Damage (a bad checksum, a
cut stream, an unknown method) is left for the reader to report: only size is judged.
"""

from __future__ import annotations

import bz2
import io
import lzma
import struct
import zipfile
import zlib

from ..limits import MB, Limits, LimitExceeded, size_text

STEP = 1024 * 1024  # the most output one inflating step may produce
_INPUT_STEP = 64 * 1024
_LOCAL_HEADER = struct.Struct("<4sHHHHHIIIHH")
_CENTRAL_SIGNATURE = b"PK\x01\x02"
_ENCRYPTED_FLAG = 0x1


def check_package(path: str, data: bytes, limits: Limits) -> None:
    """Raise LimitExceeded when the package has too many parts or inflates beyond the
    per-part or total limit."""
    if data.count(_CENTRAL_SIGNATURE) > limits.parts:  # at least as many as the archive lists
        raise LimitExceeded(path, "parts", f"more than {limits.parts} parts in the package")
    try:
        members = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError):
        return
    part_limit = limits.part_size_mb * MB
    total_limit = limits.unpacked_size_mb * MB
    total = 0
    for member in members:
        ceiling = min(part_limit, total_limit - total)
        size = _inflated_size(data, member, ceiling)
        if size > part_limit:
            raise LimitExceeded(path, "part_size_mb",
                                f"part {member.filename[:80]} expands beyond {size_text(limits.part_size_mb)}")
        total += size
        if total > total_limit:
            raise LimitExceeded(path, "unpacked_size_mb",
                                f"expands beyond {size_text(limits.unpacked_size_mb)} when unpacked")


def _inflated_size(data: bytes, member: zipfile.ZipInfo, ceiling: int) -> int:
    """Bytes the member inflates to, counted to just past ``ceiling`` at most; 0 when its
    data cannot be located or its method is not one a reader could inflate."""
    if member.flag_bits & _ENCRYPTED_FLAG:
        return 0
    raw = _member_bytes(data, member)
    if raw is None:
        return 0
    method = member.compress_type
    try:
        if method == zipfile.ZIP_STORED:
            return len(raw)
        if method == zipfile.ZIP_DEFLATED:
            return _count_zlib(zlib.decompressobj(-15), raw, ceiling)
        if method == zipfile.ZIP_BZIP2:
            return _count_buffered(bz2.BZ2Decompressor(), raw, ceiling)
        if method == zipfile.ZIP_LZMA:
            return _count_lzma(raw, ceiling)
    except (zlib.error, OSError, EOFError, lzma.LZMAError, ValueError):
        pass  # damaged before passing the ceiling: the reader will refuse it for the damage
    return 0


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


def _count_zlib(decompressor, raw: memoryview, ceiling: int) -> int:
    """Count a zlib-family stream fed in slices, never holding more than STEP of output."""
    total = 0
    position = 0
    pending = b""
    while True:
        if not pending:
            if position >= len(raw):
                out = decompressor.flush()
                return total + len(out)
            pending = raw[position:position + _INPUT_STEP]
            position += len(pending)
        out = decompressor.decompress(pending, STEP)
        pending = decompressor.unconsumed_tail
        total += len(out)
        if total > ceiling or decompressor.eof:
            return total


def count_zlib_stream(raw: memoryview, ceiling: int, wbits: int = 15) -> int:
    """Bytes a zlib (or raw deflate, ``wbits=-15``) stream inflates to, up to just past ``ceiling``."""
    return _count_zlib(zlib.decompressobj(wbits), raw, ceiling)


def _count_buffered(decompressor, raw: memoryview, ceiling: int) -> int:
    """Count a bz2/lzma stream; these keep unread input themselves."""
    total = 0
    for position in range(0, max(len(raw), 1), _INPUT_STEP):
        out = decompressor.decompress(raw[position:position + _INPUT_STEP], STEP)
        total += len(out)
        while total <= ceiling and not decompressor.eof and not decompressor.needs_input:
            out = decompressor.decompress(b"", STEP)
            total += len(out)
        if total > ceiling or decompressor.eof:
            return total
    return total


def _count_lzma(raw: memoryview, ceiling: int) -> int:
    """A ZIP LZMA member: a 4-byte header (version, properties length), the properties,
    then the raw stream; given to the decompressor in the ``.lzma`` ("alone") layout."""
    if len(raw) < 4:
        return 0
    properties_length = struct.unpack("<H", raw[2:4])[0]
    properties = bytes(raw[4:4 + properties_length])
    if properties_length != 5:
        return 0
    header = properties + b"\xff" * 8  # size unknown: the stream says where it ends
    decompressor = lzma.LZMADecompressor(lzma.FORMAT_ALONE)
    total = len(decompressor.decompress(header, STEP))
    return total + _count_buffered(decompressor, raw[4 + properties_length:], ceiling - total)
