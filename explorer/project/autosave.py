"""Autosave and crash recovery (the KAutoSaveFile pattern), without Qt.

Each running app holds a *session*: ``autosave/<session>.lock``, locked by the
operating system for as long as the process lives, and ``<session>.json``,
the latest autosave, written atomically. A clean exit deletes both. After a
crash the lock is released by the OS but the autosave stays: at the next
start ``recoverable()`` lists the autosaves whose lock nobody holds, newest
first, and the user is offered to recover them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from explorer import paths
from explorer.domain.messages import QT_TRANSLATE_NOOP
from explorer.project.atomic import atomic_write_bytes
from explorer.project.codec import load_json, project_from_dict, project_to_dict
from explorer.project.files import read_bytes_limited
from explorer.project.model import Project, ProjectError

log = logging.getLogger("explorer.project")

AUTOSAVE_FORMAT = "guian-compute-explorer/autosave"
AUTOSAVE_VERSION = 1
AUTOSAVE_KEYS = ("format", "autosave_version", "saved_at", "source_path", "project")


def autosave_dir() -> Path:
    folder = paths.user_data_dir() / "autosave"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@dataclass(frozen=True, slots=True)
class Recoverable:
    """An autosave left behind by an app that did not close properly."""

    path: Path
    saved_at: str  # ISO time
    source_path: str  # the project file it belonged to; "" for an unsaved project
    project: Project

    def discard(self) -> None:
        for file in (self.path, self.path.with_suffix(".lock")):
            with contextlib.suppress(OSError):
                file.unlink()


class AutosaveSession:
    """This process's autosave slot. ``close()`` (a clean exit) removes it."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or autosave_dir()
        self.folder.mkdir(parents=True, exist_ok=True)
        self.name = f"session-{secrets.token_hex(6)}"
        self.path = self.folder / f"{self.name}.json"
        self._lock_path = self.folder / f"{self.name}.lock"
        self._lock: IO[bytes] | None = _acquire(self._lock_path)
        if self._lock is None:  # pragma: no cover - a fresh random name is never locked
            raise OSError(f"could not lock {self._lock_path}")

    def write(self, project: Project, source_path: str = "") -> None:
        document = {
            "format": AUTOSAVE_FORMAT,
            "autosave_version": AUTOSAVE_VERSION,
            "saved_at": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            "source_path": source_path,
            "project": project_to_dict(project),
        }
        data = json.dumps(document, ensure_ascii=False, allow_nan=False).encode("utf-8")
        atomic_write_bytes(self.path, data)

    def remove(self) -> None:
        """Forget the autosave (after a clean save, or when the user discards the work)."""
        with contextlib.suppress(OSError):
            self.path.unlink()

    @property
    def exists(self) -> bool:
        return self.path.is_file()

    def close(self) -> None:
        """A clean exit: the autosave and the lock go."""
        self.remove()
        if self._lock is not None:
            _release(self._lock)
            self._lock = None
            with contextlib.suppress(OSError):
                self._lock_path.unlink()

    def abandon(self) -> None:
        """Release the lock but keep the autosave, as a crash would (tests, emergency exits)."""
        if self._lock is not None:
            _release(self._lock)
            self._lock = None


def recoverable(folder: Path | None = None) -> list[Recoverable]:
    """Autosaves whose app is gone, newest first. Unreadable ones are logged and moved aside."""
    folder = folder or autosave_dir()
    found = []
    for path in folder.glob("session-*.json"):
        lock = _acquire(path.with_suffix(".lock"))
        if lock is None:
            continue  # another running app owns it
        try:
            found.append(read_autosave(path))
        except ProjectError as error:
            log.warning("Autosave %s cannot be recovered: %s", path.name, error)
            with contextlib.suppress(OSError):
                path.replace(path.with_suffix(".unreadable"))
        finally:
            _release(lock)
            with contextlib.suppress(OSError):
                path.with_suffix(".lock").unlink()
    return sorted(found, key=lambda item: item.saved_at, reverse=True)


def read_autosave(path: Path) -> Recoverable:
    document = load_json(read_bytes_limited(path), path.name)
    if not isinstance(document, dict) or document.get("format") != AUTOSAVE_FORMAT:
        raise ProjectError(path.name, QT_TRANSLATE_NOOP("Project", "is not an autosave file"))
    unknown = [key for key in document if key not in AUTOSAVE_KEYS]
    if unknown or document.get("autosave_version") != AUTOSAVE_VERSION:
        raise ProjectError(path.name, QT_TRANSLATE_NOOP("Project", "is an autosave of another version"))
    source, saved_at = document.get("source_path", ""), document.get("saved_at", "")
    if not isinstance(source, str) or not isinstance(saved_at, str):
        raise ProjectError(path.name, QT_TRANSLATE_NOOP("Project", "is damaged"))
    return Recoverable(path, saved_at, source, project_from_dict(document.get("project")))


# --- OS file locks: released by the OS when the process dies ---------------------


def _acquire(path: Path) -> IO[bytes] | None:
    """An open, exclusively locked handle on ``path``; None if another handle holds the lock."""
    try:
        handle = open(path, "a+b")
    except OSError:
        return None
    try:
        if os.name == "nt":
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        return None
    return handle


def _release(handle: IO[bytes]) -> None:
    try:
        if os.name == "nt":
            import msvcrt

            handle.seek(0)
            with contextlib.suppress(OSError):
                msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            with contextlib.suppress(OSError):
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
    finally:
        handle.close()
