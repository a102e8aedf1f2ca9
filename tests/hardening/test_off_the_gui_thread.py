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


def _recording(module, name: str, calls: list[threading.Thread], monkeypatch) -> None:
    real = getattr(module, name)

    def recording(*args, **kwargs):
        calls.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, recording)


def _search_before_and_after_the_indexes(qtbot, state) -> None:
    from explorer.ui.policies.policies_tab import PoliciesTab

    tab = PoliciesTab(state)
    qtbot.addWidget(tab)
    tab.show()
    assert not tab._catalogue.prepared
    with qtbot.waitSignal(tab.prepared, timeout=60_000):
        qtbot.keyClicks(tab.filter_bar.search, "copy 39")  # before the indexes: the texts as written
        assert 0 < len(tab.shown_ids()) < 400
    assert tab._catalogue.prepared
    assert 0 < len(tab.shown_ids()) < 400  # the same search, now through the indexes


def test_a_large_catalogue_gets_its_pinyin_from_a_child_process_and_searches_meanwhile(
    qtbot, big_state, monkeypatch
):
    """pypinyin in a thread would share the interpreter the window paints with: a child builds it."""
    from explorer.ui.policies import catalogue as catalogue_module
    from explorer.ui.policies import policies_tab as tab_module
    from explorer.ui.policies import search_text

    asked, built_here = [], []
    _recording(tab_module, "pinyin_columns_in_process", asked, monkeypatch)
    _recording(search_text, "pinyin_columns", built_here, monkeypatch)
    _recording(catalogue_module, "pinyin_columns", built_here, monkeypatch)

    _search_before_and_after_the_indexes(qtbot, big_state)

    assert asked and all(t is not threading.main_thread() for t in asked)
    assert built_here == [], "the pinyin was built in the app's own interpreter"


def test_without_a_child_process_the_pinyin_is_built_in_a_worker_thread(qtbot, big_state, monkeypatch):
    from explorer.ui.policies import catalogue as catalogue_module
    from explorer.ui.policies import pinyin_process

    monkeypatch.setattr(pinyin_process, "worker_command", lambda: ["/nonexistent/guian-explorer"])
    threads: list[threading.Thread] = []
    _recording(catalogue_module, "pinyin_columns", threads, monkeypatch)

    _search_before_and_after_the_indexes(qtbot, big_state)

    assert threads and all(t is not threading.main_thread() for t in threads)


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


def test_a_burst_of_changes_values_a_large_catalogue_once_for_the_last_case(qtbot, big_state, monkeypatch):
    """The rows paint before a valuation starts; changes in a burst start one, of the latest case."""
    from PySide6.QtCore import Qt

    from explorer.ui.policies import policies_tab as tab_module

    valued_cases = []
    real = tab_module._value_in_worker

    def recording(control, scenario, *args):
        valued_cases.append(scenario)
        return real(control, scenario, *args)

    monkeypatch.setattr(tab_module, "_value_in_worker", recording)
    tab = tab_module.PoliciesTab(big_state)
    qtbot.addWidget(tab)
    tab.show()
    with qtbot.waitSignal(tab.valued, timeout=60_000):
        pass
    valued_cases.clear()

    picked = list(big_state.pack.policies)[100:103]
    assert all(big_state.is_policy_selected(p) for p in picked)  # every policy counts at first
    with qtbot.waitSignal(tab.valued, timeout=60_000):
        for policy_id in picked:
            big_state.set_policy_selected(policy_id, False)

    assert valued_cases == [big_state.scenario]
    assert not set(picked) & tab._results.chosen
    ticks = [tab.model.index(tab.model.row_of(p), 0).data(Qt.ItemDataRole.CheckStateRole) for p in picked]
    assert ticks == [Qt.CheckState.Unchecked] * 3


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
