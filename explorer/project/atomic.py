"""Atomic file writes: the target is always either its old bytes or its new bytes, never half.

The new bytes go to a temporary file in the *same folder* (so the final rename
never crosses a volume), are flushed and fsynced, and only then replace the
target with ``os.replace``. A failure at any step removes the temporary file
and leaves the target as it was. On Windows a rename can fail for a moment
with "access denied" (WinError 5) or "sharing violation" (WinError 32) while
an antivirus scanner or the search indexer holds the file: the replace is
retried with a bounded backoff before giving up.

``backup=True`` keeps the previous version as ``<name>.bak`` (one copy, as
LibreOffice does), itself written atomically before the target is replaced.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import time
from pathlib import Path

log = logging.getLogger("explorer.project")

# Retry delays for a rename refused by a transient lock (antivirus, indexer): 50 ms up to 800 ms.
REPLACE_RETRY_DELAYS_S = (0.05, 0.1, 0.2, 0.4, 0.8)
_TRANSIENT_WINERRORS = {5, 32, 33}  # access denied, sharing violation, lock violation
BACKUP_SUFFIX = ".bak"


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + BACKUP_SUFFIX)


def atomic_write_bytes(path: Path | str, data: bytes, *, backup: bool = False) -> None:
    """Write ``data`` to ``path`` atomically; with ``backup``, keep the old file as ``path.bak``.

    Raises OSError (with the path in the message) when the file cannot be written;
    the target is then untouched.
    """
    path = Path(path)
    folder = path.parent
    if backup and path.is_file():
        _copy_atomically(path, backup_path(path))
    temp = _write_temp(folder, path.name, data)
    try:
        replace_with_retry(temp, path)
    except BaseException:
        _remove_quietly(temp)
        raise
    _sync_folder(folder)


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
        temp = folder / f".{name}.{secrets.token_hex(4)}.tmp"
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


def _copy_atomically(source: Path, target: Path) -> None:
    data = source.read_bytes()
    temp = _write_temp(target.parent, target.name, data)
    try:
        replace_with_retry(temp, target)
    except BaseException:
        _remove_quietly(temp)
        raise


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
