"""Size and archive limits checked before anything is parsed (reliability.md item 11).

The figures are the reliability brief's: a real data pack is a few hundred KB, so
anything near these limits is a mistake or an attack and is refused quickly.
"""

from __future__ import annotations

import zipfile
from pathlib import PurePosixPath

from explorer.domain.messages import QT_TRANSLATE_NOOP, Message

MAX_CSV_BYTES = 50 * 1024 * 1024
MAX_XLSX_BYTES = 20 * 1024 * 1024
MAX_ZIP_BYTES = 20 * 1024 * 1024
MAX_JSON_BYTES = 5 * 1024 * 1024
MAX_ROWS = 200_000
MAX_COLUMNS = 200
MAX_CELL_CHARS = 100_000
MAX_ARCHIVE_ENTRIES = 10_000
MAX_ARCHIVE_UNCOMPRESSED = 200 * 1024 * 1024
MAX_COMPRESSION_RATIO = 100
_RATIO_FLOOR_BYTES = 64 * 1024  # tiny members compress well legitimately; judge the ratio above this

MB = 1024 * 1024


def human_size(n: int) -> Message:
    """A file size for messages: "12.3 MB", or "4,096 bytes" below a megabyte."""
    if n >= MB:
        return Message(QT_TRANSLATE_NOOP("DataPack", "{size:.1f} MB"), size=n / MB)
    return Message(QT_TRANSLATE_NOOP("DataPack", "{count:,} bytes"), count=n)


def unsafe_member_name(name: str) -> bool:
    """True for names that could escape the extraction folder (zip slip) or are not plain paths."""
    if not name or "\x00" in name or "\\" in name or name.startswith("/"):
        return True
    if len(name) >= 2 and name[1] == ":":  # C:...
        return True
    return any(part == ".." for part in PurePosixPath(name).parts)


def archive_problems(zf: zipfile.ZipFile) -> list[Message]:
    """Reasons to refuse an archive, read from its central directory only (nothing is inflated)."""
    infos = zf.infolist()
    if len(infos) > MAX_ARCHIVE_ENTRIES:
        return [
            Message(
                QT_TRANSLATE_NOOP("DataPack", "archive has {count:,} entries; the limit is {limit:,}"),
                count=len(infos),
                limit=MAX_ARCHIVE_ENTRIES,
            )
        ]
    reasons: list[Message] = []
    total = 0
    seen: set[str] = set()
    for info in infos:
        total += info.file_size
        if unsafe_member_name(info.filename):
            reasons.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "DataPack", "archive entry '{name}' has an unsafe path (absolute or '..')"
                    ),
                    name=info.filename,
                )
            )
        if info.filename in seen:
            reasons.append(
                Message(
                    QT_TRANSLATE_NOOP("DataPack", "archive entry '{name}' appears twice"), name=info.filename
                )
            )
        seen.add(info.filename)
        if info.file_size > _RATIO_FLOOR_BYTES:
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > MAX_COMPRESSION_RATIO:
                reasons.append(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "DataPack",
                            "archive entry '{name}' expands {ratio:,.0f}:1; "
                            "the limit is {limit}:1 (zip bomb?)",
                        ),
                        name=info.filename,
                        ratio=ratio,
                        limit=MAX_COMPRESSION_RATIO,
                    )
                )
    if total > MAX_ARCHIVE_UNCOMPRESSED:
        reasons.append(
            Message(
                QT_TRANSLATE_NOOP("DataPack", "archive expands to {size}; the limit is {limit}"),
                size=human_size(total),
                limit=human_size(MAX_ARCHIVE_UNCOMPRESSED),
            )
        )
    reasons.extend(_overlaps(infos))
    return reasons


def _overlaps(infos: list[zipfile.ZipInfo]) -> list[Message]:
    """Entries whose data overlap, the trick of non-recursive zip bombs (CVE-2019-13232)."""
    spans = sorted(
        (
            info.header_offset,
            info.header_offset + 30 + len(info.orig_filename.encode()) + info.compress_size,
            info.filename,
        )
        for info in infos
    )
    for (_, end, name), (next_start, _, next_name) in zip(spans, spans[1:], strict=False):
        if next_start < end:
            return [
                Message(
                    QT_TRANSLATE_NOOP(
                        "DataPack", "archive entries '{first}' and '{second}' overlap (zip bomb?)"
                    ),
                    first=name,
                    second=next_name,
                )
            ]
    return []
