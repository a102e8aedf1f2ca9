"""Installer benchmarks: bundle size, and cold start to the first window, frozen against source.

Run: ``.venv/bin/python bench/bench_package.py [--rounds N]`` (``make bench`` runs it too).
Builds through ``packaging/build.py`` first (cached when the sources have not changed).

Start-up is measured from outside, the same way for both apps: each is started as a new
process on a private Xvfb display, and the clock stops when the X server reports that a
top-level window was mapped (a MapNotify seen through Xlib, no polling). The process is then
killed. Rounds alternate source and frozen so machine load hits both alike; every run gets a
fresh app-data folder. The page cache stays warm (dropping it needs privileges), so "cold"
means a new process, not a cold disk. The source app runs with bytecode caching on
(PYTHONDONTWRITEBYTECODE unset), as on a developer's machine.

Aims (issue #9): bundle under 250 MB; frozen start no slower than 1.5x the source start.
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import json
import os
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MiB = 1024 * 1024
SIZE_AIM_MB = 250
RATIO_AIM = 1.5
WINDOW_TIMEOUT = 60.0


# --- a private X server and a MapNotify watcher ----------------------------------------------


class _XMapEvent(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("event", ctypes.c_ulong),
        ("window", ctypes.c_ulong),
        ("override_redirect", ctypes.c_int),
    ]


class _XEvent(ctypes.Union):
    _fields_ = [("type", ctypes.c_int), ("xmap", _XMapEvent), ("pad", ctypes.c_long * 24)]


_MAP_NOTIFY = 19
_SUBSTRUCTURE_NOTIFY_MASK = 1 << 19


class XServer:
    """Xvfb on a free display, and an Xlib connection that hears every top-level map."""

    def __init__(self) -> None:
        read_fd, write_fd = os.pipe()
        self._proc = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
            pass_fds=(write_fd,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write_fd)
        with os.fdopen(read_fd) as pipe:
            self.display = ":" + pipe.readline().strip()
        self._x = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
        self._x.XOpenDisplay.restype = ctypes.c_void_p
        self._x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        self._x.XDefaultRootWindow.restype = ctypes.c_ulong
        self._x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        self._x.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
        self._x.XPending.argtypes = [ctypes.c_void_p]
        self._x.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.POINTER(_XEvent)]
        self._x.XConnectionNumber.argtypes = [ctypes.c_void_p]
        self._x.XFlush.argtypes = [ctypes.c_void_p]
        self._x.XCloseDisplay.argtypes = [ctypes.c_void_p]
        self._dpy = self._x.XOpenDisplay(self.display.encode())
        if not self._dpy:
            raise RuntimeError(f"cannot open X display {self.display}")
        self._x.XSelectInput(self._dpy, self._x.XDefaultRootWindow(self._dpy), _SUBSTRUCTURE_NOTIFY_MASK)
        self._x.XFlush(self._dpy)

    def drain(self) -> None:
        event = _XEvent()
        while self._x.XPending(self._dpy):
            self._x.XNextEvent(self._dpy, ctypes.byref(event))

    def wait_for_window(self, proc: subprocess.Popen, timeout: float) -> float | None:
        """perf_counter() when a managed top-level window is mapped, or None."""
        event = _XEvent()
        deadline = time.perf_counter() + timeout
        fd = self._x.XConnectionNumber(self._dpy)
        while time.perf_counter() < deadline and proc.poll() is None:
            while self._x.XPending(self._dpy):
                self._x.XNextEvent(self._dpy, ctypes.byref(event))
                if event.type == _MAP_NOTIFY and not event.xmap.override_redirect:
                    return time.perf_counter()
            select.select([fd], [], [], 0.05)
        return None

    def close(self) -> None:
        self._x.XCloseDisplay(self._dpy)
        self._proc.terminate()
        self._proc.wait(timeout=10)


def time_to_window(command: list[str], server: XServer, env: dict[str, str]) -> float:
    server.drain()
    with tempfile.TemporaryDirectory(prefix="bench-home-") as home:
        run_env = {**env, "DISPLAY": server.display, "GUIAN_EXPLORER_HOME": home}
        started = time.perf_counter()
        proc = subprocess.Popen(
            command, cwd=ROOT, env=run_env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
        )
        shown = server.wait_for_window(proc, WINDOW_TIMEOUT)
        proc.kill()
        _, err = proc.communicate(timeout=30)
    if shown is None:
        raise RuntimeError(f"{command[0]} showed no window within {WINDOW_TIMEOUT:.0f} s:\n{err[-2000:]}")
    return shown - started


def time_command(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


# --- sizes ------------------------------------------------------------------------------------


def biggest_parts(app_dir: Path, count: int) -> list[tuple[str, int]]:
    internal = app_dir / "_internal"
    sizes = []
    for child in internal.iterdir():
        if child.is_dir() and not child.is_symlink():
            total = sum(p.lstat().st_size for p in child.rglob("*") if p.is_file() and not p.is_symlink())
        else:
            total = child.lstat().st_size
        sizes.append((child.name, total))
    return sorted(sizes, key=lambda item: -item[1])[:count]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=7, help="timed starts of each app (default 7)")
    args = parser.parse_args(argv)

    build = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py")], cwd=ROOT, capture_output=True
    )
    if build.returncode != 0:
        print(build.stdout.decode()[-3000:], build.stderr.decode()[-3000:], sep="\n")
        return 1
    manifest = json.loads((ROOT / "build" / "package" / "manifest.json").read_text(encoding="utf-8"))
    app_dir = ROOT / manifest["app_dir"]
    frozen = [str(ROOT / manifest["executable"])]
    source = [sys.executable, str(ROOT / "main.py")]

    files = sum(1 for p in app_dir.rglob("*") if p.is_file())
    bundle_mb = manifest["app_dir_bytes"] / MiB
    print(f"Bundle {manifest['app_dir']}: {bundle_mb:.1f} MB in {files} files (aim < {SIZE_AIM_MB} MB)")
    for name, size in manifest["artifact_bytes"].items():
        print(f"  {name:<9} {manifest['artifacts'][name]}: {size / MiB:.1f} MB")
    print(
        "  largest parts of _internal: "
        + ", ".join(f"{n} {s / MiB:.1f}" for n, s in biggest_parts(app_dir, 8))
    )
    steps = ", ".join(f"{k} {v} s" for k, v in manifest.get("step_seconds", {}).items())
    print(f"  last build: {manifest['build_seconds']} s ({steps})")

    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("QT_", "GUIAN_", "PYTHONDONTWRITEBYTECODE"))
    }
    env["QT_QPA_PLATFORM"] = "xcb"
    if not shutil.which("Xvfb"):
        print("Xvfb is missing: run tools/system-libs.sh xvfb")
        return 1
    server = XServer()
    try:
        results: dict[str, list[float]] = {"source": [], "frozen": []}
        # One untimed start of each: bytecode caches, fontconfig cache, page cache.
        time_to_window(source, server, env)
        time_to_window(frozen, server, env)
        for _ in range(args.rounds):
            results["source"].append(time_to_window(source, server, env))
            results["frozen"].append(time_to_window(frozen, server, env))
        version = {
            "source": statistics.median(time_command([*source, "--version"], env) for _ in range(5)),
            "frozen": statistics.median(time_command([*frozen, "--version"], env) for _ in range(5)),
        }
    finally:
        server.close()

    median = {k: statistics.median(v) for k, v in results.items()}
    ratio = median["frozen"] / median["source"]
    print()
    print(f"Start to first window on Xvfb, {args.rounds} rounds each (ms):")
    print(f"  {'':<7} {'median':>7} {'best':>7} {'worst':>7}   --version (median of 5)")
    for name in ("source", "frozen"):
        times = results[name]
        print(
            f"  {name:<7} {median[name] * 1e3:7.0f} {min(times) * 1e3:7.0f} {max(times) * 1e3:7.0f}"
            f"   {version[name] * 1e3:.0f} ms"
        )
    verdict = "within" if ratio <= RATIO_AIM else "OVER"
    print(f"  frozen / source = {ratio:.2f} ({verdict} the {RATIO_AIM}x aim)")

    out = ROOT / ".bench"
    out.mkdir(exist_ok=True)
    record = {
        "bundle_bytes": manifest["app_dir_bytes"],
        "bundle_files": files,
        "artifact_bytes": manifest["artifact_bytes"],
        "build_seconds": manifest["build_seconds"],
        "start_to_window_seconds": results,
        "median_seconds": median,
        "ratio": ratio,
        "version_seconds": version,
    }
    (out / "bench_package.json").write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    # bench/run_all.py runs this with runpy: report, never raise SystemExit(0) into it.
    status = main()
    if status:
        sys.exit(status)
