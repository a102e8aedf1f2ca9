"""``make bench``: run every benchmark script in this folder and print its table.

Benchmarks measure speed and memory; tests never do (timings on a shared
2-core machine are too noisy to pass or fail a build on).
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    sys.path.insert(0, str(HERE.parent))
    scripts = sorted(p for p in HERE.glob("bench_*.py"))
    for script in scripts:
        print(f"\n=== {script.name} ===", flush=True)
        try:
            runpy.run_path(str(script), run_name="__main__")
        except SystemExit as stop:  # a script's own sys.exit must not end the others
            if stop.code not in (None, 0):
                print(f"{script.name} exited with {stop.code}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
