"""Bounds on an untrusted `.xls` (Excel 97–2003) file, checked before calamine loads it.

calamine holds an .xls sheet as a dense grid from its first to its last cell and reserves
room for the area a sheet's DIMENSIONS record declares, so a 6 KB file with one cell in
A1 and one in IV65536 (or a lying DIMENSIONS record) made it take a gigabyte and many
seconds before any check after loading could run. This module finds the `Workbook`
stream in the compound file (OLE2) and walks its BIFF records once: per sheet, the
declared area and the real first and last cell, each held to `guard.refuse_extent`.
A file this walk cannot follow is left to calamine, which refuses it as unreadable.
"""

from __future__ import annotations

import struct
from pathlib import Path

from desktop_app.errors import ValidationError
from desktop_app.i18n import tr
from desktop_app.spreadsheet.guard import refuse_extent

MAX_XLS_BYTES = 100_000_000
_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")
_END_OF_CHAIN = 0xFFFFFFFE
_BOUNDSHEET, _BOF, _EOF, _DIMENSIONS = 0x0085, 0x0809, 0x000A, 0x0200
_CELLS = {0x0006, 0x00D6, 0x00FD, 0x0201, 0x0203, 0x0204, 0x0205, 0x027E}  # row, column, …
_SPANS = {0x00BD, 0x00BE}  # MULRK, MULBLANK: row, first column, …, last column


class _Unfollowable(Exception):
    """Not a compound file this walk understands (calamine will judge it)."""


def check_xls(path: Path) -> None:
    """Refuse an .xls whose sheets declare or reach more than the bounds."""
    if path.stat().st_size > MAX_XLS_BYTES:
        raise ValidationError(
            tr("The file {name} unpacks to an unreasonable size and was refused.",
               name=path.name))
    try:
        stream = _workbook_stream(path.read_bytes())
    except (_Unfollowable, struct.error, IndexError):
        return
    for sheet, rows, columns in _sheet_extents(stream):
        refuse_extent(sheet, rows, columns)


def _workbook_stream(data: bytes) -> bytes:
    if data[:8] != _SIGNATURE:
        raise _Unfollowable
    sector = 1 << struct.unpack_from("<H", data, 30)[0]
    mini_sector = 1 << struct.unpack_from("<H", data, 32)[0]
    (fat_count, directory_start, _, cutoff, minifat_start, _, difat_start, difat_count
     ) = struct.unpack_from("<8I", data, 44)

    def read(number: int) -> bytes:
        offset = (number + 1) * sector
        if offset >= len(data):
            raise _Unfollowable
        return data[offset:offset + sector]

    fat_sectors = list(struct.unpack_from("<109I", data, 76))
    next_difat = difat_start
    for _ in range(difat_count):
        block = read(next_difat)
        fat_sectors += struct.unpack_from(f"<{sector // 4 - 1}I", block)
        next_difat = struct.unpack_from("<I", block, sector - 4)[0]
    fat = []
    for number in fat_sectors[:fat_count]:
        fat += struct.unpack(f"<{sector // 4}I", read(number))

    def chain(start: int, table: list[int]) -> list[int]:
        numbers = []
        while start != _END_OF_CHAIN:
            if start >= len(table) or len(numbers) > len(table):
                raise _Unfollowable  # out of range, or a loop
            numbers.append(start)
            start = table[start]
        return numbers

    directory = b"".join(read(n) for n in chain(directory_start, fat))
    entries = {}
    for offset in range(0, len(directory) - 127, 128):
        length = struct.unpack_from("<H", directory, offset + 64)[0]
        name = directory[offset:offset + max(0, length - 2)].decode("utf-16-le", "replace")
        start, size = struct.unpack_from("<IQ", directory, offset + 116)
        entries.setdefault(name, (start, size & 0xFFFFFFFF if sector == 512 else size))
    root_start, _ = entries.get("Root Entry", (_END_OF_CHAIN, 0))
    start, size = entries.get("Workbook") or entries.get("Book") or (None, 0)
    if start is None:
        raise _Unfollowable
    if size >= cutoff:
        return b"".join(read(n) for n in chain(start, fat))[:size]
    minifat = []
    for number in chain(minifat_start, fat):
        minifat += struct.unpack(f"<{sector // 4}I", read(number))
    ministream = b"".join(read(n) for n in chain(root_start, fat))
    return b"".join(ministream[n * mini_sector:(n + 1) * mini_sector]
                    for n in chain(start, minifat))[:size]


def _sheet_extents(stream: bytes):
    """(sheet name, rows, columns) of every worksheet: the declared area, then the real
    one from its first to its last cell."""
    names: dict[int, str] = {}
    position, sheet, declared, first, last = 0, None, None, None, None
    while position + 4 <= len(stream):
        kind, length = struct.unpack_from("<HH", stream, position)
        body = position + 4
        if kind == _BOUNDSHEET and length >= 8:
            offset, count = struct.unpack_from("<I", stream, body)[0], stream[body + 6]
            wide = stream[body + 7] & 1
            raw = stream[body + 8:body + 8 + count * (2 if wide else 1)]
            names[offset] = raw.decode("utf-16-le" if wide else "latin-1", "replace")
        elif kind == _BOF and position in names:
            sheet, declared, first, last = names[position], None, None, None
        elif sheet is not None and kind == _DIMENSIONS and length >= 12:
            row_from, row_to, column_from, column_to = struct.unpack_from("<IIHH", stream, body)
            declared = (max(0, row_to - row_from), max(0, column_to - column_from))
        elif sheet is not None and (kind in _CELLS or kind in _SPANS) and length >= 4:
            row, column = struct.unpack_from("<HH", stream, body)
            end = struct.unpack_from("<H", stream, body + length - 2)[0] if kind in _SPANS \
                else column
            first = (min(first[0], row), min(first[1], column)) if first else (row, column)
            last = (max(last[0], row), max(last[1], end)) if last else (row, end)
        elif sheet is not None and kind == _EOF:
            if declared:
                yield sheet, *declared
            if first:
                yield sheet, last[0] - first[0] + 1, last[1] - first[1] + 1
            sheet = None
        position = body + length
