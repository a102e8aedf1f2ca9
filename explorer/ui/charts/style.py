"""Colours and pyqtgraph defaults shared by every chart."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QColor

ORIGIN_COLOUR = QColor("#d9822b")  # the firm's current region
DESTINATION_COLOUR = QColor("#1b8a6b")  # Gui'an
OTHER_COLOUR = QColor("#c3c9d1")  # comparators, greyed
TEXT_COLOUR = QColor("#2b2f36")
GRID_ALPHA = 0.25


def configure_pyqtgraph() -> None:
    """Call once before any plot is built."""
    pg.setConfigOptions(background="w", foreground=TEXT_COLOUR, antialias=True)
