"""A terminal or a redirect in a legacy encoding gets '?' for what it cannot show, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PERSONA = sorted((ROOT / "data" / "personas").glob("*.json"))[0]


@pytest.mark.parametrize(
    ("encoding", "language", "expected"),
    [("ascii", "en", "Key figures"), ("cp1252", "en", "Key figures"), ("gbk", "zh_CN", "关键指标")],
)
def test_compute_prints_in_a_legacy_encoding(tmp_path, encoding, language, expected):
    env = {**os.environ, "PYTHONIOENCODING": encoding, "GUIAN_EXPLORER_HOME": str(tmp_path)}
    command = [sys.executable, "main.py", "--lang", language, "compute", str(PERSONA), "--tornado"]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True)
    assert result.returncode == 0, result.stderr.decode(encoding, "replace")
    assert expected in result.stdout.decode(encoding)
    assert b"Traceback" not in result.stderr
