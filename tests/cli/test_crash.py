"""An unexpected error on the command line: the traceback goes to the log, the user reads one line.

Each run is a separate process: the handler under test replaces a command's, and a hard
crash (a segfault) must end only that process.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(tmp_path: Path, body: str, *argv: str) -> tuple[subprocess.CompletedProcess, Path]:
    home = tmp_path / "home"
    code = (
        "import sys, explorer.cli.datapack as d\n"
        f"def broken(args):\n    {body}\n"
        "d.run_info = broken\n"
        f"from explorer.cli import main; sys.exit(main({list(argv)!r}))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "GUIAN_EXPLORER_HOME": str(home)}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8"
    )
    return result, home / "logs" / "explorer.log"


def test_an_uncaught_error_is_logged_and_named_in_one_line_in_english(tmp_path):
    result, log = _run(
        tmp_path, "raise RuntimeError('boom in a command')", "--lang", "en", "datapack", "info"
    )
    assert result.returncode == 70
    lines = result.stderr.splitlines()
    assert lines == [f"Unexpected error: this is a bug. The details were written to the log file {log}"]
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "RuntimeError: boom in a command" in text and "broken" in text


def test_the_line_is_in_the_runs_language(tmp_path):
    result, log = _run(tmp_path, "raise KeyError('x')", "--lang", "zh_CN", "datapack", "info")
    assert result.returncode == 70
    (line,) = result.stderr.splitlines()
    assert "Traceback" not in result.stderr
    assert str(log) in line and any("\u4e00" <= ch <= "\u9fff" for ch in line)
    assert "KeyError" in log.read_text(encoding="utf-8")


def test_a_hard_crash_leaves_its_stack_in_the_log(tmp_path):
    result, log = _run(tmp_path, "import faulthandler; faulthandler._sigsegv()", "datapack", "info")
    assert result.returncode != 0
    text = log.read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in text
    assert "in broken" in text


def test_an_error_in_a_worker_thread_is_logged_too(tmp_path):
    body = (
        "import threading; t = threading.Thread(target=lambda: 1 / 0, name='worker'); t.start(); t.join();"
        " return 0"
    )
    result, log = _run(tmp_path, body, "--lang", "en", "datapack", "info")
    assert result.returncode == 0
    assert result.stderr.splitlines() == [
        f"Unexpected error: this is a bug. The details were written to the log file {log}"
    ]
    assert "ZeroDivisionError" in log.read_text(encoding="utf-8")
