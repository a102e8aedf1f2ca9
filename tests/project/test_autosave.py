"""Autosave and recovery: a session's autosave survives a crash and is offered at the next start."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from explorer.project import AutosaveSession, autosave_dir, recoverable


def test_a_live_session_is_not_offered_for_recovery(project):
    session = AutosaveSession()
    session.write(project, "/somewhere/client.gcx")
    assert session.exists
    assert recoverable() == []  # its lock is held: the app is running
    session.close()


def test_a_clean_exit_leaves_nothing_behind(project):
    session = AutosaveSession()
    session.write(project)
    session.close()
    assert list(autosave_dir().iterdir()) == []
    assert recoverable() == []


def test_an_abandoned_session_is_offered_with_its_project(project):
    session = AutosaveSession()
    session.write(project, "/somewhere/client.gcx")
    session.abandon()  # what a crash leaves: the autosave, and no lock held
    (found,) = recoverable()
    assert found.project == project
    assert found.source_path == "/somewhere/client.gcx"
    assert found.saved_at
    found.discard()
    assert recoverable() == []


def test_an_unreadable_autosave_is_moved_aside_not_offered(tmp_path):
    folder = autosave_dir()
    (folder / "session-deadbeef.json").write_bytes(b'{"format": "guian-compute-explorer/autosave", "aut')
    assert recoverable() == []
    assert [p.name for p in folder.iterdir()] == ["session-deadbeef.unreadable"]


def test_newest_autosave_first(project):
    older = AutosaveSession()
    older.write(project)
    older.abandon()
    newer = AutosaveSession()
    newer.write(project)
    newer.abandon()
    os.utime(older.path, (1, 1))
    found = recoverable()
    assert len(found) == 2
    assert found[0].saved_at >= found[1].saved_at


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_after_a_killed_process_the_autosave_is_recoverable(project, user_home):
    """A real crash: another process autosaves, holds its lock, and is killed."""
    from explorer.project import dump_project

    source = user_home / "input.gcx"
    user_home.mkdir(parents=True, exist_ok=True)
    source.write_bytes(dump_project(project))
    code = textwrap.dedent(
        f"""
        import sys, time
        from explorer.project import AutosaveSession, parse_project
        project = parse_project(open({str(source)!r}, "rb").read())
        session = AutosaveSession()
        session.write(project, "client.gcx")
        print("saved", flush=True)
        time.sleep(60)
        """
    )
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, GUIAN_EXPLORER_HOME=str(user_home))
    process = subprocess.Popen([sys.executable, "-c", code], cwd=root, env=env, stdout=subprocess.PIPE)
    try:
        assert process.stdout.readline().strip() == b"saved"
        assert recoverable() == []  # alive: its lock is held
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
        process.stdout.close()
    (found,) = recoverable()
    assert found.project == project and found.source_path == "client.gcx"
