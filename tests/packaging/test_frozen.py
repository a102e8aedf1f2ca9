"""The frozen app, the .tar.gz and the .deb: built, then run as a user would (issue #9).

Slow (a build takes about a minute; a cached one is reused): deselect with -m "not packaging".
"""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

import pytest

from tests.packaging.conftest import ROOT, app_env, assert_self_test_passed, run_app

pytestmark = pytest.mark.packaging

PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
EXE = next(iter(PROJECT["scripts"]))
APP_NAME = re.search(r'APP_NAME = "(.+)"', (ROOT / "explorer" / "__init__.py").read_text("utf-8"))[1]
PACKAGE = PROJECT["name"]


def snapshot(folder: Path) -> dict[str, tuple[int, int, int]]:
    """Every file, link and folder under ``folder`` with its size, mode and modification time."""
    entries = {}
    for path in [folder, *folder.rglob("*")]:
        info = path.lstat()
        entries[path.relative_to(folder).as_posix()] = (info.st_size, info.st_mode, info.st_mtime_ns)
    return entries


def test_version_comes_from_pyproject(frozen_build, tmp_path):
    result = run_app([frozen_build.executable, "--version"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{APP_NAME} {PROJECT['version']}"
    assert frozen_build.manifest["version"] == PROJECT["version"]


def test_self_test_passes_offscreen_and_writes_nothing_into_the_bundle(frozen_build, source_steps, tmp_path):
    home = tmp_path / "home"
    before = snapshot(frozen_build.app_dir)
    result = run_app([frozen_build.executable, "--self-test"], home)
    assert_self_test_passed(result, source_steps)
    assert snapshot(frozen_build.app_dir) == before, "the frozen app wrote into its own folder"
    # What it does write goes to the user's app-data folder.
    assert (home / "logs").is_dir()


def test_self_test_passes_on_a_real_x_display(frozen_build, source_steps, tmp_path):
    xvfb_run = shutil.which("xvfb-run")
    assert xvfb_run, "packaging/build.py installs Xvfb (tools/system-libs.sh xvfb)"
    command = [xvfb_run, "-a", "-s", "-screen 0 1366x768x24", frozen_build.executable, "--self-test"]
    result = run_app(command, tmp_path / "home", platform="xcb")
    assert_self_test_passed(result, source_steps)


def test_runs_without_console_streams_like_a_windowed_build(frozen_build, tmp_path):
    """Windowed builds have sys.stdout/sys.stderr None; here both descriptors are closed."""
    home = tmp_path / "home"
    result = subprocess.run(
        ["sh", "-c", 'exec "$0" --self-test >&- 2>&-', str(frozen_build.executable)],
        env=app_env(home),
        timeout=180,
    )
    assert result.returncode == 0
    assert (home / "logs" / "explorer.log").is_file()
    # Whatever Qt or a library writes to stderr lands in the app-data folder, not nowhere.
    assert (home / "logs" / "console.log").is_file()


def test_runs_with_no_python_installed_and_no_network(frozen_build, source_steps, tmp_path):
    """In a private mount and network namespace: every Python on the machine hidden, no network."""
    pythons = {Path(sys.prefix), Path(sys.base_prefix), Path(sys.executable).resolve().parent.parent}
    pythons |= {
        p for pattern in ("/usr/lib/python3*", "/usr/local/lib/python3*") for p in Path("/").glob(pattern[1:])
    }
    hidden = sorted(str(p) for p in pythons if p.is_dir() and not frozen_build.app_dir.is_relative_to(p))
    script = " && ".join(
        [
            *(f"mount -t tmpfs none '{p}'" for p in hidden),
            "! python3 -c 1 2>/dev/null",
            'exec "$0" --self-test',
        ]
    )
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "GUIAN_EXPLORER_HOME": str(tmp_path / "home"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    command = ["unshare", "--user", "--map-root-user", "--mount", "--net", "sh", "-c", script]
    result = run_app([*command, frozen_build.executable], tmp_path, env=env)
    assert_self_test_passed(result, source_steps)


def _elf_files(folder: Path) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def test_every_bundled_library_finds_its_dependencies_outside_any_python(frozen_build):
    internal = frozen_build.app_dir / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}"}
    forbidden = tuple(str(p) for p in {Path(sys.prefix), Path(sys.base_prefix)})
    problems = []
    for path in _elf_files(frozen_build.app_dir):
        result = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env)
        for line in result.stdout.splitlines():
            if "not found" in line or (forbidden and any(p in line for p in forbidden)):
                problems.append(f"{path.relative_to(frozen_build.app_dir)}: {line.strip()}")
    assert not problems, "\n".join(problems)


def test_bundle_carries_the_data_and_resources_and_leaves_out_the_rest(frozen_build):
    internal = frozen_build.app_dir / "_internal"
    for rel in ("data", "resources/fonts", "resources/styles", "resources/i18n", "resources/icons"):
        folder = ROOT / rel
        shipped = {
            p.relative_to(folder) for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts
        }
        shipped = {p for p in shipped if p.suffix not in (".ts", ".json", ".ico", ".icns") or rel == "data"}
        bundled = {p.relative_to(internal / rel) for p in (internal / rel).rglob("*") if p.is_file()}
        assert shipped and bundled == shipped, rel
    names = {p.relative_to(internal).as_posix() for p in internal.rglob("*")}
    for unwanted in (
        "PySide6/QtNetwork",
        "PySide6/QtWebEngine",
        "PySide6/QtQml",
        "PySide6/Qt/qml",
        "platformthemes",
    ):
        assert not [n for n in names if unwanted in n], unwanted
    translations = [n for n in names if n.startswith("PySide6/Qt/translations/") and n.endswith(".qm")]
    assert translations and all(n.endswith("_zh_CN.qm") for n in translations)
    assert {"libqxcb.so", "libqoffscreen.so"} <= {Path(n).name for n in names if "/platforms/" in n}
    # The app's own translation and the bundled font, which Chinese text depends on.
    assert "resources/i18n/explorer_zh_CN.qm" in names
    assert "resources/fonts/WQYMicroHei-GB2312.ttf" in names


def test_archive_holds_openpyxl_defusedxml_and_every_explorer_module(frozen_build):
    from PyInstaller.archive.readers import CArchiveReader

    pyz = CArchiveReader(str(frozen_build.executable)).open_embedded_archive("PYZ.pyz")
    modules = set(pyz.toc)
    assert {"openpyxl", "defusedxml", "defusedxml.ElementTree", "platformdirs"} <= modules
    # Every module of the package as the build saw it (the tree may have changed since).
    ours = set(frozen_build.manifest["explorer_modules"])
    assert {"explorer", "explorer.app", "explorer.cli.self_test", "explorer.paths"} <= ours
    assert ours - modules == set()
    assert not {m for m in modules if m.split(".")[0] in ("pytest", "PyInstaller", "tkinter", "hypothesis")}


def test_bundle_is_under_the_size_budget(frozen_build):
    assert frozen_build.manifest["app_dir_bytes"] < 250 * 1024 * 1024


def test_tarball_unpacks_and_runs(frozen_build, source_steps, tmp_path):
    with tarfile.open(frozen_build.tarball) as archive:
        archive.extractall(tmp_path / "unpacked", filter="tar")
    (top,) = (tmp_path / "unpacked").iterdir()
    assert top.name == f"{PACKAGE}-{PROJECT['version']}"
    assert os.access(top / "install-desktop-entry.sh", os.X_OK)
    assert "--self-test" in (top / "INSTALL.txt").read_text(encoding="utf-8")
    assert (top / "share" / "icons" / "hicolor" / "48x48" / "apps" / f"{PACKAGE}.png").is_file()
    result = run_app([top / EXE, "--self-test"], tmp_path / "home")
    assert_self_test_passed(result, source_steps)


def _deb_field(deb: Path, field: str) -> str:
    return subprocess.run(
        ["dpkg-deb", "-f", str(deb), field], capture_output=True, text=True, check=True
    ).stdout.strip()


def test_deb_metadata_and_layout(frozen_build):
    deb = frozen_build.deb
    assert _deb_field(deb, "Package") == PACKAGE
    assert _deb_field(deb, "Version") == PROJECT["version"]
    depends = [d.split()[0] for d in _deb_field(deb, "Depends").split(", ")]
    for lib in (
        "libc6",
        "libgl1",
        "libegl1",
        "libxkbcommon0",
        "libfontconfig1",
        "libdbus-1-3",
        "libxcb-cursor0",
    ):
        assert lib in depends
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    paths = [line.split()[5] for line in listing.splitlines()]
    allowed = (f"./opt/{PACKAGE}/", "./usr/bin/", "./usr/share/applications/", "./usr/share/icons/hicolor/")
    allowed += (f"./usr/share/doc/{PACKAGE}/",)
    stray = [p for p in paths if p.count("/") > 2 and not p.startswith(allowed) and not p.endswith("/")]
    assert not stray
    assert any(line.startswith("l") and f"./usr/bin/{EXE} -> " in line for line in listing.splitlines())
    for size in (16, 32, 48, 64, 128, 256, 512):
        assert f"./usr/share/icons/hicolor/{size}x{size}/apps/{PACKAGE}.png" in paths
    assert f"./usr/share/icons/hicolor/scalable/apps/{PACKAGE}.svg" in paths


def test_deb_unpacked_launcher_and_desktop_entry_work(frozen_build, source_steps, tmp_path):
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(frozen_build.deb), str(root)], check=True)
    launcher = root / "usr" / "bin" / EXE
    assert launcher.is_symlink() and launcher.resolve() == (root / "opt" / PACKAGE / EXE).resolve()

    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(root / "usr" / "share" / "applications" / f"{PACKAGE}.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Exec"].split()[0] == EXE  # found on PATH through /usr/bin
    assert desktop["Name"] == APP_NAME
    assert (
        root / "usr" / "share" / "icons" / "hicolor" / "256x256" / "apps" / f"{desktop['Icon']}.png"
    ).is_file()

    version = run_app([launcher, "--version"], tmp_path / "home")
    assert version.stdout.strip() == f"{APP_NAME} {PROJECT['version']}"
    result = run_app([launcher, "--self-test"], tmp_path / "home")
    assert_self_test_passed(result, source_steps)


def test_the_frozen_app_is_its_own_pinyin_process(frozen_build):
    """A large catalogue's pinyin is built by the executable started with the worker flag."""
    from explorer.datapack import load_shipped_pack
    from explorer.ui.policies.pinyin_process import WORKER_FLAG, pinyin_columns_in_process
    from explorer.ui.policies.search_text import pinyin_columns

    policies = list(load_shipped_pack().policies.values())
    command = [str(frozen_build.executable), WORKER_FLAG]
    assert pinyin_columns_in_process(policies, command=command) == pinyin_columns(policies)


def test_the_frozen_app_opens_its_window_and_says_so_for_the_startup_benchmark(frozen_build, tmp_path):
    from explorer.app import FIRST_PAINT_LINE, FIRST_PAINT_PROBE

    home = tmp_path / "home"
    env = {**app_env(home), FIRST_PAINT_PROBE: "1"}
    result = run_app([frozen_build.executable], home, env=env)
    assert result.returncode == 0, result.stderr
    assert FIRST_PAINT_LINE in result.stdout.splitlines()
