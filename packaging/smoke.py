"""Smoke-test a frozen build on any platform (the CI workflow runs it on Windows and macOS).

    python packaging/smoke.py [EXECUTABLE]

Without an argument it takes the executable from ``build/package/manifest.json``. It runs
``--version`` and ``--self-test`` offscreen with a throwaway app-data folder and fails when
either exits non-zero, when the self-test does not report "self-test passed" (a windowed
Windows build has no stdout: then the exit code decides), or when anything in the app's own
folder changed. On Linux the fuller checks are the pytest tests in tests/packaging.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        p.relative_to(folder).as_posix(): (p.lstat().st_size, p.lstat().st_mtime_ns)
        for p in [folder, *folder.rglob("*")]
    }


def app_folder(executable: Path) -> Path:
    """The folder the build owns: the one-folder dist, or the whole .app on macOS."""
    for parent in executable.parents:
        if parent.suffix == ".app":
            return parent
    return executable.parent


def run(executable: Path, *args: str, home: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GUIAN_", "QT_"))}
    env.update(GUIAN_EXPLORER_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([str(executable), *args], env=env, capture_output=True, text=True, timeout=300)


def main(argv: list[str]) -> int:
    if argv:
        executable = Path(argv[0]).resolve()
    else:
        manifest = json.loads((ROOT / "build" / "package" / "manifest.json").read_text(encoding="utf-8"))
        executable = ROOT / manifest["executable"]
    folder = app_folder(executable)
    before = snapshot(folder)
    failures = []
    with tempfile.TemporaryDirectory(prefix="guian-smoke-") as tmp:
        home = Path(tmp) / "home"
        version = run(executable, "--version", home=home)
        print(f"--version: exit {version.returncode} {version.stdout.strip()}")
        if version.returncode != 0:
            failures.append(f"--version exited {version.returncode}: {version.stderr}")
        result = run(executable, "--self-test", home=home)
        print(result.stdout, result.stderr, sep="\n")
        if result.returncode != 0:
            failures.append(f"--self-test exited {result.returncode}")
        elif result.stdout.strip() and not result.stdout.strip().endswith("self-test passed"):
            failures.append("--self-test did not report 'self-test passed'")
        logs = sorted((home / "logs").glob("*.log")) if (home / "logs").is_dir() else []
        for log in logs:
            print(f"--- {log.name}\n{log.read_text(encoding='utf-8', errors='replace')[-4000:]}")
        if not logs:
            failures.append(f"nothing was written to the app-data folder {home}")
    changed = sorted(set(before.items()) ^ set(snapshot(folder).items()))
    if changed:
        failures.append(f"the app wrote into its own folder: {[name for name, _ in changed][:10]}")
    for failure in failures:
        print(f"FAIL {failure}")
    print("smoke test passed" if not failures else "smoke test FAILED")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
