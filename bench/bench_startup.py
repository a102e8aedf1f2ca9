"""Start to first window: from launching the app to its window painted for the first time.

Run: ``.venv/bin/python bench/bench_startup.py [RUNS]`` (``make bench`` runs it).

Launches the app as a user does, from source (``python main.py``) and, when a frozen build
exists (``build/package/manifest.json``, made by ``make package``), the executable, offscreen,
with ``GUIAN_EXPLORER_FIRST_PAINT_PROBE=1``: the app prints a line once its window has painted
and quits. The time is from the launch to that line. Aim: <= 0.8 s for both. Never fails a build.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from explorer.app import FIRST_PAINT_LINE, FIRST_PAINT_PROBE  # noqa: E402


def first_paint_s(command: list[str]) -> float:
    home = tempfile.mkdtemp(prefix="bench-home-")
    env = {k: v for k, v in os.environ.items() if not k.startswith("GUIAN_")}
    env.update({"QT_QPA_PLATFORM": "offscreen", "GUIAN_EXPLORER_HOME": home, FIRST_PAINT_PROBE: "1"})
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
    assert child.stdout is not None
    for line in child.stdout:
        if line.strip() == FIRST_PAINT_LINE:
            elapsed = time.perf_counter() - started
            break
    else:
        raise RuntimeError(f"{command[0]} ended without painting its window (exit {child.wait()})")
    child.wait(timeout=60)
    return elapsed


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    commands = {"from source": [sys.executable, str(ROOT / "main.py")]}
    manifest = ROOT / "build" / "package" / "manifest.json"
    if manifest.is_file():
        commands["frozen"] = [str(ROOT / json.loads(manifest.read_text(encoding="utf-8"))["executable"])]
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"Start to first window painted (s), offscreen; load average {load}")
    for name, command in commands.items():
        first_paint_s(command)  # a first launch warms the disk cache; not counted
        times = [first_paint_s(command) for _ in range(runs)]
        median, best, worst = statistics.median(times), min(times), max(times)
        print(f"{name:<12} median {median:.2f}  best {best:.2f}  worst {worst:.2f}  ({runs} runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
