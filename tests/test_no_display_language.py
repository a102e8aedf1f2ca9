"""Without a display, the one line that says how to run the explorer follows the language chosen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_without_display(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update({"GUIAN_EXPLORER_HOME": str(tmp_path), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"})
    return subprocess.run(
        [sys.executable, "main.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )


def test_no_display_line_in_chinese_when_chinese_is_chosen(tmp_path):
    result = run_without_display(tmp_path, "--lang", "zh_CN")
    assert result.returncode == 3
    assert result.stderr.strip() == "未找到显示器。在无显示器的机器上运行本工具：xvfb-run -a python main.py"


def test_no_display_line_in_english_by_default(tmp_path):
    result = run_without_display(tmp_path)
    assert result.returncode == 3
    assert result.stderr.strip().startswith("No display found.")
