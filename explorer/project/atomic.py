"""Atomic file writes: the target is always either its old bytes or its new bytes, never half.

The new bytes go to a temporary file in the *same folder* (so the final rename
never crosses a volume), are flushed and fsynced, and only then replace the
target with ``os.replace``. A failure at any step removes the temporary file
and leaves the target as it was. On Windows a rename can fail for a moment
with "access denied" (WinError 5) or "sharing violation" (WinError 32) while
an antivirus scanner or the search indexer holds the file: the replace is
retried with a bounded backoff before giving up.

``backup=True`` keeps the previous version as ``<name>.bak`` (one copy, as
LibreOffice does). The old bytes are written to a temporary file first, the target is
replaced, and only then the backup: a kill between any two steps leaves the target
either old or new and the backup either the version before it or older, never a
backup equal to the file it backs up.

A save through a symbolic link writes the file the link points to and keeps the link.
Names up to the folder's limit (255 bytes) can be saved: temporary names are shortened
to fit, and so is the backup's name when ``<name>.bak`` would be too long.
Temporary files left by an interrupted save (a kill, a power cut) are removed by the
next save of the same file once they are older than ``STALE_TEMP_S``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import secrets
import time
from pathlib import Path

log = logging.getLogger("explorer.project")

# Retry delays for a rename refused by a transient lock (antivirus, indexer): 50 ms up to 800 ms.
REPLACE_RETRY_DELAYS_S = (0.05, 0.1, 0.2, 0.4, 0.8)
_TRANSIENT_WINERRORS = {5, 32, 33}  # access denied, sharing violation, lock violation
BACKUP_SUFFIX = ".bak"
NAME_MAX_BYTES = 255  # the limit of ext4, NTFS, APFS and most others
# A temporary file untouched this long belongs to a save that was interrupted.
STALE_TEMP_S = 10.0
_TEMP_TAIL = re.compile(r"\.[0-9a-f]{8}\.tmp$")


def _fit_name(name: str, room: int) -> str:
    """``name`` cut (on a character boundary) to at most ``room`` bytes in UTF-8."""
    encoded = name.encode("utf-8", "surrogateescape")
    if len(encoded) <= room:
        return name
    return encoded[:room].decode("utf-8", "ignore")


def backup_path(path: Path) -> Path:
    name = path.name
    if len((name + BACKUP_SUFFIX).encode("utf-8", "surrogateescape")) > NAME_MAX_BYTES:
        name = _fit_name(name, NAME_MAX_BYTES - len(BACKUP_SUFFIX))
    return path.with_name(name + BACKUP_SUFFIX)


def _temp_prefix(name: str) -> str:
    # "." + name + "." + 8 hex + ".tmp" must fit the folder's name limit.
    return "." + _fit_name(name, NAME_MAX_BYTES - 15) + "."


def _resolve(path: Path) -> Path:
    """The file a save really writes: through symbolic links, so a link stays a link."""
    if path.is_symlink():
        return Path(os.path.realpath(path))
    return path


def atomic_write_bytes(path: Path | str, data: bytes, *, backup: bool = False) -> None:
    """Write ``data`` to ``path`` atomically; with ``backup``, keep the old file as ``path.bak``.

    Raises OSError (with the path in the message) when the file cannot be written;
    the target is then untouched.
    """
    path = _resolve(Path(path))
    folder = path.parent
    remove_stale_temps(path)
    old_copy = None
    if backup and path.is_file():
        bak = backup_path(path)
        old_copy = (_write_temp(folder, bak.name, path.read_bytes()), bak)
    try:
        temp = _write_temp(folder, path.name, data)
    except BaseException:
        if old_copy is not None:
            _remove_quietly(old_copy[0])
        raise
    try:
        replace_with_retry(temp, path)
    except BaseException:
        _remove_quietly(temp)
        if old_copy is not None:
            _remove_quietly(old_copy[0])
        raise
    if old_copy is not None:
        # The file is saved; the backup follows. If that fails, the previous backup stays.
        try:
            replace_with_retry(*old_copy)
        except OSError as error:
            _remove_quietly(old_copy[0])
            log.warning("Saved %s, but its backup could not be replaced: %s", path, error)
    _sync_folder(folder)


def remove_stale_temps(path: Path | str, *, older_than_s: float | None = None) -> list[Path]:
    """Remove what interrupted saves of ``path`` (and of its backup) left behind."""
    if older_than_s is None:
        older_than_s = STALE_TEMP_S
    path = Path(path)
    prefixes = (_temp_prefix(path.name), _temp_prefix(backup_path(path).name))
    removed = []
    now = time.time()
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return removed
    for entry in entries:
        name = entry.name
        if not name.startswith(prefixes) or not _TEMP_TAIL.search(name):
            continue
        if name[: -len(".12345678.tmp")] + "." not in prefixes:
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            if now - entry.stat(follow_symlinks=False).st_mtime < older_than_s:
                continue
            os.unlink(entry.path)
        except OSError:
            continue
        removed.append(Path(entry.path))
    if removed:
        log.info("Removed %d temporary file(s) left by interrupted saves of %s", len(removed), path)
    return removed


def atomic_write_text(path: Path | str, text: str, *, backup: bool = False) -> None:
    atomic_write_bytes(path, text.encode("utf-8"), backup=backup)


def replace_with_retry(source: Path, target: Path) -> None:
    """``os.replace`` that retries a transient Windows lock a few times before raising."""
    for delay in (*REPLACE_RETRY_DELAYS_S, None):
        try:
            os.replace(source, target)
            return
        except PermissionError as error:
            # Only Windows errors carry ``winerror``; a real "permission denied" is never retried.
            if delay is None or getattr(error, "winerror", None) not in _TRANSIENT_WINERRORS:
                raise
            log.info("Replacing %s was refused (%s); retrying in %.0f ms", target, error, delay * 1000)
            time.sleep(delay)


def _write_temp(folder: Path, name: str, data: bytes) -> Path:
    """A new file beside the target holding ``data``, flushed to disk. Removed again on failure."""
    for _attempt in range(20):
        temp = folder / f"{_temp_prefix(name)}{secrets.token_hex(4)}.tmp"
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o644)
        except FileExistsError:
            continue
        break
    else:  # pragma: no cover - 20 random names all taken
        raise FileExistsError(f"could not create a temporary file in {folder}")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        _remove_quietly(temp)
        raise
    return temp


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles to fsync."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
