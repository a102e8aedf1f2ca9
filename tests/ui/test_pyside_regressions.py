"""Guards against known-bad Qt binding releases coming back with an upgrade."""

import sys

from PySide6.QtCore import QObject


def test_empty_qvariant_returns_do_not_leak_references_to_none():
    # PySide6 6.12.0 on Python 3.11 returns None for an invalid QVariant without
    # taking a reference; pyqtgraph's setData hits this ~10 times per call and the
    # process aborts after about 1,600 updates.
    holder = QObject()
    before = sys.getrefcount(None)
    for _ in range(1000):
        holder.property("definitely_unset")
    assert sys.getrefcount(None) - before >= -5
