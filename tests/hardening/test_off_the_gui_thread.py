"""No freeze (issue 18): long work runs off the GUI thread. What it costs is measured in
bench/bench_heartbeat.py; these tests check only where it runs, never how long it takes."""

from __future__ import annotations

import dataclasses
import threading

import pytest

from explorer.domain.policies import Policy


def _many_policies(pack, count: int) -> dict[str, Policy]:
    base = list(pack.policies.values())
    made = {}
    for i in range(count):
        source = base[i % len(base)]
        policy = dataclasses.replace(source, id=f"G{i:05d}", title_en=f"{source.title_en} copy {i}")
        made[policy.id] = policy
    return made


@pytest.fixture
def big_state(qapp):
    from explorer.datapack import load_shipped_pack
    from explorer.ui.state import AppState

    shipped = load_shipped_pack()
    pack = dataclasses.replace(shipped, policies=_many_policies(shipped, 400))
    return AppState(pack, "en")


def test_a_large_catalogue_indexes_in_a_worker_and_searches_meanwhile(qtbot, big_state, monkeypatch):
    from explorer.ui.policies import catalogue as catalogue_module
    from explorer.ui.policies.policies_tab import PoliciesTab

    threads = []
    real = catalogue_module.pinyin_columns

    def recording(policies, check=None):
        threads.append(threading.current_thread())
        return real(policies, check)

    monkeypatch.setattr(catalogue_module, "pinyin_columns", recording)
    tab = PoliciesTab(big_state)
    qtbot.addWidget(tab)
    tab.show()
    assert not tab._catalogue.prepared
    with qtbot.waitSignal(tab.prepared, timeout=60_000):
        qtbot.keyClicks(tab.filter_bar.search, "copy 39")  # before the indexes: the texts as written
        assert 0 < len(tab.shown_ids()) < 400
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert tab._catalogue.prepared
    assert 0 < len(tab.shown_ids()) < 400  # the same search, now through the indexes


def test_a_large_catalogue_is_valued_in_a_worker_and_its_verdicts_follow(qtbot, big_state, monkeypatch):
    from explorer.ui.policies import policies_tab as tab_module

    threads = []
    real = tab_module.every_policy_result

    def recording(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(tab_module, "every_policy_result", recording)
    tab = tab_module.PoliciesTab(big_state)
    qtbot.addWidget(tab)
    assert tab.shown_ids()  # the rows are there before their verdicts
    with qtbot.waitSignal(tab.valued, timeout=60_000):
        pass
    assert threads and all(t is not threading.main_thread() for t in threads)
    results = tab._catalogue.results
    assert all(results.status_of(p) is not None for p in range(len(tab._catalogue.ids)))  # all valued
    expected = real(big_state.scenario, big_state.pack, big_state.evaluation)
    assert {k: r.present_value for k, r in tab._results.by_id.items()} == {
        k: r.present_value for k, r in expected.by_id.items()
    }


def test_a_small_catalogue_is_built_at_first_need(qtbot, qapp):
    from explorer.datapack import load_shipped_pack
    from explorer.ui.policies.policies_tab import PoliciesTab
    from explorer.ui.state import AppState

    tab = PoliciesTab(AppState(load_shipped_pack(), "en"))
    qtbot.addWidget(tab)
    qtbot.keyClicks(tab.filter_bar.search, "dianjia")
    assert tab._catalogue.prepared and tab.shown_ids()


def test_wait_in_thread_runs_the_work_elsewhere_and_keeps_the_event_loop_turning(qtbot):
    import time

    from PySide6.QtCore import QTimer

    from explorer.ui.workers import wait_in_thread

    beats = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: beats.append(True))
    timer.start()

    def work(x):
        time.sleep(0.3)
        return threading.current_thread(), x * 2

    thread, value = wait_in_thread(work, 21)
    timer.stop()
    assert thread is not threading.main_thread() and value == 42
    assert len(beats) > 3  # the GUI thread's timers ran while it waited

    def fails():
        raise OSError("disk gone")

    with pytest.raises(OSError, match="disk gone"):
        wait_in_thread(fails)


def test_a_pack_import_checks_the_pack_in_a_thread(qtbot, monkeypatch, tmp_path):
    from explorer.datapack import DataPackError
    from explorer.ui import datapack_dialogs

    seen = []

    def prepare(source):
        seen.append(threading.current_thread())
        raise DataPackError([])

    monkeypatch.setattr(datapack_dialogs, "prepare_import", prepare)
    monkeypatch.setattr(datapack_dialogs.ProblemsDialog, "exec", lambda self: 0)
    assert datapack_dialogs.import_data_pack(None, tmp_path) is None
    assert seen and seen[0] is not threading.main_thread()
