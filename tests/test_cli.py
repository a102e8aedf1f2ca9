"""The launcher's own options, run as a user runs them."""

import os
import subprocess
import sys
from pathlib import Path

from explorer import APP_NAME, __version__

ROOT = Path(__file__).resolve().parent.parent


def _run(*args, home):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "GUIAN_EXPLORER_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "main.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_version_prints_name_and_version(tmp_path):
    result = _run("--version", home=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"{APP_NAME} {__version__}"


def test_self_test_passes_on_a_good_installation(tmp_path):
    result = _run("--self-test", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "ok   load the data pack" in result.stdout
    assert "ok   build the main window: Overview, Policies, Calculator" in result.stdout
    assert result.stdout.strip().endswith("self-test passed")


def test_self_test_names_the_failing_step(tmp_path, monkeypatch):
    # A shipped data folder that is missing is exactly what a broken install looks like.
    env_root = tmp_path / "broken"
    env_root.mkdir()
    code = (
        "import sys, explorer.paths as p; from pathlib import Path;"
        f"p.shipped_data_dir = lambda: Path({str(env_root)!r});"
        "from explorer.cli import main; sys.exit(main(['--self-test']))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "GUIAN_EXPLORER_HOME": str(tmp_path / "home")}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 1
    assert "FAIL load the data pack" in result.stderr


def test_gui_without_a_display_says_how_to_run_it(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["GUIAN_EXPLORER_HOME"] = str(tmp_path)
    result = subprocess.run([sys.executable, "main.py"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 3
    assert "xvfb-run -a python main.py" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
