"""Slider to painted: from the input event to the window painted with the new figures.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_slider_latency.py`` (``make bench`` runs it).

Unlike ``bench_calculator.py`` (which flushes the throttle to time the work of one step),
this one keeps every throttle and timer as a user meets them: it moves the Gui'an
rack-rent slider in real time, as a drag does (one step every 16.7 ms: a 60 Hz pointer;
and every 8.3 ms: a 120 Hz one) and as lone steps do (a click or a key press, 250 ms
apart), and measures, for each step, the time from the value change to the end of the
first paint of the visible chart page after the state holds the new evaluation. A step
whose value is overtaken by the next before it is painted counts until the paint that
shows the later value (what the user waits for). Reports median and p95 per chart page
and the machine's load average. Never fails a build.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["GUIAN_EXPLORER_HOME"] = tempfile.mkdtemp(prefix="bench-home-")

# (name, ms between steps, steps, slider units a step): a fast drag jumps 37 units a step (the
# charts' ranges and axes change on most steps), a slow one moves 3 (they mostly stay still).
PATTERNS = (
    ("drag 60 Hz", 1000 / 60, 90, 37),
    ("slow drag 60 Hz", 1000 / 60, 90, 3),
    ("drag 120 Hz", 1000 / 120, 120, 37),
    ("lone steps", 250.0, 16, 37),
)


def main() -> int:
    from PySide6.QtCore import QEvent, QObject
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
    state = session.state if hasattr(session, "state") else window.state
    slider = tab.inputs.editor("sites.guian.rack_rent").slider
    low, high = slider.minimum() + 100, slider.maximum() - 100

    clock = {"evaluated": 0, "painted_upto": 0}
    pending: list[tuple[int, float]] = []  # (step, started)
    done: list[float] = []

    def on_evaluated() -> None:
        clock["evaluated"] = clock.get("issued", 0)

    state.evaluation_changed.connect(on_evaluated)

    class PaintWatch(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and clock["evaluated"] > clock["painted_upto"]:
                # The window's paint pass for a new evaluation: it is done when processEvents returns.
                clock["paint_seen"] = True
            return False

    watch = PaintWatch()

    def settle_paints() -> None:
        if clock.pop("paint_seen", False):
            now = time.perf_counter()
            shown = clock["painted_upto"] = clock["evaluated"]
            while pending and pending[0][0] <= shown:
                done.append((now - pending.pop(0)[1]) * 1000)

    rows = []
    for index in range(tab.chart_tabs.count()):
        tab.chart_tabs.setCurrentIndex(index)
        app.installEventFilter(watch)
        for _ in range(20):
            app.processEvents()
        time.sleep(0.3)
        app.processEvents()
        for pattern, interval_ms, steps, stride in PATTERNS:
            done.clear()
            pending.clear()
            clock["paint_seen"] = False
            clock["evaluated"] = clock["painted_upto"] = clock["issued"] = 0
            next_at = time.perf_counter()
            for i in range(steps):
                while time.perf_counter() < next_at:
                    app.processEvents()
                    settle_paints()
                clock["issued"] = i + 1
                pending.append((i + 1, time.perf_counter()))
                slider.setValue(low + (i * stride) % (high - low))
                app.processEvents()
                settle_paints()
                next_at += interval_ms / 1000
            deadline = time.perf_counter() + 0.5
            while pending and time.perf_counter() < deadline:
                app.processEvents()
                settle_paints()
            done.sort()
            p95 = done[int(0.95 * (len(done) - 1))]
            rows.append((tab.chart_tabs.tabText(index), pattern, statistics.median(done), p95, len(done)))
            time.sleep(0.3)
            app.processEvents()
        app.removeEventFilter(watch)

    load = os.getloadavg()
    print("Slider -> painted, throttles included (ms); load average " + " ".join(f"{x:.2f}" for x in load))
    print(f"{'chart page':<16}{'input':<17}{'median':>9}{'p95':>9}{'steps':>7}")
    for name, pattern, median, p95, count in rows:
        print(f"{name:<16}{pattern:<17}{median:>9.2f}{p95:>9.2f}{count:>7}")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
