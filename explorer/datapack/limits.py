"""Size and archive limits checked before anything is parsed (reliability.md item 11).

The figures are the reliability brief's: a real data pack is a few hundred KB, so
anything near these limits is a mistake or an attack and is refused quickly.
"""

from __future__ import annotations

import zipfile
from pathlib import PurePosixPath

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


def human_size(n: int) -> str:
    return f"{n / MB:.1f} MB" if n >= MB else f"{n:,} bytes"


def unsafe_member_name(name: str) -> bool:
    """True for names that could escape the extraction folder (zip slip) or are not plain paths."""
    if not name or "\x00" in name or "\\" in name or name.startswith("/"):
        return True
    if len(name) >= 2 and name[1] == ":":  # C:...
        return True
    return any(part == ".." for part in PurePosixPath(name).parts)


def archive_problems(zf: zipfile.ZipFile) -> list[str]:
    """Reasons to refuse an archive, read from its central directory only (nothing is inflated)."""
    infos = zf.infolist()
    if len(infos) > MAX_ARCHIVE_ENTRIES:
        return [f"archive has {len(infos):,} entries; the limit is {MAX_ARCHIVE_ENTRIES:,}"]
    reasons: list[str] = []
    total = 0
    seen: set[str] = set()
    for info in infos:
        total += info.file_size
        if unsafe_member_name(info.filename):
            reasons.append(f"archive entry '{info.filename}' has an unsafe path (absolute or '..')")
        if info.filename in seen:
            reasons.append(f"archive entry '{info.filename}' appears twice")
        seen.add(info.filename)
        if info.file_size > _RATIO_FLOOR_BYTES:
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > MAX_COMPRESSION_RATIO:
                reasons.append(
                    f"archive entry '{info.filename}' expands {ratio:,.0f}:1; "
                    f"the limit is {MAX_COMPRESSION_RATIO}:1 (zip bomb?)"
                )
    if total > MAX_ARCHIVE_UNCOMPRESSED:
        reasons.append(
            f"archive expands to {human_size(total)}; the limit is {human_size(MAX_ARCHIVE_UNCOMPRESSED)}"
        )
    reasons.extend(_overlaps(infos))
    return reasons


def _overlaps(infos: list[zipfile.ZipInfo]) -> list[str]:
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
            return [f"archive entries '{name}' and '{next_name}' overlap (zip bomb?)"]
    return []
