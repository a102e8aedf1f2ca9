"""Architecture rules that a reviewer would otherwise have to remember."""

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOMAIN = ROOT / "explorer" / "domain"
FORBIDDEN_IN_DOMAIN = (
    "PySide6",
    "shiboken6",
    "pyqtgraph",
    "superqt",
    "openpyxl",
    "explorer.ui",
    "explorer.datapack",
)
IO_CALLS = {"open", "read_text", "read_bytes", "write_text", "write_bytes", "urlopen"}


def _python_files(folder: Path):
    return sorted(folder.rglob("*.py"))


def test_domain_imports_no_qt_and_does_no_file_io():
    problems = []
    for path in _python_files(DOMAIN):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                names = []
            problems += [f"{path.name}: imports {n}" for n in names if n.startswith(FORBIDDEN_IN_DOMAIN)]
            if isinstance(node, ast.Call):
                func = node.func
                name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                if name in IO_CALLS:
                    problems.append(f"{path.name}:{node.lineno}: calls {name}()")
    assert problems == []


def test_importing_the_domain_loads_no_qt():
    code = (
        "import sys, explorer.domain.energy, explorer.domain.formatting;"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"


def test_no_unsafe_deserialisation_anywhere():
    banned = {"pickle", "marshal", "shelve"}
    problems = []
    for path in _python_files(ROOT / "explorer"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
                problems += [f"{path}: {n}" for n in names if n.split(".")[0] in banned]
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in {"eval", "exec"}
            ):
                problems.append(f"{path}:{node.lineno}: {node.func.id}()")
    assert problems == []


def test_no_network_code_at_run_time():
    banned = ("urllib.request", "http.client", "requests", "socket", "PySide6.QtNetwork")
    problems = []
    for path in _python_files(ROOT / "explorer"):
        text = path.read_text(encoding="utf-8")
        problems += [f"{path}: {b}" for b in banned if f"import {b}" in text or f"from {b} " in text]
    assert problems == []


def test_every_layer_contract_is_kept():
    """The import-linter contracts in pyproject.toml (docs/architecture.md says what each enforces)."""
    lint_imports = Path(sys.executable).parent / "lint-imports"
    out = subprocess.run([str(lint_imports), "--no-cache"], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "0 broken" in out.stdout
