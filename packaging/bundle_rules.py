"""What goes into the frozen bundle and what is left out (used by the spec and by the tests).

The app uses Qt Core/Gui/Widgets (plus OpenGL/OpenGLWidgets, which pyqtgraph imports
unconditionally), pyqtgraph, numpy, pandas, openpyxl + defusedxml, superqt, platformdirs
and pypinyin. Everything else that
PySide6 or the hooks would drag in is dropped here; docs/packaging.md gives the sizes.
"""

from __future__ import annotations

import re
from pathlib import Path

# Python modules never imported by the app at run time.
EXCLUDED_MODULES = [
    # Qt modules the app does not use. NOT QtOpenGL/QtOpenGLWidgets: pyqtgraph imports them.
    "PySide6.QtNetwork",
    "PySide6.QtDBus",
    "PySide6.QtTest",
    "PySide6.QtSvg",
    "PySide6.QtSvgWidgets",
    "PySide6.QtSql",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.QtHelp",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtMultimedia",
    "PySide6.QtWebEngineCore",
    "PySide6.QtPdf",
    # Other Qt bindings (qtpy, pulled by superqt, probes for them).
    "PyQt5",
    "PyQt6",
    "PySide2",
    # pyqtgraph parts the app does not use.
    "pyqtgraph.opengl",
    "pyqtgraph.examples",
    "pyqtgraph.jupyter",
    "OpenGL",
    # Optional back-ends of pandas/numpy/superqt, and development tools.
    "tkinter",
    "_tkinter",
    "matplotlib",
    "IPython",
    "scipy",
    "pyarrow",
    "numba",
    "sqlite3",
    "lxml",
    "jinja2",
    "rich",
    "pytest",
    "_pytest",
    "hypothesis",
    "PyInstaller",
    "setuptools",
    "pkg_resources",
    "pip",
    "distutils",
    "numpy.f2py",
    # Standard-library parts an offline GUI never uses: TLS and OpenSSL's hashes (libssl and
    # libcrypto, 5.5 MB; hashlib falls back to its built-in md5/sha1/sha2/sha3/blake2) and the
    # interactive line editor (libreadline). Not cProfile: pyqtgraph.debug imports it.
    "ssl",
    "_ssl",
    "_hashlib",
    "readline",
]

ROOT = Path(__file__).resolve().parent.parent


def _explorer_modules() -> list[str]:
    package = ROOT / "explorer"
    return [
        ".".join(("explorer", *path.relative_to(package).with_suffix("").parts))
        for path in sorted(package.rglob("*.py"))
        if path.name != "__init__.py" and "__pycache__" not in path.parts
    ]


# Modules imported dynamically, which PyInstaller's import analysis cannot see.
HIDDEN_IMPORTS = [
    # explorer.cli loads its commands with importlib; the whole package is small.
    *_explorer_modules(),
    # pandas.read_excel/to_excel import openpyxl through importlib; openpyxl only uses
    # defusedxml (the guard against XML bombs) when it is importable.
    "openpyxl",
    "defusedxml",
    "defusedxml.ElementTree",
]

# Qt plugin folders the app does not need on any platform.
_DROP_PLUGIN_DIRS = (
    "wayland-",  # Wayland clients run through XWayland (xcb)
    "egldeviceintegrations",  # embedded EGLFS
    "networkinformation",
    "tls",
    "platformthemes",  # the GTK3 theme would pull GTK, cairo, pango...
    "generic",  # evdev/tuio input for embedded devices
    "platforminputcontexts",  # IBus/compose; the app takes numbers and Latin/Chinese names via paste
    "printsupport",  # CUPS printer discovery; PDF export does not need it
    "sqldrivers",
    "qmltooling",
    "designer",
    "qmllint",
    "position",
    "multimedia",
)
_KEEP_PLATFORMS = (
    *("libqxcb.so", "libqoffscreen.so", "libqminimal.so"),  # Linux
    *("qwindows.dll", "qoffscreen.dll", "qminimal.dll"),  # Windows
    *("libqcocoa.dylib", "libqoffscreen.dylib", "libqminimal.dylib"),  # macOS
)
# Image formats: PNG/JPEG/GIF/ICO/SVG cover every icon and picture the app shows.
_DROP_IMAGE_FORMATS = re.compile(r"q(pdf|tiff|webp|tga|wbmp|icns|macheif|macjp2)\b")
# System libraries only dropped plugins needed (Linux): the GTK3 platform theme (GTK, GIO,
# cairo, pango...) and CUPS print support (Kerberos). Nothing kept links to them.
_DROP_TOPLEVEL_LIBS = re.compile(
    r"^lib(gtk|gdk|atk|cairo|pango|pixman|datrie|thai|fribidi|graphite2|gdk_pixbuf|harfbuzz|epoxy"
    r"|gio-2|gobject-2|gmodule-2|mount|blkid|selinux|jpeg|cups|avahi|gnutls"
    r"|gssapi_krb5|krb5|k5crypto|krb5support|com_err|keyutils)\b"
)
_DROP_QT_LIBS = re.compile(
    r"(lib)?Qt6(WaylandClient|WaylandEglClientHwIntegration|WlShellIntegration|EglFS|EglFsKms"
    r"|EglFSDeviceIntegration|EglFsKmsSupport|Network|Pdf|Qml|QmlMeta|QmlModels|QmlWorkerScript"
    r"|Quick|VirtualKeyboard)\b"
)
# superqt.utils imports pygments at the top level (for a code highlighter the app does not
# use): keep the package, drop its 300 lexer/style/formatter modules (1.6 MB).
_DROP_PYTHON_MODULES = re.compile(r"^pygments\.(lexers|styles|formatters)\.(?!_mapping$)")
_KEEP_TRANSLATION = re.compile(r"_zh_CN\.qm$")  # the UI is English (source strings) or Chinese


def keep_python_module(name: str) -> bool:
    """Whether a pure-Python module found by the import analysis goes into the archive."""
    return not _DROP_PYTHON_MODULES.match(name)


def keep_binary_or_data(dest: str) -> bool:
    """Whether a collected file (its path inside the bundle) is shipped."""
    dest = dest.replace("\\", "/")
    name = dest.rsplit("/", 1)[-1]
    if "/Qt/plugins/" in dest or dest.startswith("PySide6/plugins/"):
        sub = dest.split("/plugins/", 1)[1]
        if sub.startswith(_DROP_PLUGIN_DIRS):
            return False
        if sub.startswith("platforms/") and not sub.endswith(_KEEP_PLATFORMS):
            return False
        if sub.startswith("imageformats/") and _DROP_IMAGE_FORMATS.search(name):
            return False
    if "/Qt/translations/" in dest or dest.startswith("PySide6/translations/"):
        return bool(_KEEP_TRANSLATION.search(name))
    if "/" not in dest and _DROP_TOPLEVEL_LIBS.match(name):
        return False
    if _DROP_QT_LIBS.match(name):
        return False
    return True


def resource_files(root: Path) -> list[tuple[str, str]]:
    """(source file, folder in the bundle) for the shipped data pack and the resources.

    Left out: translation sources (.ts) and the glossary they are filled from, the
    installer-only icon formats (.ico, .icns), caches and hidden files.
    """
    qm_missing = [
        ts.name for ts in (root / "resources" / "i18n").glob("*.ts") if not ts.with_suffix(".qm").is_file()
    ]
    if qm_missing:
        raise SystemExit(f"compile the translations first (make translations): {', '.join(qm_missing)}")
    entries: list[tuple[str, str]] = []
    for top in ("data", "resources"):
        for path in sorted((root / top).rglob("*")):
            rel = path.relative_to(root)
            if not path.is_file() or any(part.startswith((".", "__pycache__")) for part in rel.parts):
                continue
            if rel.parts[:2] == ("resources", "i18n") and path.suffix in (".ts", ".json"):
                continue
            if rel.parts[:2] == ("resources", "icons") and path.suffix in (".ico", ".icns"):
                continue
            entries.append((str(path), str(rel.parent)))
    return entries
