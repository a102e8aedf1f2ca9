"""Calculator benchmark: from a slider's value change to KPIs and the visible chart repainted.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_calculator.py`` (``make bench`` runs it).
Drives the real window, offscreen, at 1366x768 on the opening demo firm. Each
step moves one input's slider by a step, then lets Qt process the resulting
events and paint (the throttle is flushed so every step is measured whole).
Reports median and p95 per chart page, and the resident-memory growth over
1,000 consecutive steps after a warm-up. Prints a table; never fails a build.
"""

from __future__ import annotations

import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["GUIAN_EXPLORER_HOME"] = tempfile.mkdtemp(prefix="bench-home-")

STEPS_PER_PAGE = 120
MEMORY_STEPS = 1000


def _rss_mb() -> float:
    """Current resident set size (Linux /proc), MB."""
    with open("/proc/self/statm") as handle:
        pages = int(handle.read().split()[1])
    return pages * resource.getpagesize() / 1e6


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from explorer.app import create_session

    session = create_session([], language="en")
    window = session.window
    window.resize(1366, 768)
    window.show()
    window.tabs.setCurrentWidget(window.calculator_tab)
    app = QApplication.instance()
    for _ in range(10):
        app.processEvents()
    tab = window.calculator_tab
    slider = tab.inputs.editor("sites.guian.rack_rent").slider

    def step(position: int) -> float:
        start = time.perf_counter()
        slider.setValue(position)
        for throttler in tab.inputs._throttlers.values():  # the last value lands at once
            throttler.flush()
        app.processEvents()
        return (time.perf_counter() - start) * 1000

    rows = []
    low, high = slider.minimum() + 100, slider.maximum() - 100
    for index in range(tab.chart_tabs.count()):
        tab.chart_tabs.setCurrentIndex(index)
        app.processEvents()
        times = [step(low + (i * 7) % (high - low)) for i in range(STEPS_PER_PAGE)]
        times.sort()
        rows.append((tab.chart_tabs.tabText(index), statistics.median(times), times[int(0.95 * len(times))]))

    tab.chart_tabs.setCurrentIndex(0)
    for i in range(100):  # warm-up
        step(low + (i * 7) % (high - low))
    before = _rss_mb()
    for i in range(MEMORY_STEPS):
        step(low + (i * 7) % (high - low))
    after = _rss_mb()

    print(f"Slider change -> KPIs and the visible chart repainted ({STEPS_PER_PAGE} steps a page, ms)")
    print(f"{'chart page':<16}{'median':>10}{'p95':>10}")
    for name, median, p95 in rows:
        print(f"{name:<16}{median:>10.2f}{p95:>10.2f}")
    growth = after - before
    print(f"\nMemory: RSS {before:.1f} MB -> {after:.1f} MB over {MEMORY_STEPS} steps ({growth:+.1f} MB)")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
