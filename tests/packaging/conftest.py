"""The frozen build, made once per session by the script `make package` runs (cached in build/)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD_SCRIPT = ROOT / "packaging" / "build.py"
MANIFEST = ROOT / "build" / "package" / "manifest.json"
BUILD_TIMEOUT = 1800


@dataclass(frozen=True)
class Build:
    manifest: dict
    app_dir: Path
    executable: Path
    tarball: Path
    deb: Path


@pytest.fixture(scope="session")
def frozen_build() -> Build:
    result = subprocess.run(
        [sys.executable, str(BUILD_SCRIPT)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
    )
    assert result.returncode == 0, (
        f"packaging/build.py failed\n{result.stdout[-4000:]}\n{result.stderr[-8000:]}"
    )
    manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
    artifacts = manifest["artifacts"]
    return Build(
        manifest=manifest,
        app_dir=ROOT / manifest["app_dir"],
        executable=ROOT / manifest["executable"],
        tarball=ROOT / artifacts["tarball"],
        deb=ROOT / artifacts["deb"],
    )


def app_env(home: Path, platform: str = "offscreen") -> dict[str, str]:
    """The environment a user's shell gives the app, with its own app-data folder."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST", "GUIAN_", "QT_"))}
    env.update(GUIAN_EXPLORER_HOME=str(home), QT_QPA_PLATFORM=platform)
    return env


def run_app(command: list[str], home: Path, platform: str = "offscreen", timeout: float = 180, **kwargs):
    """Run from a scratch folder next to ``home``, so nothing can land in the repository."""
    kwargs.setdefault("cwd", home.parent)
    return subprocess.run(
        [str(c) for c in command],
        env=kwargs.pop("env", None) or app_env(home, platform),
        capture_output=True,
        text=True,
        timeout=timeout,
        **kwargs,
    )


def step_lines(stdout: str) -> list[str]:
    """The self-test's step names, from its "ok   <step>: <detail>" lines."""
    return [line[2:].strip().split(":", 1)[0] for line in stdout.splitlines() if line.startswith("ok ")]


def assert_self_test_passed(result: subprocess.CompletedProcess, expected_steps: list[str]) -> None:
    output = f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    assert result.returncode == 0, output
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert lines and lines[-1] == "self-test passed", output
    assert not any(line.startswith("FAIL") for line in lines), output
    assert step_lines(result.stdout) == expected_steps, output


@pytest.fixture(scope="session")
def source_steps(tmp_path_factory) -> list[str]:
    """Every step the source app's self-test passes: the frozen app must pass the same ones."""
    home = tmp_path_factory.mktemp("source-home")
    result = run_app([sys.executable, ROOT / "main.py", "--self-test"], home)
    steps = step_lines(result.stdout)
    assert result.returncode == 0 and steps, f"the source self-test fails:\n{result.stdout}\n{result.stderr}"
    return steps
