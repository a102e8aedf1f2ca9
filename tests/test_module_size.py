"""No module over about 400 lines without a reason written at its top (issue 15; docs/architecture.md).

A long module is allowed when the first paragraph of its docstring has a line starting with
``One module because``: the single job that holds it together and what a split would scatter.
"""

from __future__ import annotations

import ast
from pathlib import Path

EXPLORER = Path(__file__).resolve().parents[1] / "explorer"
LIMIT = 400
MARKER = "One module because"


def has_reason(source: str) -> bool:
    """True when the module docstring's first paragraph has a line starting with MARKER."""
    docstring = ast.get_docstring(ast.parse(source)) or ""
    first_paragraph = docstring.strip().split("\n\n", 1)[0]
    return any(line.strip().startswith(MARKER) for line in first_paragraph.splitlines())


def unexplained_long_modules(root: Path = EXPLORER, limit: int = LIMIT) -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        if len(source.splitlines()) > limit and not has_reason(source):
            found.append(f"{path.relative_to(root.parent)} ({len(source.splitlines())} lines)")
    return found


def test_every_module_over_400_lines_says_at_its_top_why_it_is_one() -> None:
    assert unexplained_long_modules() == [], (
        f"split these into rooms of one job, or start a line of the docstring's first paragraph "
        f"with '{MARKER}' saying why: {unexplained_long_modules()}"
    )


def test_the_reason_counts_only_in_the_first_paragraph(tmp_path: Path) -> None:
    body = "x = 1\n" * (LIMIT + 1)
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "short.py").write_text('"""Short."""\nx = 1\n', encoding="utf-8")
    (tmp_path / "pkg" / "told.py").write_text(
        f'"""A long module.\n{MARKER} it is one table of rules.\n\nMore.\n"""\n' + body, encoding="utf-8"
    )
    (tmp_path / "pkg" / "late.py").write_text(
        f'"""A long module.\n\n{MARKER} said too late.\n"""\n' + body, encoding="utf-8"
    )
    (tmp_path / "pkg" / "silent.py").write_text('"""A long module."""\n' + body, encoding="utf-8")
    (tmp_path / "pkg" / "bare.py").write_text(body, encoding="utf-8")

    found = unexplained_long_modules(tmp_path / "pkg")

    assert [entry.split(" ")[0] for entry in found] == ["pkg/bare.py", "pkg/late.py", "pkg/silent.py"]
