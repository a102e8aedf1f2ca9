"""Fast checks of the packaging sources (no build): bundle rules, icons, the stream hook, versions."""

from __future__ import annotations

import ast
import importlib.util
import os
import struct
import subprocess
import sys
import tomllib

import pytest

from explorer import __version__
from tests.packaging.conftest import ROOT

ICONS = ROOT / "resources" / "icons"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(
        f"guian_packaging_{name}", ROOT / "packaging" / f"{name}.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bundle_rules = _load("bundle_rules")
build_script = _load("build")


def test_package_version_is_the_app_version():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["version"] == __version__
    assert build_script.project()["version"] == __version__


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", False),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
        ("PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so", True),
        ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/lib/libQt6Network.so.6", False),
        ("PySide6/Qt/lib/libQt6OpenGL.so.6", True),
        ("PySide6/Qt/lib/libQt6DBus.so.6", True),  # libQt6Gui links it on Linux
        ("libgtk-3.so.0", False),
        ("libgio-2.0.so.0", False),
        ("libglib-2.0.so.0", True),
        ("libxcb-icccm.so.4", True),
        ("pypinyin/pinyin_dict.json", True),
    ],
)
def test_bundle_rules(dest, kept):
    assert bundle_rules.keep_binary_or_data(dest) is kept


def test_nothing_the_app_imports_is_excluded_from_the_bundle():
    """Importing e.g. PySide6.QtSvg in explorer/ would work from source and fail only when frozen."""
    imported = set()
    for path in (ROOT / "explorer").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                imported |= {node.module} | {f"{node.module}.{alias.name}" for alias in node.names}
    excluded = bundle_rules.EXCLUDED_MODULES
    clashes = sorted(m for m in imported if any(m == e or m.startswith(e + ".") for e in excluded))
    assert not clashes, f"imported by explorer/ but excluded in packaging/bundle_rules.py: {clashes}"


def test_qt_opengl_modules_are_never_excluded():
    # pyqtgraph 0.14 imports both unconditionally (env-notes §8, pitfall 1).
    assert not {"PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets"} & set(bundle_rules.EXCLUDED_MODULES)


def test_pygments_keeps_what_superqt_imports():
    keep = bundle_rules.keep_python_module
    assert keep("pygments") and keep("pygments.lexers") and keep("pygments.lexers._mapping")
    assert keep("pygments.formatter") and keep("pygments.util")
    assert not keep("pygments.lexers.python") and not keep("pygments.styles.monokai")


def test_resource_files_leave_out_sources_and_installer_icons():
    entries = bundle_rules.resource_files(ROOT)
    names = {os.path.relpath(src, ROOT).replace(os.sep, "/") for src, _ in entries}
    assert "resources/fonts/WQYMicroHei-GB2312.ttf" in names
    assert "resources/fonts/WQYMicroHei-LICENSE.txt" in names
    assert "resources/icons/guian-explorer-256.png" in names
    assert not [n for n in names if n.endswith((".ts", ".ico", ".icns")) or "__pycache__" in n]
    assert all(dest == os.path.dirname(os.path.relpath(src, ROOT)) for src, dest in entries)


@pytest.mark.parametrize(
    ("pep440", "debian"),
    [("0.1.0", "0.1.0"), ("1.2.0rc1", "1.2.0~rc1"), ("2.0.0b3", "2.0.0~b3"), ("1.0.dev4", "1.0~dev4")],
)
def test_debian_versions_sort_pre_releases_first(pep440, debian):
    assert build_script.debian_version(pep440) == debian


def test_source_hash_ignores_caches_and_hidden_files():
    first = build_script.source_hash()
    assert build_script.source_hash() == first
    files = build_script.source_files()
    assert ROOT / "main.py" in files and ROOT / "pyproject.toml" in files
    assert not [f for f in files if "__pycache__" in f.parts]
    extra = ROOT / "packaging" / "linux" / ".hash-probe"  # hidden files are not bundled, so not hashed
    try:
        extra.write_text("x")
        assert build_script.source_hash() == first
    finally:
        extra.unlink()


def test_stream_hook_gives_a_console_less_process_working_streams(tmp_path):
    """What a windowed build sees: sys.stdout and sys.stderr are None until the hook runs."""
    code = (
        "import sys, runpy, faulthandler, warnings\n"
        "sys.stdout = sys.stderr = None\n"
        f"runpy.run_path({str(ROOT / 'packaging' / 'rthooks' / 'pyi_rth_guian_streams.py')!r})\n"
        "print('to stdout')\n"
        "faulthandler.enable()\n"
        "warnings.warn('a library warning')\n"
        "sys.stderr.write('to stderr\\n')\n"
    )
    env = {**os.environ, "GUIAN_EXPLORER_HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "" and result.stderr == ""
    log = (tmp_path / "logs" / "console.log").read_text(encoding="utf-8")
    assert "a library warning" in log and "to stderr" in log


PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _png_pixels(data: bytes):
    """Decoded RGBA pixels of one PNG, as a numpy array."""
    import numpy as np
    from PySide6.QtGui import QImage

    image = QImage.fromData(data, "PNG").convertToFormat(QImage.Format.Format_RGBA8888)
    assert not image.isNull()
    return np.frombuffer(bytes(image.constBits()), dtype=np.uint8).reshape(
        image.height(), image.bytesPerLine()
    ).astype(int)


def _embedded_pngs(data: bytes) -> list[bytes]:
    return [PNG_SIGNATURE + part for part in data.split(PNG_SIGNATURE)[1:]]


def _same_picture(a: bytes, b: bytes) -> bool:
    # Qt's rasteriser rounds a few antialiased edge pixels differently on different CPUs
    # (SIMD paths), so drawn pixels may differ by one step of 255; anything more is a change.
    pa, pb = _png_pixels(a), _png_pixels(b)
    return pa.shape == pb.shape and int(abs(pa - pb).max(initial=0)) <= 2


def test_icons_are_what_the_generator_draws(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "make_icons.py"), str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    generated = sorted(p.name for p in tmp_path.iterdir())
    assert generated == sorted(p.name for p in ICONS.iterdir() if p.name.startswith("guian-explorer"))
    stale = []
    for name in generated:
        fresh, shipped = (tmp_path / name).read_bytes(), (ICONS / name).read_bytes()
        if name.endswith(".svg"):
            same = fresh == shipped
        else:
            pictures = [_embedded_pngs(fresh), _embedded_pngs(shipped)]
            same = len(pictures[0]) == len(pictures[1]) > 0 and all(
                _same_picture(a, b) for a, b in zip(*pictures, strict=True)
            )
        if not same:
            stale.append(name)
    assert not stale, f"rerun tools/make_icons.py: {stale}"


def test_ico_and_icns_hold_every_size_as_png():
    ico = (ICONS / "guian-explorer.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        width, _h, _c, _r, _planes, _bpp, length, offset = struct.unpack_from("<BBBBHHII", ico, 6 + 16 * i)
        assert ico[offset : offset + 8] == b"\x89PNG\r\n\x1a\n" and offset + length <= len(ico)
        sizes.append(width or 256)
    assert sorted(sizes) == [16, 24, 32, 48, 64, 128, 256]

    icns = (ICONS / "guian-explorer.icns").read_bytes()
    magic, total = struct.unpack_from(">4sI", icns)
    assert magic == b"icns" and total == len(icns)
    kinds, position = [], 8
    while position < total:
        kind, length = struct.unpack_from(">4sI", icns, position)
        assert icns[position + 8 : position + 16] == b"\x89PNG\r\n\x1a\n"
        kinds.append(kind.decode())
        position += length
    assert {"ic07", "ic08", "ic09", "ic10", "icp4", "icp5"} <= set(kinds)
