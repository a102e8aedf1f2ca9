"""Build the installers: ``make package`` runs this; so do the packaging smoke test and ``make bench``.

    .venv/bin/python packaging/build.py [--force]

Every platform: a one-folder PyInstaller build in ``dist/guian-explorer/`` (from
``packaging/guian-explorer.spec``). Then:

- Linux: libpython and the stdlib extensions stripped, ``dist/<name>-<version>-linux-<arch>.tar.gz``
  and ``dist/<name>_<version>_<arch>.deb`` (files under /opt, launcher on PATH, desktop entry, icons);
- Windows: ``dist/<name>-<version>-windows-x64.zip`` and, when Inno Setup's ``iscc`` is
  available, ``dist/<name>-<version>-setup.exe``;
- macOS: ``dist/Guian Compute Explorer.app`` in ``dist/<name>-<version>-macos-<arch>.dmg``.

The result is cached: ``build/package/manifest.json`` records a hash of everything that
goes into the bundle (the app's code, data, resources, this folder, pyproject.toml, the
Python and PyInstaller versions); a rerun with the same hash and the artefacts in place
does nothing. ``--force`` rebuilds anyway. Concurrent runs wait for each other.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import re
import shutil
import stat
import subprocess
import sys
import tarfile
import time
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "packaging"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "package"
MANIFEST = WORK / "manifest.json"
SPEC = HERE / "guian-explorer.spec"
# What the bundle is built from; any change here means a new build.
HASHED_TREES = ("explorer", "data", "resources", "packaging")
HASHED_FILES = ("main.py", "pyproject.toml")

# System libraries the frozen app needs on a bare Debian 12 (docs/packaging.md, env-notes §3b, §8).
# The bundle carries copies of most of them from the build machine; naming them here means
# the target has them even where the build machine did not (and apt pulls Mesa for GL/EGL).
DEB_DEPENDS = (
    "libgl1",
    "libegl1",
    "libglib2.0-0",
    "libfontconfig1",
    "libfreetype6",
    "libxkbcommon0",
    "libdbus-1-3",
    "libx11-6",
    "libx11-xcb1",
    "libxcb1",
    "libxkbcommon-x11-0",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-xkb1",
)
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def project() -> dict:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    (exe_name,) = data["scripts"]
    app_name = re.search(r'APP_NAME = "(.+)"', (ROOT / "explorer" / "__init__.py").read_text("utf-8"))[1]
    return {"name": data["name"], "version": data["version"], "exe": exe_name, "app_name": app_name}


def source_files() -> list[Path]:
    files = [ROOT / name for name in HASHED_FILES]
    for tree in HASHED_TREES:
        for path in (ROOT / tree).rglob("*"):
            rel = path.relative_to(ROOT)
            if path.is_file() and not any(p == "__pycache__" or p.startswith(".") for p in rel.parts):
                files.append(path)
    return sorted(files)


def source_hash() -> str:
    import PyInstaller

    digest = hashlib.sha256()
    digest.update(f"{sys.version}|{sys.platform}|{platform.machine()}|{PyInstaller.__version__}".encode())
    for path in source_files():
        digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def explorer_modules() -> list[str]:
    package = ROOT / "explorer"
    return sorted(
        ".".join(("explorer", *path.relative_to(package).with_suffix("").parts)).removesuffix(".__init__")
        for path in source_files()
        if path.suffix == ".py" and path.is_relative_to(package)
    )


def run(cmd: list[str], **kwargs) -> None:
    shown = [str(c) for c in cmd[:12]] + ([f"... ({len(cmd) - 12} more)"] if len(cmd) > 12 else [])
    print("+ " + " ".join(shown), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, **kwargs)


class _Timer:
    """Seconds per build step, for the manifest and docs/packaging.md."""

    def __init__(self) -> None:
        self.steps: dict[str, float] = {}

    def __call__(self, name: str, func, *args):
        started = time.monotonic()
        result = func(*args)
        self.steps[name] = round(time.monotonic() - started, 1)
        print(f"-- {name}: {self.steps[name]} s", flush=True)
        return result


def venv_tool(name: str) -> str:
    for folder in (Path(sys.executable).parent, Path(sys.prefix) / "bin", Path(sys.prefix) / "Scripts"):
        for candidate in (folder / name, folder / f"{name}.exe"):
            if candidate.is_file():
                return str(candidate)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found next to {sys.executable} or on PATH")
    return found


def compile_translations() -> None:
    """The same as ``make translations``: a .qm next to every .ts that lacks a fresh one."""
    for ts in sorted((ROOT / "resources" / "i18n").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.is_file() or qm.stat().st_mtime < ts.stat().st_mtime:
            run([venv_tool("pyside6-lrelease"), "-silent", ts, "-qm", qm])


def build_machine_libraries() -> None:
    """Linux: the xcb libraries the bundle must carry (env-notes §8 pitfall 4), and Xvfb for smoke tests."""
    if sys.platform.startswith("linux"):
        run([ROOT / "tools" / "system-libs.sh", "xvfb"])


# --- the one-folder app ------------------------------------------------------------------


def pyinstaller() -> None:
    run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            DIST,
            "--workpath",
            ROOT / "build" / "pyinstaller",
            SPEC,
        ],
        cwd=ROOT,
    )


def strip_linux(app_dir: Path) -> None:
    """Strip libpython and the stdlib extensions only: stripping numpy's libraries breaks them."""
    internal = app_dir / "_internal"
    targets = sorted(internal.glob("libpython3*.so*")) + sorted(internal.glob("python3*/lib-dynload/*.so"))
    if shutil.which("strip") and targets:
        run(["strip", "--strip-unneeded", *targets])


def tree_size(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


# --- Linux: .tar.gz and .deb ---------------------------------------------------------------


def _tar_filter(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    return info


def make_tarball(app_dir: Path, meta: dict, arch: str) -> Path:
    top = f"{meta['name']}-{meta['version']}"
    out = DIST / f"{top}-linux-{arch}.tar.gz"
    readme = WORK / "INSTALL.txt"
    template = (HERE / "linux" / "INSTALL.txt").read_text(encoding="utf-8")
    readme.write_text(template.format(**meta, depends=" ".join(DEB_DEPENDS)), encoding="utf-8")
    tmp = out.with_suffix(".tmp")
    with tarfile.open(tmp, "w:gz", compresslevel=6) as tar:
        tar.add(app_dir, arcname=top, filter=_tar_filter)
        tar.add(readme, arcname=f"{top}/INSTALL.txt", filter=_tar_filter)
        tar.add(
            HERE / "linux" / "install-desktop-entry.sh",
            arcname=f"{top}/install-desktop-entry.sh",
            filter=_tar_filter,
        )
        tar.add(
            HERE / "linux" / "guian-compute-explorer.desktop",
            arcname=f"{top}/share/{meta['name']}.desktop",
            filter=_tar_filter,
        )
        for size in ICON_SIZES:
            tar.add(
                ROOT / "resources" / "icons" / f"guian-explorer-{size}.png",
                arcname=f"{top}/share/icons/hicolor/{size}x{size}/apps/{meta['name']}.png",
                filter=_tar_filter,
            )
    tmp.replace(out)
    return out


def debian_version(version: str) -> str:
    """PEP 440 -> Debian: pre-releases sort before the release (1.0rc1 -> 1.0~rc1)."""
    return re.sub(r"\.?(a|b|rc|dev)(\d*)", r"~\1\2", version)


def glibc_floor(app_dir: Path) -> str:
    """The newest GLIBC_x.y symbol version any bundled ELF file asks for."""
    versions = set()
    for path in app_dir.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) != b"\x7fELF":
                    continue
                versions.update(re.findall(rb"GLIBC_(2\.\d+(?:\.\d+)?)\x00", handle.read()))
    return max((v.decode() for v in versions), key=lambda v: tuple(map(int, v.split("."))), default="2.34")


def _copy_tree(src: Path, dst: Path) -> None:
    """Hard links where possible: the staging tree is only read by dpkg-deb."""

    def link_or_copy(s: str, d: str) -> None:
        try:
            os.link(s, d)
        except OSError:
            shutil.copy2(s, d)

    shutil.copytree(src, dst, symlinks=True, copy_function=link_or_copy)


def make_deb(app_dir: Path, meta: dict, arch: str) -> Path:
    name = meta["name"]
    stage = WORK / "deb"
    if stage.exists():
        shutil.rmtree(stage)
    opt = stage / "opt" / name
    _copy_tree(app_dir, opt)
    bin_dir = stage / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    # Relative, so the launcher also works from a tree unpacked with dpkg-deb -x.
    (bin_dir / meta["exe"]).symlink_to(Path("..", "..", "opt", name, meta["exe"]))
    share = stage / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    desktop_entry = share / "applications" / f"{name}.desktop"
    shutil.copy2(HERE / "linux" / "guian-compute-explorer.desktop", desktop_entry)
    if shutil.which("desktop-file-validate"):  # from desktop-file-utils, when installed
        run(["desktop-file-validate", desktop_entry])
    icons = ROOT / "resources" / "icons"
    for size in ICON_SIZES:
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy2(icons / f"guian-explorer-{size}.png", folder / f"{name}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(icons / "guian-explorer.svg", scalable / f"{name}.svg")
    doc = share / "doc" / name
    doc.mkdir(parents=True)
    shutil.copy2(HERE / "linux" / "copyright", doc / "copyright")
    shutil.copy2(ROOT / "resources" / "fonts" / "WQYMicroHei-LICENSE.txt", doc / "WQYMicroHei-LICENSE.txt")

    for path in [stage, *stage.rglob("*")]:
        if path.is_symlink():
            continue
        mode = path.stat().st_mode
        executable = path.is_dir() or mode & stat.S_IXUSR
        path.chmod(0o755 if executable else 0o644)

    installed_kb = (tree_size(stage) + 1023) // 1024
    depends = ", ".join((f"libc6 (>= {glibc_floor(app_dir)})", *DEB_DEPENDS))
    control = (
        (HERE / "linux" / "control")
        .read_text(encoding="utf-8")
        .format(
            **meta,
            deb_version=debian_version(meta["version"]),
            arch=arch,
            installed_kb=installed_kb,
            depends=depends,
        )
    )
    (stage / "DEBIAN").mkdir()
    (stage / "DEBIAN" / "control").write_text(control, encoding="utf-8")
    out = DIST / f"{name}_{debian_version(meta['version'])}_{arch}.deb"
    run(["dpkg-deb", "--root-owner-group", "-Zxz", "-z3", "--build", stage, out])
    shutil.rmtree(stage)
    return out


def deb_arch() -> str:
    try:
        return subprocess.run(
            ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return {"x86_64": "amd64", "aarch64": "arm64"}.get(platform.machine(), platform.machine())


# --- Windows and macOS ----------------------------------------------------------------------


def make_zip(app_dir: Path, out: Path, top: str) -> Path:
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(app_dir.rglob("*")):
            archive.write(path, Path(top, path.relative_to(app_dir)).as_posix())
    return out


def find_iscc() -> str | None:
    candidates = [
        os.environ.get("ISCC", ""),
        shutil.which("iscc") or "",
        r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe",
        r"C:\Program Files\Inno Setup 6\ISCC.exe",
    ]
    return next((c for c in candidates if c and Path(c).is_file()), None)


def make_windows_installer(app_dir: Path, meta: dict) -> Path | None:
    iscc = find_iscc()
    if iscc is None:
        print("Inno Setup (iscc) not found: skipping the setup.exe (the .zip is built)", flush=True)
        return None
    run(
        [
            iscc,
            f"/DAppName={meta['app_name']}",
            f"/DAppVersion={meta['version']}",
            f"/DAppExe={meta['exe']}.exe",
            f"/DPackageName={meta['name']}",
            f"/DSourceDir={app_dir}",
            f"/DIconFile={ROOT / 'resources' / 'icons' / 'guian-explorer.ico'}",
            f"/DOutputDir={DIST}",
            HERE / "windows" / "guian-explorer.iss",
        ]
    )
    return DIST / f"{meta['name']}-{meta['version']}-setup.exe"


def make_dmg(app_bundle: Path, meta: dict) -> Path:
    stage = WORK / "dmg"
    if stage.exists():
        shutil.rmtree(stage)
    stage.mkdir(parents=True)
    run(["ditto", app_bundle, stage / app_bundle.name])
    (stage / "Applications").symlink_to("/Applications")
    out = DIST / f"{meta['name']}-{meta['version']}-macos-{platform.machine()}.dmg"
    run(
        [
            "hdiutil",
            "create",
            "-volname",
            meta["app_name"],
            "-srcfolder",
            stage,
            "-ov",
            "-format",
            "UDZO",
            out,
        ]
    )
    shutil.rmtree(stage)
    return out


# --- driver ---------------------------------------------------------------------------------


def _cached(key: str) -> dict | None:
    if not MANIFEST.is_file():
        return None
    try:
        manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
    except ValueError:
        return None
    paths = [manifest.get("app_dir"), *manifest.get("artifacts", {}).values()]
    if manifest.get("source_hash") == key and all(p and (ROOT / p).exists() for p in paths):
        return manifest
    return None


def build(force: bool = False) -> dict:
    WORK.mkdir(parents=True, exist_ok=True)
    with _Lock(WORK / ".lock"):
        build_machine_libraries()
        compile_translations()
        key = source_hash()
        if not force and (manifest := _cached(key)):
            print(f"up to date: {MANIFEST.relative_to(ROOT)} (source hash {key[:12]})", flush=True)
            return manifest
        meta = project()
        started = time.monotonic()
        timer = _Timer()
        for attempt in range(1, 4):
            timer("pyinstaller", pyinstaller)
            # Others may edit the tree while PyInstaller reads it: a bundle of half-old,
            # half-new modules would fail in confusing ways, so build again from a stable tree.
            compile_translations()
            if (now := source_hash()) == key:
                break
            print(f"the sources changed during the build: building again ({attempt}/3)", flush=True)
            key = now
        else:
            key = "unstable:" + key  # never matches: the next run builds again
        app_dir = DIST / meta["exe"]
        artifacts: dict[str, Path] = {}
        if sys.platform.startswith("linux"):
            timer("strip", strip_linux, app_dir)
            arch = deb_arch()
            machine = {"amd64": "x86_64", "arm64": "aarch64"}.get(arch, arch)
            artifacts["tarball"] = timer("tarball", make_tarball, app_dir, meta, machine)
            if shutil.which("dpkg-deb"):
                artifacts["deb"] = timer("deb", make_deb, app_dir, meta, arch)
            executable = app_dir / meta["exe"]
        elif sys.platform == "win32":
            artifacts["zip"] = timer(
                "zip",
                make_zip,
                app_dir,
                DIST / f"{meta['name']}-{meta['version']}-windows-x64.zip",
                meta["name"],
            )
            if setup := timer("installer", make_windows_installer, app_dir, meta):
                artifacts["installer"] = setup
            executable = app_dir / f"{meta['exe']}.exe"
        else:
            bundle = DIST / f"{meta['app_name'].replace(chr(39), '')}.app"
            artifacts["app"] = bundle
            artifacts["dmg"] = timer("dmg", make_dmg, bundle, meta)
            executable = bundle / "Contents" / "MacOS" / meta["exe"]
        manifest = {
            "source_hash": key,
            "name": meta["name"],
            "version": meta["version"],
            "app_dir": app_dir.relative_to(ROOT).as_posix(),
            "executable": executable.relative_to(ROOT).as_posix(),
            "artifacts": {k: v.relative_to(ROOT).as_posix() for k, v in artifacts.items()},
            "app_dir_bytes": tree_size(app_dir),
            "artifact_bytes": {
                k: (tree_size(v) if v.is_dir() else v.stat().st_size) for k, v in artifacts.items()
            },
            "build_seconds": round(time.monotonic() - started, 1),
            "step_seconds": timer.steps,
            # What the build saw (the tree may change after it): the tests check the archive against it.
            "explorer_modules": explorer_modules(),
        }
        MANIFEST.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
        print(json.dumps(manifest, indent=2), flush=True)
        return manifest


class _Lock:
    """An exclusive lock on a file, so a test and `make package` never build over each other."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._handle = None

    def __enter__(self) -> _Lock:
        self._handle = self._path.open("a+")
        if sys.platform == "win32":
            import msvcrt

            while True:
                try:
                    msvcrt.locking(self._handle.fileno(), msvcrt.LK_LOCK, 1)
                    break
                except OSError:
                    time.sleep(1)
        else:
            import fcntl

            fcntl.flock(self._handle.fileno(), fcntl.LOCK_EX)
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._handle is not None
        self._handle.close()  # releases the lock


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--force", action="store_true", help="rebuild even when the cached build is current")
    args = parser.parse_args(argv)
    build(force=args.force)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
