"""Soak: memory after 10,000 slider changes, scenario switches and language switches.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_soak.py [STEPS]`` (``make bench`` runs it).

The real window on the opening demo firm. Each round moves a Calculator slider (rotating
through four inputs and every chart page); every 50th step switches to another scenario
(a demo firm opened as a new scenario, so the project keeps growing as a user's would, up to
eight, then the oldest are removed); every 500th step switches the language there and back.
Resident memory (RSS) is read after a warm-up of 200 steps and at the end; the aim is growth
under 50 MB over 10,000 steps. Never fails a build.
"""

from __future__ import annotations

import gc
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["GUIAN_EXPLORER_HOME"] = tempfile.mkdtemp(prefix="bench-home-")

INPUTS = ("sites.guian.rack_rent", "sites.guian.electricity_price", "sites.guian.pue", "workload.staff")


def _rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * resource.getpagesize() / 1e6


def main() -> int:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from explorer.app import create_session

    steps = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 10_000
    session = create_session([], language="en")
    window, state = session.window, session.state
    window.resize(1366, 768)
    window.show()
    app = QApplication.instance()
    tab = window.calculator_tab
    window.tabs.setCurrentWidget(tab)
    for _ in range(10):
        app.processEvents()
    personas = list(window.personas)

    def slider(path):
        editor = tab.inputs.editor(path)
        return None if editor is None else editor.slider

    def step(i: int) -> None:
        if i % 50 == 0:
            tab.chart_tabs.setCurrentIndex((i // 50) % tab.chart_tabs.count())
            persona = personas[(i // 50) % len(personas)]
            window.open_persona(persona)  # a new scenario, made current
            ids = [item.id for item in state.named_scenarios()]
            while len(ids) > 8:  # a user deletes old ones
                state.delete_scenario(ids[0])
                ids = [item.id for item in state.named_scenarios()]
        if i % 500 == 0:
            window.set_language("zh_CN")
            app.processEvents()
            window.set_language("en")
        moved = slider(INPUTS[i % len(INPUTS)])
        if moved is not None:
            low, high = moved.minimum(), moved.maximum()
            moved.setValue(low + (i * 37) % max(1, high - low))
        for throttle in tab.inputs._throttlers.values():
            throttle.flush()
        app.processEvents()
        # what the main loop does and processEvents() does not: objects given to deleteLater() go
        # (without this the old scenario's input editors pile up: +9 MB a scenario, a false leak)
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    started = time.perf_counter()
    for i in range(200):
        step(i)
    gc.collect()
    before = _rss_mb()
    marks = []
    for i in range(200, 200 + steps):
        step(i)
        if (i - 200) % 2000 == 1999:
            gc.collect()
            marks.append(_rss_mb())
            print(f"  after {i - 199:>6} steps: RSS {marks[-1]:.1f} MB", flush=True)
    gc.collect()
    after = _rss_mb()
    load = os.getloadavg()
    print(f"Soak: {steps:,} steps in {time.perf_counter() - started:.0f} s; load average "
          + " ".join(f"{x:.2f}" for x in load))
    print(f"RSS {before:.1f} MB after the warm-up -> {after:.1f} MB ({after - before:+.1f} MB; aim < 50 MB)")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
