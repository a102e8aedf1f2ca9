"""Safe export file names from scenario names (reliability item 15)."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from explorer.domain.messages import QT_TRANSLATE_NOOP
from explorer.reports.errors import ExportError

MAX_STEM_CHARS = 120
MAX_STEM_BYTES = 180  # UTF-8: most file systems allow 255 bytes a name, and the temporary file adds some
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {
    "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
    *(f"COM{i}" for i in range(10)), *(f"LPT{i}" for i in range(10)),
    *(f"COM{c}" for c in "¹²³"), *(f"LPT{c}" for c in "¹²³"),
}  # fmt: skip


def safe_file_stem(name: str, fallback: str = "export") -> str:
    """A file name stem that is valid on Windows, macOS and Linux and stays in its folder.

    Strips ``<>:"/\\|?*`` and control characters, collapses whitespace, renames
    reserved device names (CON, NUL, COM1 ...), drops leading dots and trailing
    dots or spaces, and keeps to 120 characters (and 180 bytes of UTF-8).
    """
    text = unicodedata.normalize("NFC", name)
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co", "Cn"))
    text = _FORBIDDEN.sub(" ", text)
    text = re.sub(r"\s+", " ", text).strip()
    text = text.lstrip(". ")
    text = text[:MAX_STEM_CHARS]
    while len(text.encode("utf-8")) > MAX_STEM_BYTES:
        text = text[:-1]
    text = text.rstrip(". ")
    if not text:
        return fallback
    if text.split(".")[0].strip().upper() in _RESERVED:
        text = f"_{text}"
    return text


def export_path(folder: Path | str, name: str, suffix: str) -> Path:
    """``folder/<safe name><suffix>``; always directly inside ``folder``."""
    folder = Path(folder)
    path = folder / f"{safe_file_stem(name)}{suffix}"
    if path.parent != folder:  # pragma: no cover - safe_file_stem removes every separator
        raise ExportError(
            "",
            QT_TRANSLATE_NOOP("Export", "{name!r} does not make a file name inside {folder}"),
            name=name,
            folder=str(folder),
        )
    return path
