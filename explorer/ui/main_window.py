"""The main window: tabs, menus, status bar, remembered geometry.
One module because it is the window's frame: tabs, menus and status bar wired to the one AppState;
every tab and controller already lives in its own module.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QMessageBox, QTabWidget, QWidget

from explorer import APP_NAME, __version__
from explorer.datapack import DataPackError
from explorer.domain.story import open_site
from explorer.personas import Persona, load_personas
from explorer.ui.client_data_controller import ClientDataController
from explorer.ui.datapack_dialogs import import_data_pack, revert_to_shipped_data
from explorer.ui.lazy_pages import LazyPages
from explorer.ui.money import CURRENCIES, display_currency
from explorer.ui.overview.overview_tab import OverviewTab
from explorer.ui.project import ProjectController
from explorer.ui.settings import Settings, remember
from explorer.ui.state import AppState
from explorer.ui.widgets.plain_text import plain_tip

if TYPE_CHECKING:  # imported where they are built: the first screen needs none of them
    from explorer.ui.calculator.calculator_tab import CalculatorTab
    from explorer.ui.calculator.goal_seek_dialog import GoalSeekDialog
    from explorer.ui.compare.compare_view import CompareView
    from explorer.ui.package.package_tab import PackageTab
    from explorer.ui.policies.policies_tab import PoliciesTab
    from explorer.ui.presenter.presenter_view import PresenterView
    from explorer.ui.still_need_dialog import StillNeedDialog

LANGUAGE_CHOICES = (("zh_CN", "中文"), ("en", "English"))  # each shown in its own language


class MainWindow(QMainWindow):
    def __init__(
        self,
        state: AppState,
        parent: QWidget | None = None,
        defer_pages: bool = False,
    ) -> None:
        """``defer_pages``: build the pages after the Overview when first needed, or in idle time
        once the window shows (start-up, issue 18); else all of them now."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._state = state

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.overview_tab = OverviewTab(state, self)
        self.tabs.addTab(self.overview_tab, "")
        self.pages = LazyPages(self.tabs)
        self.pages.add("policies", self._build_policies)
        self.pages.add("calculator", self._build_calculator)
        self.pages.add("compare", self._build_compare)
        self.pages.add("package", self._build_package)
        if not defer_pages:
            self.pages.build_all()
        self._pages_deferred = defer_pages
        self.personas: list[Persona] = load_personas()
        self.setCentralWidget(self.tabs)
        # Presenter mode (issue 16): built when first used, shown in the tabs' place.
        self.presenter: PresenterView | None = None
        self._demo_persona: Persona | None = None
        self._geometry_before_presenter = None
        self.overview_tab.site_requested.connect(self.open_site_in_calculator)

        self.pack_label = QLabel(self)
        self.pack_label.setObjectName("dataPackStatus")
        self.pack_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.pack_label)

        self._build_menus()
        self._refused_import: DataPackError | None = None
        state.pack_changed.connect(self._forget_refused_import)
        state.pack_changed.connect(self._show_pack_status)
        state.scenario_changed.connect(self._show_pack_status)
        state.language_changed.connect(self._on_language)
        self.retranslate()
        self._restore_window_state()
        # Project files (issue #8): File → New/Open/Save/Export at the top, autosave, and the
        # offer to recover an autosave once the event loop runs (after the window shows).
        self.project = ProjectController(state, self)
        self.project.install_menu(self.file_menu)
        # The client's own data (issue 19): template, import with a diff, removal.
        self.client_data = ClientDataController(state, self)
        self.client_data.install_menu(self.file_menu, before=self.import_pack_action)
        QTimer.singleShot(0, self.project, self.project.offer_recovery)  # dropped if the window goes first

    # --- the pages after the Overview (built by self.pages) --------------------
    @property
    def policies_tab(self) -> PoliciesTab:
        return self.pages.page("policies")  # type: ignore[return-value]

    @property
    def calculator_tab(self) -> CalculatorTab:
        return self.pages.page("calculator")  # type: ignore[return-value]

    @property
    def compare_tab(self) -> CompareView:
        return self.pages.page("compare")  # type: ignore[return-value]

    @property
    def package_tab(self) -> PackageTab:
        return self.pages.page("package")  # type: ignore[return-value]

    def _build_policies(self) -> QWidget:
        from explorer.ui.policies.policies_tab import PoliciesTab

        tab = PoliciesTab(self._state, self)
        tab.still_need_requested.connect(self.open_still_need)
        return tab

    def _build_calculator(self) -> QWidget:
        from explorer.ui.calculator.calculator_tab import CalculatorTab

        return CalculatorTab(self._state, self)

    def _build_compare(self) -> QWidget:
        from explorer.ui.compare.compare_view import CompareView

        return CompareView(self._state, self)

    def _build_package(self) -> QWidget:
        from explorer.ui.package.package_tab import PackageTab

        return PackageTab(self._state, self)

    # --- menus --------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.setObjectName("fileMenu")
        self.personas_menu = self.file_menu.addMenu("")
        self.personas_menu.setObjectName("personasMenu")
        self.persona_actions: list[QAction] = []
        for persona in self.personas:
            action = QAction(self)
            action.setObjectName(f"persona_{persona.id}")
            action.triggered.connect(lambda _checked=False, p=persona: self.open_persona(p))
            self.personas_menu.addAction(action)
            self.persona_actions.append(action)
        self.file_menu.addSeparator()
        self.import_pack_action = QAction(self)
        self.import_pack_action.setObjectName("importPackAction")
        self.import_pack_action.triggered.connect(self.import_pack)
        self.revert_pack_action = QAction(self)
        self.revert_pack_action.setObjectName("revertPackAction")
        self.revert_pack_action.triggered.connect(self.revert_pack)
        self.file_menu.addAction(self.import_pack_action)
        self.file_menu.addAction(self.revert_pack_action)
        self.file_menu.addSeparator()
        self.quit_action = QAction(self)
        self.quit_action.setObjectName("quitAction")
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)

        self.view_menu = bar.addMenu("")
        self.view_menu.setObjectName("viewMenu")
        self.language_menu, self.language_actions = self._choice_menu(
            "language", [code for code, _name in LANGUAGE_CHOICES], self._state.language, self.set_language
        )
        for code, native_name in LANGUAGE_CHOICES:
            self.language_actions[code].setText(native_name)  # each language named in itself
        self.presenter_action = QAction(self, checkable=True)
        self.presenter_action.setObjectName("presenterAction")
        self.presenter_action.setShortcut(QKeySequence(Qt.Key.Key_F11))
        self.presenter_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.presenter_action.triggered.connect(self.toggle_presenter)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.presenter_action)
        self.addAction(self.presenter_action)  # F11 works with the menu bar hidden

        self.case_menu = bar.addMenu("")
        self.case_menu.setObjectName("caseMenu")
        self.goal_seek_action = QAction(self)
        self.goal_seek_action.setObjectName("goalSeekAction")
        self.goal_seek_action.setShortcut(QKeySequence("Ctrl+G"))
        self.goal_seek_action.triggered.connect(self.open_goal_seek)
        self.case_menu.addAction(self.goal_seek_action)
        self.still_need_action = QAction(self)  # issue 19: what to ask the client, ranked by NPV span
        self.still_need_action.setObjectName("stillNeedAction")
        self.still_need_action.triggered.connect(self.open_still_need)
        self.case_menu.addAction(self.still_need_action)

        self.currency_menu, self.currency_actions = self._choice_menu(
            "currency", list(CURRENCIES), self._state.currency, self.set_currency
        )

        self.help_menu = bar.addMenu("")
        self.help_menu.setObjectName("helpMenu")
        self.about_action = QAction(self)
        self.about_action.setObjectName("aboutAction")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)

    def _choice_menu(
        self, name: str, codes: list[str], current: str, choose: Callable[[str], None]
    ) -> tuple[QMenu, dict[str, QAction]]:
        """A View submenu of exclusive, checkable choices (language, currency)."""
        menu = self.view_menu.addMenu("")
        menu.setObjectName(f"{name}Menu")
        group = QActionGroup(menu)
        actions: dict[str, QAction] = {}
        for code in codes:
            action = QAction(menu, checkable=True)
            action.setObjectName(f"{name}_{code}")
            action.setChecked(code == current)
            action.triggered.connect(lambda _checked=False, c=code: choose(c))
            group.addAction(action)
            menu.addAction(action)
            actions[code] = action
        return menu, actions

    def retranslate(self) -> None:
        project = getattr(self, "project", None)  # built after the first retranslate
        # the title names the project (and its unsaved mark): the project controller words it
        self.setWindowTitle(project.title() if project is not None else self.tr("Gui'an Compute Explorer"))
        self.tabs.setTabText(0, self.tr("Overview"))
        self.tabs.setTabText(1, self.tr("Policies"))
        self.tabs.setTabText(2, self.tr("Calculator"))
        self.tabs.setTabText(3, self.tr("Compare"))
        self.tabs.setTabText(4, self.tr("Package"))
        self.tabs.setAccessibleName(self.tr("Main sections"))
        self.file_menu.setTitle(self.tr("&File"))
        self.quit_action.setText(self.tr("&Quit"))
        self.personas_menu.setTitle(self.tr("Open a &demo firm"))
        for action, persona in zip(self.persona_actions, self.personas, strict=True):
            action.setText(persona.title(self._state.language))
            action.setToolTip(plain_tip(persona.description(self._state.language)))
            action.setStatusTip(persona.description(self._state.language))
        self.import_pack_action.setText(self.tr("&Import data pack…"))
        self.revert_pack_action.setText(self.tr("&Revert to the shipped data"))
        self.case_menu.setTitle(self.tr("&Case"))
        self.goal_seek_action.setText(self.tr("&Goal seek…"))
        self.still_need_action.setText(self.tr("What we still &need from the client…"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.presenter_action.setText(self.tr("&Presenter"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.currency_menu.setTitle(self.tr("&Currency"))
        self.currency_actions["CNY"].setText(self.tr("Chinese yuan (CNY)"))
        self.currency_actions["USD"].setText(self.tr("US dollar (USD), at the scenario's exchange rate"))
        self.about_action.setText(self.tr("&About"))
        self.pack_label.setAccessibleName(self.tr("Data pack version"))
        self._show_pack_status()

    # --- public -------------------------------------------------------------
    def set_language(self, language: str) -> None:
        """Switch the UI and the data texts live (the state installs the translators and tells
        every widget once); remembered for the next start."""
        self._state.set_language(language)

    def _on_language(self, language: str) -> None:
        self.retranslate()  # Qt's texts and the data texts (persona names) at once
        self.language_actions[language].setChecked(True)
        remember(language=language)

    def open_persona(self, persona: Persona) -> None:
        """A demo firm becomes a new named scenario, shown in the Calculator."""
        self._state.add_scenario(persona.title(self._state.language), persona.scenario)
        self._demo_persona = persona
        if self.presenter is None or not self.is_presenting():
            self.tabs.setCurrentWidget(self.calculator_tab)

    def open_site_in_calculator(self, site_id: str) -> None:
        """A site clicked on the network: in the case as destination, comparator or origin; the Calculator shows it."""
        scenario = open_site(self._state.scenario, self._state.pack, site_id)
        if scenario is not self._state.scenario:
            self._state.set_scenario(scenario)
        if not self.is_presenting():
            self.tabs.setCurrentWidget(self.calculator_tab)

    # --- presenter mode (issue 16) -------------------------------------------
    def is_presenting(self) -> bool:
        return self.presenter is not None and self.centralWidget() is self.presenter

    def toggle_presenter(self) -> None:
        if self.is_presenting():
            self.leave_presenter()
        else:
            self.enter_presenter()

    def enter_presenter(self, full_screen: bool = True) -> PresenterView:
        """Full screen, the projector theme, the guided sequence from its first screen."""
        if self.presenter is None:
            from explorer.ui.presenter.presenter_view import PresenterView

            self.presenter = PresenterView(self._state)
            self.presenter.exit_requested.connect(self.leave_presenter)
            self.presenter.reset_requested.connect(self.reset_demo)
            self.presenter.persona_requested.connect(self.load_demo_firm)
            self.presenter.site_requested.connect(self.open_site_in_calculator)
        if not self.is_presenting():
            self._geometry_before_presenter = self.saveGeometry()
            self.takeCentralWidget()  # the tabs stay alive, out of sight
            self.tabs.setParent(self)
            self.tabs.hide()
            self.setCentralWidget(self.presenter)
            self.menuBar().hide()
            self.statusBar().hide()
            if full_screen:
                self.showFullScreen()
        self.presenter.go_to(0)
        self.presenter.show()
        self.presenter.setFocus()
        self.presenter_action.setChecked(True)
        return self.presenter

    def leave_presenter(self) -> None:
        if not self.is_presenting():
            self.presenter_action.setChecked(False)
            return
        presenter = self.takeCentralWidget()
        presenter.setParent(self)
        presenter.hide()
        self.setCentralWidget(self.tabs)
        self.tabs.show()
        self.menuBar().show()
        self.statusBar().show()
        if self.isFullScreen():
            self.showNormal()
        if self._geometry_before_presenter is not None:
            self.restoreGeometry(self._geometry_before_presenter)
        self.presenter_action.setChecked(False)

    def load_demo_firm(self, index: int) -> None:
        """Keys 1-5 in presenter mode: the demo firm of that number, complete, as a new scenario."""
        if 0 <= index < len(self.personas):
            self.open_persona(self.personas[index])

    def reset_demo(self) -> None:
        """Every value back to the demo firm's defaults (the firm last loaded, else the opening one)."""
        persona = self._demo_persona
        if persona is None:
            named = self._state.named(self._state.current_id).name
            persona = next((p for p in self.personas if named in (p.title("en"), p.title("zh_CN"))), None)
        if persona is not None:
            self._state.set_scenario(persona.scenario)

    def import_pack(self) -> None:
        pack = import_data_pack(self)
        if pack is not None:
            self._state.set_pack(pack)

    def revert_pack(self) -> None:
        pack = revert_to_shipped_data(self)
        if pack is not None:
            self._state.set_pack(pack)

    def open_still_need(self) -> StillNeedDialog:
        """The ranked list of what to ask the client; one window, raised if already open."""
        from explorer.ui.still_need_dialog import StillNeedDialog

        dialog = self.findChild(StillNeedDialog, "stillNeedDialog")
        if dialog is None:
            dialog = StillNeedDialog(self._state, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def open_goal_seek(self) -> GoalSeekDialog:
        from explorer.ui.calculator.goal_seek_dialog import GoalSeekDialog

        dialog = GoalSeekDialog(self._state, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def set_currency(self, currency: str) -> None:
        """Show money in CNY or USD everywhere; remembered for the next start."""
        self._state.set_currency(currency)
        self.currency_actions[currency].setChecked(True)
        self._show_pack_status()
        remember(currency=currency)

    def about_text(self) -> str:
        manifest = self._state.pack.manifest
        return self.tr(
            "{app} {version}\n\n"
            "Relocation cases and incentive policies for Gui'an New Area, Guizhou.\n\n"
            "Data pack {pack_version}, as of {as_of}.\n"
            "Sources: Guizhou provincial and Gui'an government documents, national policy "
            "documents (NDRC, MOF, STA, MIIT), statistics bureaus and the press, each named "
            "beside the figure it supports. Figures marked as estimates are ours.\n\n"
            "Results are estimates, not quotes."
        ).format(
            app=APP_NAME,
            version=__version__,
            pack_version=manifest.version,
            as_of=manifest.as_of.isoformat(),
        )

    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setObjectName("aboutDialog")
        box.setAccessibleName(self.tr("About"))
        box.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.about_text())
        box.exec()

    # --- private ------------------------------------------------------------
    def show_refused_import(self, error: DataPackError) -> None:
        """The imported pack failed validation at start: the shipped one is in use, and the status bar says so."""
        self._refused_import = error
        self._show_pack_status()
        self.statusBar().showMessage(self._refused_import_text(), 15000)

    def _refused_import_text(self) -> str:
        count = len(self._refused_import.problems) if self._refused_import else 0
        return self.tr(
            "The imported data pack is invalid ({count} problem(s)): the shipped data is in use. "
            "Import a corrected pack, or revert to the shipped data."
        ).format(count=count)

    def _forget_refused_import(self) -> None:
        self._refused_import = None  # a pack was imported or the shipped one chosen: the warning is answered

    def _show_pack_status(self) -> None:
        manifest = self._state.pack.manifest
        text = self.tr("Data pack {version} · as of {as_of}").format(
            version=manifest.version, as_of=manifest.as_of.isoformat()
        )
        tip = ""
        if self._refused_import is not None:
            text = self.tr("⚠ Imported pack refused") + " · " + text
            tip = (
                self._refused_import_text()
                + "\n\n"
                + self._refused_import.translated(QCoreApplication.translate)
            )
        self.pack_label.setToolTip(plain_tip(tip))
        currency, rate = display_currency()
        if currency == "USD":
            # Wherever USD appears, the rate it was converted at appears too.
            text = self.tr("USD at {rate} CNY per USD").format(rate=f"{rate:.2f}") + " · " + text
        self.pack_label.setText(text)

    def _restore_window_state(self) -> None:
        settings = Settings.load()
        geometry = settings.window_geometry
        if geometry is None or not self.restoreGeometry(geometry):
            available = self.screen().availableGeometry()
            self.resize(min(1366, available.width()), min(768, available.height()))
        if settings.window_state is not None:
            self.restoreState(settings.window_state)
        if settings.window_tab < self.tabs.count():
            self.tabs.setCurrentIndex(settings.window_tab)

    # --- Qt overrides -------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pages_deferred:  # the first screen is up: the other pages follow, one at a time
            self._pages_deferred = False
            self.pages.build_in_idle_time()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.project.maybe_close():  # project files (issue #8): unsaved changes, Cancel
            event.ignore()
            return
        remember(
            window_geometry=self.saveGeometry(),
            window_state=self.saveState(),
            window_tab=self.tabs.currentIndex(),
        )
        super().closeEvent(event)
