"""No freeze anywhere: the GUI thread's longest stall while long work runs.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_heartbeat.py`` (``make bench`` runs it).

A 5 ms heartbeat timer on the GUI thread records when it fires; the longest gap
between two beats is the longest the window could not paint or answer input. Measured
while each of these runs as the app runs it:

* a 10,000-policy catalogue built, valued and indexed (the Policies tab on a pack of 10,000
  generated policies: the frame on the GUI thread, the pinyin keys in a child process, the
  search indexes and the valuation in workers) until the indexes arrive, with a search typed
  meanwhile;
* a data-pack import's checks (``prepare_import`` of the shipped pack, in a thread
  through ``wait_in_thread``, as File → Import data pack does);
* a 1,000,000-sample Monte Carlo (the Risk page's worker);
* a PDF export (the project controller's worker);
* a language switch (English → Chinese → English, the whole window retranslated).

Prints the worst stall of each with the machine load; the aim is < 250 ms. Never fails a build.
``--language`` runs only the language switch (three times there and back).
"""

from __future__ import annotations

import dataclasses
import gc
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["GUIAN_EXPLORER_HOME"] = tempfile.mkdtemp(prefix="bench-home-")


class Heartbeat:
    def __init__(self, app) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.app = app
        self.beats: list[float] = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(5)
        self.timer.timeout.connect(lambda: self.beats.append(time.perf_counter()))

    def __enter__(self) -> Heartbeat:
        self.beats = [time.perf_counter()]
        self.timer.start()
        return self

    def __exit__(self, *exc) -> None:
        self.timer.stop()
        self.beats.append(time.perf_counter())

    def wait_until(self, done, timeout_s: float = 120.0) -> None:
        end = time.perf_counter() + timeout_s
        while not done() and time.perf_counter() < end:
            self.app.processEvents()
            time.sleep(0.001)

    def worst_ms(self) -> float:
        return max((b - a) * 1000 for a, b in zip(self.beats, self.beats[1:], strict=False))


def main() -> int:
    from bench_policy_filter import generate_policies
    from PySide6.QtWidgets import QApplication

    from explorer.app import create_session
    from explorer.datapack import load_shipped_pack, prepare_import
    from explorer.domain.editing import default_scenario
    from explorer.domain.scenario import PolicyChoice
    from explorer.paths import shipped_data_dir
    from explorer.ui.policies.policies_tab import PoliciesTab
    from explorer.ui.state import AppState
    from explorer.ui.workers import wait_in_thread

    session = create_session([], language="en")
    app = QApplication.instance()
    window = session.window
    window.resize(1366, 768)
    window.show()
    for _ in range(10):
        app.processEvents()
    # As run_gui does once the first window shows: what start-up made is left out of later
    # full collections (without it, each walks ~1 M objects, 60 to 90 ms holding the GIL).
    gc.collect()
    gc.freeze()
    rows = []
    beat = Heartbeat(app)
    if "--language" in sys.argv[1:]:
        for _ in range(3):
            rows += _switch_language(window, app, beat)
        return _report(rows, window)

    # 1. a 10,000-policy catalogue: tab built, then its indexes in a worker, a search meanwhile
    shipped = load_shipped_pack()
    policies = generate_policies(10_000, 7)
    pack = dataclasses.replace(shipped, policies={p.id: p for p in policies})
    scenario = dataclasses.replace(
        default_scenario(shipped), policies=tuple(PolicyChoice(p.id) for p in policies[:5000])
    )
    state = AppState(pack, "en", scenario)
    with beat:
        started = time.perf_counter()
        tab = PoliciesTab(state)
        tab.resize(1366, 720)
        tab.show()
        built_ms = (time.perf_counter() - started) * 1000
        tab._prepare_catalogue()
        for text in ("d", "di", "dia", "dian"):
            tab.filter_bar.search.setText(text)
            app.processEvents()
        beat.wait_until(lambda: tab._catalogue.prepared and tab._results is not None, timeout_s=300)
        app.processEvents()
    rows.append(("10,000 policies: tab, pinyin and indexes", beat.worst_ms(), beat.beats[-1] - beat.beats[0]))
    print(f"(the tab itself: {built_ms:.0f} ms on the GUI thread)", flush=True)
    tab.close()
    tab.deleteLater()

    # 2. a data-pack import's checks, in a thread
    with beat:
        wait_in_thread(prepare_import, shipped_data_dir(), parent=window, label="Checking…")
    rows.append(("data-pack import: checks", beat.worst_ms(), beat.beats[-1] - beat.beats[0]))

    # 3. a 1,000,000-sample Monte Carlo on the Risk page
    calculator = window.calculator_tab
    window.tabs.setCurrentWidget(calculator)
    calculator.chart_tabs.setCurrentWidget(calculator.risk_panel)
    app.processEvents()
    panel = calculator.risk_panel
    panel.set_samples(1_000_000)
    with beat:
        operation = panel.run_monte_carlo()
        beat.wait_until(lambda: operation.finished, timeout_s=300)
    rows.append(("Monte Carlo, 1,000,000 samples", beat.worst_ms(), beat.beats[-1] - beat.beats[0]))

    # 4. a PDF export
    target = Path(tempfile.mkdtemp()) / "pack.pdf"
    controller = window.project
    with beat:
        controller.export_pdf("en", target)
        beat.wait_until(lambda: not controller.export_running, timeout_s=300)
    rows.append(("PDF export", beat.worst_ms(), beat.beats[-1] - beat.beats[0]))

    # 5. a language switch, there and back
    rows += _switch_language(window, app, beat)
    return _report(rows, window)


def _switch_language(window, app, beat: Heartbeat) -> list[tuple[str, float, float]]:
    rows = []
    for language in ("zh_CN", "en"):
        with beat:
            window.set_language(language)
            for _ in range(5):
                app.processEvents()
        rows.append((f"language switch to {language}", beat.worst_ms(), beat.beats[-1] - beat.beats[0]))
    return rows


def _report(rows: list[tuple[str, float, float]], window) -> int:
    load = os.getloadavg()
    print("GUI thread's longest stall (aim < 250 ms); load average " + " ".join(f"{x:.2f}" for x in load))
    print(f"{'while':<44}{'worst stall':>14}{'took':>10}")
    for name, worst, took in rows:
        print(f"{name:<44}{worst:>11.0f} ms{took:>8.1f} s")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
