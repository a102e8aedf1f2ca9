"""The start-up benchmark's probe (bench/bench_startup.py): the app, launched as a user does,
says when its window has painted for the first time, then quits cleanly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from explorer.app import FIRST_PAINT_LINE, FIRST_PAINT_PROBE

ROOT = Path(__file__).resolve().parent.parent


def test_the_app_reports_its_first_painted_window_and_quits(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("GUIAN_")}
    env.update({"QT_QPA_PLATFORM": "offscreen", "GUIAN_EXPLORER_HOME": str(tmp_path), FIRST_PAINT_PROBE: "1"})
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py")], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines().count(FIRST_PAINT_LINE) == 1
