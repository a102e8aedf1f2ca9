"""The pinyin of a large catalogue, built in a child process so the window never waits for it. No Qt.

Why a process: pypinyin is pure Python, about 1 ms a policy (12 s for 10,000). In a worker
thread it shares the interpreter with the GUI thread, and every call Qt makes into Python
while painting (the table's ``data()``, thousands a frame) then waits its turn: the window
stalled 300-400 ms at a time. In a child process the work runs on another core and the GUI
thread's interpreter is free.

The child is this same program (``python -m explorer`` from source, the executable when
frozen) started with ``WORKER_FLAG``; nothing but JSON crosses the pipes, never pickle:

* parent → child: one line, ``{"policies": [{text fields}, …]}``; the pipe then stays open,
  and the child quits as soon as it closes (the app ended or the build was cancelled);
* child → parent: ``{"progress": f}`` lines (every 200 policies), then ``{"columns": {…}}``.

Anything unexpected (no child could start, it died, it answered something else) raises
``ProcessUnavailable``, and the caller builds the columns in its thread as before.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import Any, BinaryIO

from explorer.ui.policies.search_text import PINYIN_COLUMNS, TEXT_FIELDS, PolicyTexts, pinyin_columns

log = logging.getLogger("explorer.ui")

WORKER_FLAG = "--internal-pinyin-worker"  # not a user command: the CLI hands it to ``serve``
PROGRESS_EVERY = 200  # policies between two progress lines (and two looks at the cancel flag)
MAX_ANSWER_BYTES = 512 * 1024 * 1024  # a line longer than this is not an answer of ours


class ProcessUnavailable(RuntimeError):
    """The pinyin process could not start or did not answer as agreed."""


def worker_command() -> list[str]:
    """How to start this program as the pinyin worker."""
    if getattr(sys, "frozen", False):  # PyInstaller: the executable is the program
        return [sys.executable, WORKER_FLAG]
    return [sys.executable, "-m", "explorer", WORKER_FLAG]


def _child_environment() -> dict[str, str]:
    environment = dict(os.environ)
    if not getattr(sys, "frozen", False):  # from source: find this package wherever the app was started
        root = str(Path(__file__).resolve().parents[3])
        environment["PYTHONPATH"] = os.pathsep.join(filter(None, (root, environment.get("PYTHONPATH"))))
    environment["PYTHONIOENCODING"] = "utf-8"
    return environment


def pinyin_columns_in_process(
    policies: Sequence[PolicyTexts],
    check: Callable[[], None] | None = None,
    progress: Callable[[float], None] | None = None,
    command: Sequence[str] | None = None,
) -> dict[str, list[str]]:
    """``search_text.pinyin_columns(policies)``, computed by a child process.

    ``check`` is called at each progress line; whatever it raises (a cancelled build) ends
    the child at once and propagates. Raises ProcessUnavailable when the child fails.
    """
    request = json.dumps(
        {"policies": [{name: getattr(p, name) for name in TEXT_FIELDS} for p in policies]},
        ensure_ascii=True,  # no raw line break or lone surrogate can cut the line
    ).encode("ascii")
    flags = subprocess.CREATE_NO_WINDOW if sys.platform == "win32" else 0
    try:
        child = subprocess.Popen(
            list(command or worker_command()),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=_child_environment(),
            creationflags=flags,
        )
    except OSError as error:
        raise ProcessUnavailable(f"could not start the pinyin process: {error}") from error
    assert child.stdin is not None and child.stdout is not None
    try:
        try:
            child.stdin.write(request + b"\n")
            child.stdin.flush()
        except OSError as error:
            raise ProcessUnavailable(f"the pinyin process did not take the policies: {error}") from error
        while True:
            line = child.stdout.readline(MAX_ANSWER_BYTES)
            if not line:
                raise ProcessUnavailable(f"the pinyin process ended without an answer (exit {child.wait()})")
            message = _message(line)
            if "progress" in message:
                if check is not None:
                    check()
                if progress is not None and isinstance(message["progress"], int | float):
                    progress(float(message["progress"]))
                continue
            return _columns(message, len(policies))
    finally:
        _end(child)


def _message(line: bytes) -> dict[str, Any]:
    try:
        message = json.loads(line)
    except ValueError as error:
        raise ProcessUnavailable("the pinyin process answered something other than JSON") from error
    if not isinstance(message, dict):
        raise ProcessUnavailable("the pinyin process answered something other than an object")
    return message


def _columns(message: dict[str, Any], size: int) -> dict[str, list[str]]:
    columns = message.get("columns")
    if not isinstance(columns, dict) or set(columns) != set(PINYIN_COLUMNS):
        raise ProcessUnavailable("the pinyin process answered other columns than asked")
    for name in PINYIN_COLUMNS:
        values = columns[name]
        if not isinstance(values, list) or len(values) != size or not all(isinstance(v, str) for v in values):
            raise ProcessUnavailable(f"the pinyin process answered a column {name!r} of the wrong shape")
    return {name: columns[name] for name in PINYIN_COLUMNS}


def _end(child: subprocess.Popen[bytes]) -> None:
    """Close the pipes (the child quits when its input closes) and make sure it has ended."""
    for stream in (child.stdin, child.stdout):
        try:
            if stream is not None:
                stream.close()
        except OSError:
            pass
    try:
        child.wait(timeout=2)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()


# --- the child ------------------------------------------------------------------------


def serve(stdin: BinaryIO | None = None, stdout: BinaryIO | None = None) -> int:
    """The child's main: read the policies, answer their columns. Exit 0 when answered."""
    source = stdin or os.fdopen(0, "rb", closefd=False)
    sink = stdout or os.fdopen(1, "wb", closefd=False)
    line = source.readline(MAX_ANSWER_BYTES)
    try:
        request = json.loads(line)
        policies = [
            SimpleNamespace(**{name: str(p[name]) for name in TEXT_FIELDS}) for p in request["policies"]
        ]
    except (ValueError, KeyError, TypeError):
        return 2
    if stdin is None:
        # The parent keeps the pipe open while it waits; when it closes (the app quit, or the
        # build was cancelled or went stale), stop at once instead of finishing unread work.
        threading.Thread(target=_quit_when_closed, args=(source,), daemon=True).start()
    total = max(len(policies), 1)
    done = 0

    def report() -> None:
        nonlocal done
        sink.write(json.dumps({"progress": round(done / total, 4)}).encode("ascii") + b"\n")
        sink.flush()
        done += PROGRESS_EVERY

    columns = pinyin_columns(policies, report)  # type: ignore[arg-type]  (namespaces with the texts)
    sink.write(json.dumps({"columns": columns}, ensure_ascii=True).encode("ascii") + b"\n")
    sink.flush()
    return 0


def _quit_when_closed(source: BinaryIO) -> None:
    try:
        while source.read(65536):
            pass
    finally:
        os._exit(0)
