"""Start-up: the QApplication, fonts, translations, crash handling, the main window."""

from __future__ import annotations

import gc
import logging
import os
import sys
from dataclasses import dataclass

from explorer import APP_NAME, ORGANIZATION_NAME, __version__

log = logging.getLogger("explorer.app")


@dataclass
class Session:
    """Everything a running app holds on to (tests and tools use it too)."""

    app: object  # QApplication
    state: object  # AppState
    window: object  # MainWindow
    translators: object  # Translators
    crash_reporter: object  # CrashReporter


def display_available() -> bool:
    """False on a headless Linux box where Qt would abort trying to reach X."""
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def create_session(
    argv: list[str] | None = None,
    language: str | None = None,
    open_demo: bool = True,
    defer_pages: bool = False,
) -> Session:
    """Build the application and its main window without entering the event loop.

    ``open_demo``: start on the opening demo firm (as users do) rather than the pack's default case.
    ``defer_pages``: build only the first page now, the others once the window shows (as the app
    starts); tests and tools get every page at once.
    """
    import pyqtgraph  # noqa: F401  (imported before our hook: it installs its own)
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from explorer.datapack import load_active_pack
    from explorer.paths import resources_dir
    from explorer.translation import Translators, system_language
    from explorer.ui.charts.style import configure_pyqtgraph
    from explorer.ui.errors import CrashReporter, configure_logging
    from explorer.ui.fonts import apply_style_sheet, register_bundled_fonts
    from explorer.ui.main_window import MainWindow
    from explorer.ui.settings import Settings
    from explorer.ui.state import AppState

    configure_logging()
    app = QApplication.instance() or QApplication([sys.argv[0], *(argv or [])])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION_NAME)
    app.setApplicationVersion(__version__)
    register_bundled_fonts(app)
    apply_style_sheet(app)
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        icon.addFile(str(resources_dir() / "icons" / f"guian-explorer-{size}.png"))
    app.setWindowIcon(icon)
    app.setDesktopFileName("guian-compute-explorer")  # matches the installed .desktop entry
    configure_pyqtgraph()

    if language is None:
        language = Settings.load().language or system_language()
    translators = Translators()
    translators.apply(language)

    window_ref: list[MainWindow] = []
    crash_reporter = CrashReporter(lambda: window_ref[0] if window_ref else None)
    crash_reporter.install()

    pack, refused_import = load_active_pack()
    opening = first_case(pack) if open_demo else None
    state = AppState(
        pack,
        translators.language,
        scenario=opening.scenario if opening else None,
        scenario_name=opening.title(translators.language) if opening else "",
        translators=translators,
    )
    saved_currency = Settings.load().currency
    if saved_currency != state.currency:
        state.set_currency(saved_currency)
    window = MainWindow(state, defer_pages=defer_pages)
    if refused_import is not None:
        window.show_refused_import(refused_import)
    window_ref.append(window)
    return Session(app, state, window, translators, crash_reporter)


EXIT_NO_DISPLAY = 3  # `make run` treats it as a message, not a failure

# The case the app opens with: a real demo firm moving from Guangdong.
OPENING_PERSONA = "shenzhen_ai_startup"


def first_case(pack):
    """The demo firm to open with, if the data pack's personas fit it; else None (the default case)."""
    from explorer.domain.engine import evaluate
    from explorer.domain.errors import InvalidInput
    from explorer.personas import load_personas

    personas = {p.id: p for p in load_personas()}
    persona = personas.get(OPENING_PERSONA)
    if persona is None:
        return None
    try:
        evaluate(persona.scenario, pack)
    except InvalidInput as error:
        log.warning("The opening persona does not fit the data pack: %s", error)
        return None
    return persona


# bench/bench_startup.py sets this: the app prints FIRST_PAINT_LINE once its window has painted
# for the first time, then quits (how long a user waits for the window, frozen or from source).
FIRST_PAINT_PROBE = "GUIAN_EXPLORER_FIRST_PAINT_PROBE"
FIRST_PAINT_LINE = "first window painted"


def _quit_after_first_paint(session: Session) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def __init__(self, parent: QObject) -> None:
            super().__init__(parent)
            self.timer = QTimer(self)  # owned: PySide keeps no reference to a singleShot callable
            self.timer.setSingleShot(True)
            self.timer.timeout.connect(self._report)

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and watched is session.window:
                session.window.removeEventFilter(self)
                self.timer.start(0)  # the paint is done once this event's handlers have run
            return False

        def _report(self) -> None:
            if sys.stdout is not None:
                print(FIRST_PAINT_LINE, flush=True)
            session.app.quit()

    probe = FirstPaint(session.window)
    session.window.installEventFilter(probe)


def run_gui(argv: list[str], present: bool = False) -> int:
    """Open the window (``present``: straight into presenter mode, ``main.py --present``)."""
    if not display_available():
        from PySide6.QtCore import QCoreApplication

        from explorer.translation import install_command_line_language, system_language
        from explorer.ui.settings import Settings

        install_command_line_language(Settings.load().language or system_language())
        print(
            QCoreApplication.translate(
                "CommandLine",
                "No display found. To run the explorer on a headless machine: xvfb-run -a python main.py",
            ),
            file=sys.stderr,
        )
        return EXIT_NO_DISPLAY
    session = create_session(argv, defer_pages=True)
    if os.environ.get(FIRST_PAINT_PROBE) == "1":
        _quit_after_first_paint(session)
    session.window.show()
    if present:
        session.window.enter_presenter()
    # Start-up leaves ~1 M objects; freezing them keeps later collections short (~50 ms, not ~150 ms).
    gc.collect()
    gc.freeze()
    return session.app.exec()
