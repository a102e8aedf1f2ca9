"""Rewrite the SHA-256 checksums in a data pack's manifest after the pack's CSV files were edited by hand.

    .venv/bin/python tools/pack_checksums.py            # the shipped pack in data/
    .venv/bin/python tools/pack_checksums.py FOLDER     # any pack folder

The manifest's ``files`` maps each table file to the SHA-256 of its bytes; ``main.py datapack
validate`` refuses a pack whose file no longer matches (a test checks the shipped pack), so run
this after every edit of data/*.csv and commit manifest.json with the edit. Every other manifest
key is kept. The pack is validated afterwards: exit 0 if valid, 2 with its problems if not.
Same as ``python main.py datapack checksum FOLDER``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from explorer.datapack import DataPackError, read_pack_source  # noqa: E402
from explorer.datapack.checksums import write_checksums  # noqa: E402


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else ROOT / "data"
    checksums = write_checksums(folder)
    for name, digest in checksums.items():
        print(f"{digest}  {name}")
    print(f"Wrote {len(checksums)} checksums to {folder / 'manifest.json'}")
    try:
        read_pack_source(folder)
    except DataPackError as error:
        print(error, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
