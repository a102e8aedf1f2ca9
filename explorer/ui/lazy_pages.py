"""Pages of a tab widget built when first needed (start-up, issue 18).

The window paints its first page before the others are imported and built: each other page
starts as an empty placeholder and is built when it is first shown, when code asks for it, or
in idle time just after the window is up (one page an event-loop turn, so the window keeps
answering in between). Built eagerly, the pages are the same widgets in the same places.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QTabWidget, QWidget

FIRST_IDLE_MS = 100  # the first page waits for the window's first paint; the next ones follow at once


class LazyPages(QObject):
    built = Signal(str)  # a page's name, once built and in its place

    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self._tabs = tabs
        self._builders: dict[str, Callable[[], QWidget]] = {}
        self._placeholders: dict[str, QWidget] = {}
        self._pages: dict[str, QWidget] = {}
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._build_next)
        tabs.currentChanged.connect(self._on_current_changed)

    def add(self, name: str, builder: Callable[[], QWidget]) -> None:
        """A tab at the end, built by ``builder`` (it gets the tab widget's window as parent)."""
        placeholder = QWidget(self._tabs)
        placeholder.setObjectName(f"{name}Placeholder")
        self._tabs.addTab(placeholder, "")
        self._builders[name] = builder
        self._placeholders[name] = placeholder

    def page(self, name: str) -> QWidget:
        """The page, built now if it was not yet."""
        page = self._pages.get(name)
        if page is None:
            page = self._build(name)
        return page

    def is_built(self, name: str) -> bool:
        return name in self._pages

    def build_all(self) -> None:
        for name in self._builders:
            self.page(name)

    def build_in_idle_time(self) -> None:
        """Build the pages not yet built one by one, starting shortly after the window shows."""
        if len(self._pages) < len(self._builders):
            self._idle.start(FIRST_IDLE_MS)

    # --- private ------------------------------------------------------------------
    def _build(self, name: str) -> QWidget:
        page = self._builders[name]()
        self._pages[name] = page
        placeholder = self._placeholders.pop(name)
        tabs = self._tabs
        index = tabs.indexOf(placeholder)
        current, text = tabs.currentIndex(), tabs.tabText(index)
        tabs.blockSignals(True)  # the same tab stays current: no one need hear of the swap
        tabs.removeTab(index)
        tabs.insertTab(index, page, text)
        tabs.setCurrentIndex(current)
        tabs.blockSignals(False)
        placeholder.deleteLater()
        self.built.emit(name)
        return page

    def _build_next(self) -> None:
        pending = [name for name in self._builders if name not in self._pages]
        if pending:
            self.page(pending[0])
        if len(pending) > 1:
            self._idle.start(0)

    def _on_current_changed(self, index: int) -> None:
        widget = self._tabs.widget(index)
        for name, placeholder in list(self._placeholders.items()):
            if placeholder is widget:
                self.page(name)
