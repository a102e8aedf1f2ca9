"""The data pack: sourced defaults and policies as CSV tables, validated, importable, revertible.

Pure Python, no Qt. Public API:

* ``load_pack(folder=None)``: the active (imported) pack if valid, else the shipped pack.
* ``load_shipped_pack()``, ``read_pack_source(path)`` for a folder, .zip or .xlsx.
* ``DataPackError`` (``.problems``: every ``Problem`` found, each naming file, row, column, rule).
"""

from __future__ import annotations

from explorer.datapack.loader import load_pack, load_shipped_pack, read_pack_source
from explorer.datapack.problems import DataPackError, Problem

__all__ = [
    "DataPackError",
    "Problem",
    "load_pack",
    "load_shipped_pack",
    "read_pack_source",
]
