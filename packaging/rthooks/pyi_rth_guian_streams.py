"""PyInstaller runtime hook: give a console-less (windowed) build real stdout/stderr.

In a windowed build on Windows and macOS (and whenever the app is started with
its standard streams closed) Python sets ``sys.stdout``/``sys.stderr`` to None.
Then any library's ``sys.stderr.write``, ``faulthandler.enable()`` or warning
crashes the app. This hook runs before ``main.py``: when a stream is missing it
sends stdout to the null device and stderr to ``logs/console.log`` in the user's
app-data folder (never into the bundle). It must never stop the app from starting.
"""

import os
import sys


def _console_log():
    try:
        from explorer.paths import log_dir

        path = log_dir() / "console.log"
        if path.exists() and path.stat().st_size > 1_000_000:
            path.replace(path.with_suffix(".log.1"))
        return open(path, "a", encoding="utf-8", errors="backslashreplace", buffering=1)
    except Exception:
        return open(os.devnull, "w", encoding="utf-8")


def _install():
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")
    if sys.stderr is None:
        sys.stderr = _console_log()


_install()
