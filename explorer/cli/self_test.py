"""``main.py --self-test``: prove an installation works, offscreen, in a few seconds.

Each step prints one line; the first failure names the step and exits 1.
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    context: dict[str, object] = {}
    steps: list[tuple[str, Callable[[], str]]] = [
        ("load the data pack", lambda: _load_pack(context)),
        ("compute a case", lambda: _compute(context)),
        ("build the main window", lambda: _build_window(context)),
    ]
    for name, step in steps:
        try:
            detail = step()
        except Exception:
            print(f"FAIL {name}", file=sys.stderr)
            traceback.print_exc()
            return 1
        print(f"ok   {name}: {detail}")
    print("self-test passed")
    return 0


def _load_pack(context: dict[str, object]) -> str:
    from explorer.datapack import load_pack

    pack = load_pack()
    context["pack"] = pack
    return f"version {pack.manifest.version}, {len(pack.sites)} sites, {len(pack.policies)} policies"


def _compute(context: dict[str, object]) -> str:
    from explorer.domain.engine import evaluate
    from explorer.domain.formatting import format_money
    from explorer.ui.state import default_scenario

    evaluation = evaluate(default_scenario(context["pack"]), context["pack"])
    case = evaluation.primary
    return (
        f"{evaluation.origin} -> {evaluation.destination}: NPV {format_money(case.npv, 'en')} "
        f"over {evaluation.horizon} years"
    )


def _build_window(context: dict[str, object]) -> str:
    from explorer.app import create_session

    session = create_session([])
    session.window.show()
    session.app.processEvents()
    tabs = session.window.tabs
    names = [tabs.tabText(i) for i in range(tabs.count())]
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        session.app.processEvents()
    session.window.close()
    return ", ".join(names)
