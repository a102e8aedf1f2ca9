"""Atomic saves: a failure at any step leaves the old file or the new one, never a broken one."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from explorer.project import (
    ProjectError,
    atomic,
    atomic_write_bytes,
    backup_path,
    parse_project,
    save_project_file,
)

OLD = b'{"old": true}\n'
NEW = b'{"new": true}\n' * 1000


@pytest.fixture
def target(tmp_path) -> Path:
    path = tmp_path / "case.gcx"
    path.write_bytes(OLD)
    return path


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_a_save_replaces_the_file_and_keeps_one_backup(target):
    atomic_write_bytes(target, NEW, backup=True)
    assert target.read_bytes() == NEW
    assert backup_path(target).read_bytes() == OLD
    atomic_write_bytes(target, b"third", backup=True)
    assert backup_path(target).read_bytes() == NEW  # one .bak: the version before this save
    assert sorted(p.name for p in target.parent.iterdir()) == ["case.gcx", "case.gcx.bak"]


def test_a_first_save_makes_no_backup(tmp_path):
    path = tmp_path / "new.gcx"
    atomic_write_bytes(path, NEW, backup=True)
    assert path.read_bytes() == NEW and not backup_path(path).exists()


def _fail_write(monkeypatch):
    real = os.fdopen

    class Full:
        def __init__(self, handle):
            self._handle = handle

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self._handle.close()

        def write(self, data):
            self._handle.write(data[: len(data) // 2])
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fdopen", lambda fd, mode: Full(real(fd, mode)))


def _fail_open(monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic.os, "open", refuse)


def _fail_fsync(monkeypatch):
    def refuse(fd):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(atomic.os, "fsync", refuse)


def _fail_replace(monkeypatch):
    def refuse(source, target):
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    monkeypatch.setattr(atomic.os, "replace", refuse)


def _fail_second_write(monkeypatch):
    """The old bytes are copied for the backup, then writing the new bytes fails."""
    real = os.fdopen
    calls = []

    def flaky(fd, mode):
        calls.append(fd)
        handle = real(fd, mode)
        if len(calls) == 2:
            handle.close()
            raise OSError(errno.ENOSPC, "No space left on device")
        return handle

    monkeypatch.setattr(atomic.os, "fdopen", flaky)


@pytest.mark.parametrize(
    "inject", [_fail_open, _fail_write, _fail_fsync, _fail_replace, _fail_second_write]
)
def test_an_injected_failure_leaves_the_old_file_and_no_temp_file(target, monkeypatch, inject):
    inject(monkeypatch)
    with pytest.raises(OSError):
        atomic_write_bytes(target, NEW, backup=True)
    monkeypatch.undo()
    assert target.read_bytes() == OLD
    assert _leftovers(target.parent) == []
    if backup_path(target).exists():
        assert backup_path(target).read_bytes() == OLD


def test_a_transient_windows_lock_is_retried(target, monkeypatch):
    real = os.replace
    attempts = []

    def locked_twice(source, destination):
        attempts.append(destination)
        if len(attempts) <= 2:
            error = PermissionError(errno.EACCES, "Access is denied")
            error.winerror = 32  # sharing violation: an antivirus scanner holds the file
            raise error
        real(source, destination)

    monkeypatch.setattr(atomic.os, "replace", locked_twice)
    monkeypatch.setattr(atomic.time, "sleep", lambda seconds: None)
    atomic_write_bytes(target, NEW)
    assert target.read_bytes() == NEW and len(attempts) == 3


def test_a_lasting_lock_gives_up_and_keeps_the_old_file(target, monkeypatch):
    delays = []

    def always_locked(source, destination):
        error = PermissionError(errno.EACCES, "Access is denied")
        error.winerror = 5
        raise error

    monkeypatch.setattr(atomic.os, "replace", always_locked)
    monkeypatch.setattr(atomic.time, "sleep", delays.append)
    with pytest.raises(PermissionError):
        atomic_write_bytes(target, NEW)
    monkeypatch.undo()
    assert delays == list(atomic.REPLACE_RETRY_DELAYS_S)
    assert target.read_bytes() == OLD and _leftovers(target.parent) == []


def test_a_real_permission_error_is_not_retried(target, monkeypatch):
    delays = []

    def denied(source, destination):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic.os, "replace", denied)
    monkeypatch.setattr(atomic.time, "sleep", delays.append)
    with pytest.raises(PermissionError):
        atomic_write_bytes(target, NEW)
    assert delays == []


def test_a_failed_project_save_keeps_the_previous_project(tmp_path, project, monkeypatch):
    path = tmp_path / "client.gcx"
    first = save_project_file(path, project)
    before = path.read_bytes()
    _fail_write(monkeypatch)
    with pytest.raises(OSError):
        save_project_file(path, project)
    monkeypatch.undo()
    assert path.read_bytes() == before and parse_project(before) == first


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_killing_the_writer_at_random_moments_never_leaves_a_broken_file(tmp_path):
    """A process saving in a loop is killed 8 times; every time the file is one whole version."""
    path = tmp_path / "loop.json"
    path.write_bytes(b'{"n": -1, "pad": ""}')
    code = textwrap.dedent(
        f"""
        import json, sys
        from explorer.project.atomic import atomic_write_bytes
        n = 0
        print("ready", flush=True)
        while True:
            data = json.dumps({{"n": n, "pad": "x" * 400_000}}).encode()
            atomic_write_bytes({str(path)!r}, data, backup=True)
            n += 1
        """
    )
    root = Path(__file__).resolve().parents[2]
    seen = set()
    for round_ in range(8):
        process = subprocess.Popen([sys.executable, "-c", code], cwd=root, stdout=subprocess.PIPE)
        assert process.stdout.readline().strip() == b"ready"
        time.sleep(0.02 + 0.013 * round_)
        process.send_signal(signal.SIGKILL)
        process.wait()
        process.stdout.close()
        import json

        document = json.loads(path.read_bytes())  # never half a file
        seen.add(document["n"])
        if backup_path(path).exists():
            json.loads(backup_path(path).read_bytes())
    assert len(seen) > 1


def test_opening_a_damaged_file_changes_nothing_on_disk(tmp_path, project):
    from explorer.project import read_project_file

    path = tmp_path / "broken.gcx"
    path.write_bytes(b'{"format": "guian-compute-explorer/project", "schema_version": 1, "scen')
    before = path.read_bytes()
    with pytest.raises(ProjectError, match="broken.gcx: not valid JSON|not valid JSON"):
        read_project_file(path)
    assert path.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["broken.gcx"]


def test_a_failed_backup_step_after_the_save_keeps_the_new_file_and_the_previous_backup(
    target, monkeypatch
):
    atomic_write_bytes(target, b"second", backup=True)  # .bak = OLD
    real = os.replace
    calls = []

    def flaky(source, destination):
        calls.append(destination)
        if len(calls) == 2:  # the backup's replace, after the target's
            raise OSError(errno.EIO, "Input/output error")
        real(source, destination)

    monkeypatch.setattr(atomic.os, "replace", flaky)
    atomic_write_bytes(target, NEW, backup=True)
    monkeypatch.undo()
    assert target.read_bytes() == NEW
    assert backup_path(target).read_bytes() == OLD
    assert _leftovers(target.parent) == []


@pytest.mark.parametrize("stop_after", [1, 2])
def test_a_kill_between_the_steps_never_leaves_the_backup_equal_to_the_file(target, monkeypatch, stop_after):
    """Stop the save after each rename in turn (as a kill would): the .bak never equals the file."""
    atomic_write_bytes(target, b"second", backup=True)  # file "second", .bak OLD
    real = os.replace
    calls = []

    class Killed(BaseException):
        pass

    def killed(source, destination):
        if len(calls) == stop_after - 1:
            raise Killed  # a kill just before this rename
        calls.append(destination)
        real(source, destination)

    monkeypatch.setattr(atomic.os, "replace", killed)
    with pytest.raises(Killed):
        atomic_write_bytes(target, NEW, backup=True)
    monkeypatch.undo()
    assert target.read_bytes() != backup_path(target).read_bytes()


def test_temp_files_of_interrupted_saves_are_removed_by_the_next_save(target):
    folder = target.parent
    stale = [folder / f".case.gcx.{i:08x}.tmp" for i in range(3)]
    stale.append(folder / ".case.gcx.bak.0000abcd.tmp")
    fresh = folder / ".case.gcx.ffffffff.tmp"  # another save may be writing this one now
    other = folder / ".other.gcx.00000001.tmp"  # not ours
    for path in [*stale, fresh, other]:
        path.write_bytes(b"partial")
    old = time.time() - 3600
    for path in [*stale, other]:
        os.utime(path, (old, old))
    atomic_write_bytes(target, NEW, backup=True)
    assert not any(p.exists() for p in stale)
    assert fresh.exists() and other.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_many_kills_then_a_save_leave_no_temp_files(tmp_path, monkeypatch):
    path = tmp_path / "loop.json"
    path.write_bytes(b"{}")
    code = textwrap.dedent(
        f"""
        from explorer.project.atomic import atomic_write_bytes
        print("ready", flush=True)
        while True:
            atomic_write_bytes({str(path)!r}, b"x" * 2_000_000, backup=True)
        """
    )
    root = Path(__file__).resolve().parents[2]
    for round_ in range(6):
        process = subprocess.Popen([sys.executable, "-c", code], cwd=root, stdout=subprocess.PIPE)
        assert process.stdout.readline().strip() == b"ready"
        time.sleep(0.01 + 0.011 * round_)
        process.send_signal(signal.SIGKILL)
        process.wait()
        process.stdout.close()
    monkeypatch.setattr(atomic, "STALE_TEMP_S", 0.0)
    atomic_write_bytes(path, b"final", backup=True)
    assert _leftovers(tmp_path) == []
    assert path.read_bytes() == b"final"


@pytest.mark.parametrize("length", [240, 242, 250, 251, 252, 255])
def test_names_up_to_255_bytes_can_be_saved_with_a_backup(tmp_path, length):
    name = "x" * (length - 4) + ".gcx"
    path = tmp_path / name
    atomic_write_bytes(path, OLD, backup=True)
    atomic_write_bytes(path, NEW, backup=True)
    assert path.read_bytes() == NEW
    assert backup_path(path).read_bytes() == OLD
    assert len(backup_path(path).name.encode()) <= 255
    assert _leftovers(tmp_path) == []


def test_a_chinese_name_of_255_bytes_can_be_saved(tmp_path):
    name = "贵" * 83 + ".gcx"  # 249 + 4 = 253 bytes
    path = tmp_path / name
    atomic_write_bytes(path, OLD, backup=True)
    atomic_write_bytes(path, NEW, backup=True)
    assert path.read_bytes() == NEW and backup_path(path).read_bytes() == OLD


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges")
def test_saving_through_a_symbolic_link_keeps_the_link(tmp_path):
    real_folder = tmp_path / "real"
    real_folder.mkdir()
    real = real_folder / "case.gcx"
    real.write_bytes(OLD)
    link = tmp_path / "link.gcx"
    link.symlink_to(real)
    atomic_write_bytes(link, NEW, backup=True)
    assert link.is_symlink() and real.read_bytes() == NEW
    assert backup_path(real).read_bytes() == OLD
    assert _leftovers(tmp_path) == [] and _leftovers(real_folder) == []
