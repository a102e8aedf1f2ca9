"""Render every tab of the real app, in Chinese and in English, to PNG files.

Run under a display (``make screenshots`` uses Xvfb):
    python tools/screenshots.py docs/screenshots
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

WINDOW_SIZE = (1366, 768)
TAB_FILE_NAMES = ("overview", "policies", "calculator")


def main(out_dir: Path) -> int:
    from PySide6.QtWidgets import QApplication

    from explorer.app import create_session

    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for language in ("en", "zh_CN"):
        session = create_session([], language=language)
        window = session.window
        window.resize(*WINDOW_SIZE)
        window.show()
        for index, name in enumerate(TAB_FILE_NAMES):
            window.tabs.setCurrentIndex(index)
            for _ in range(5):
                QApplication.processEvents()
            path = out_dir / f"{name}-{language}.png"
            window.grab().save(str(path))
            written.append(path)
        window.close()
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
