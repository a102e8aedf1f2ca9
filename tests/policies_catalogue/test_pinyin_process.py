"""The pinyin of a large catalogue, built by a child process: the same columns, cancellable,
and a fallback to a thread when no child can be had (issue 18: no freeze while it runs)."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from explorer.cli import main as cli_main
from explorer.datapack import load_shipped_pack
from explorer.ui.policies import pinyin_process
from explorer.ui.policies.catalogue import prepare_catalogue
from explorer.ui.policies.pinyin_process import (
    WORKER_FLAG,
    ProcessUnavailable,
    pinyin_columns_in_process,
    serve,
    worker_command,
)
from explorer.ui.policies.policies_tab import _prepare_in_worker
from explorer.ui.policies.search_text import PINYIN_COLUMNS, TEXT_FIELDS, pinyin_columns

from .conftest import policy


class Stop(Exception):
    pass


class Control:
    """A WorkerControl's two calls the prepare worker makes."""

    def __init__(self) -> None:
        self.fractions: list[float] = []

    def check(self) -> None:
        pass

    def progress(self, fraction: float) -> None:
        self.fractions.append(fraction)


def awkward_policies():
    """Texts JSON and pipes must carry unchanged: quotes, backslashes, line breaks, U+2028,
    astral characters, full-width letters, curly apostrophes, an empty text."""
    return [
        policy(
            "Q1", title_zh='引号"与\\反斜杠', title_en='Quote " and \\ backslash', summary_zh="行\n断\u2028开"
        ),
        policy(
            "Q2", title_zh="𠀀𝄞 表情😀", title_en="Ｆｕｌｌ-width ＤＪ", issuer_en="Guizhou\u2019s office"
        ),
        policy("Q3", title_zh="", title_en="", doc_number="黔府发〔2021〕12号"),
    ]


WRONG_COLUMNS = json.dumps({"columns": {"title_key_zh": []}})


def many_policies(size: int):
    return [
        policy(f"M{i}", title_zh=f"贵安新区第{i}号数据中心电价补贴", summary_zh=f"算力券{i}号兑现细则")
        for i in range(size)
    ]


def test_the_child_makes_exactly_the_columns_a_thread_makes():
    policies = [*load_shipped_pack().policies.values(), *awkward_policies()]
    control = Control()

    columns = pinyin_columns_in_process(policies, control.check, control.progress)

    assert columns == pinyin_columns(policies)
    assert list(columns) == list(PINYIN_COLUMNS)
    assert control.fractions and control.fractions[0] == 0.0  # it reported as it went


def test_a_cancel_ends_the_child_at_once(monkeypatch):
    started: list[subprocess.Popen] = []
    real_popen = subprocess.Popen

    def recording_popen(*args, **kwargs):
        child = real_popen(*args, **kwargs)
        started.append(child)
        return child

    monkeypatch.setattr(pinyin_process.subprocess, "Popen", recording_popen)
    calls = []

    def cancelled_at_the_second_report() -> None:
        calls.append(1)
        if len(calls) == 2:
            raise Stop

    with pytest.raises(Stop):
        pinyin_columns_in_process(many_policies(2_000), cancelled_at_the_second_report)

    (child,) = started
    assert child.poll() is not None, "the child still runs after its build was cancelled"


def test_the_child_quits_when_the_app_stops_listening():
    """The app quit (or dropped a stale build): its end of the pipe closes; the child stops there."""
    request = {"policies": [{name: getattr(p, name) for name in TEXT_FIELDS} for p in many_policies(3_000)]}
    child = subprocess.Popen(
        worker_command(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=pinyin_process._child_environment(),
    )
    child.stdin.write(json.dumps(request).encode() + b"\n")
    child.stdin.flush()
    assert json.loads(child.stdout.readline()) == {"progress": 0.0}

    child.stdin.close()
    rest = child.stdout.read()

    assert child.wait(timeout=60) == 0
    assert b"columns" not in rest, "the child finished work nobody would read"


@pytest.mark.parametrize(
    "command",
    [
        ["/nonexistent/guian-explorer"],
        [sys.executable, "-c", "import sys; sys.exit(3)"],
        [sys.executable, "-c", "print('hello')"],
        [sys.executable, "-c", "import sys; sys.stdin.readline(); print('[1, 2]')"],
        [
            sys.executable,
            "-c",
            'import sys; sys.stdin.readline(); print(\'{"columns": {"title_key_zh": []}}\')',
        ],
    ],
    ids=["missing", "exits", "not-json", "not-an-object", "wrong-columns"],
)
def test_a_child_that_fails_or_answers_otherwise_is_reported(command):
    with pytest.raises(ProcessUnavailable):
        pinyin_columns_in_process(awkward_policies(), command=command)


def test_the_window_builds_in_a_thread_when_no_child_can_be_had(monkeypatch, caplog):
    monkeypatch.setattr(pinyin_process, "worker_command", lambda: ["/nonexistent/guian-explorer"])
    policies = awkward_policies()

    prepared = _prepare_in_worker(Control(), policies)

    assert prepared.columns == prepare_catalogue(policies).columns
    assert prepared.han.mask("表情").tolist() == [False, True, False]
    assert "Pinyin built in a thread instead" in caplog.text


def test_the_window_uses_the_child_when_it_can():
    policies = awkward_policies()

    prepared = _prepare_in_worker(Control(), policies)

    assert prepared.columns == prepare_catalogue(policies).columns
    assert prepared.pinyin.mask("biaoqing").tolist() == [False, True, False]


@pytest.mark.parametrize("request_line", [b"", b"not json\n", b"[]\n", b'{"policies": [{"id": "x"}]}\n'])
def test_the_child_refuses_a_request_it_cannot_read(request_line):
    answer = io.BytesIO()
    assert serve(io.BytesIO(request_line), answer) == 2
    assert answer.getvalue() == b""


def test_the_command_line_hands_the_flag_to_the_child(monkeypatch):
    monkeypatch.setattr(pinyin_process.os, "fdopen", lambda fd, *a, **k: io.BytesIO(b"garbage\n"))
    assert cli_main([WORKER_FLAG]) == 2


def test_a_frozen_app_starts_its_own_executable(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/guian-explorer/guian-explorer")
    assert worker_command() == ["/opt/guian-explorer/guian-explorer", WORKER_FLAG]
