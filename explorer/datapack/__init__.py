"""The data pack: sourced defaults and policies as CSV tables, validated, importable, revertible.

Pure Python, no Qt. Public API:

* ``load_pack(folder=None)``: the active (imported) pack if valid, else the shipped pack;
  ``load_active_pack()`` also says why an imported pack was refused.
* ``load_shipped_pack()``; ``read_pack_source(path)`` for a folder, .zip or .xlsx.
* ``DataPackError`` (``.problems``: every ``Problem`` found, each naming file, row, column, rule).
* ``diff_packs(old, new) -> PackDiff`` (structured, and ``.text()`` for people).
* ``prepare_import(path) -> PendingImport`` (validated pack + diff; ``.install()`` commits it),
  ``install_pack(path)``, ``revert_to_shipped()``, ``active_pack_info() -> PackInfo``.
"""

from __future__ import annotations

from explorer.datapack.diff import PackDiff, diff_packs
from explorer.datapack.install import (
    PackInfo,
    PendingImport,
    active_pack_info,
    install_pack,
    prepare_import,
    revert_to_shipped,
)
from explorer.datapack.loader import load_active_pack, load_pack, load_shipped_pack, read_pack_source
from explorer.datapack.problems import DataPackError, Problem

__all__ = [
    "DataPackError",
    "PackDiff",
    "PackInfo",
    "PendingImport",
    "Problem",
    "active_pack_info",
    "diff_packs",
    "install_pack",
    "load_active_pack",
    "load_pack",
    "load_shipped_pack",
    "prepare_import",
    "read_pack_source",
    "revert_to_shipped",
]
