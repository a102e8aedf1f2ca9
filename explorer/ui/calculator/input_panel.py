"""The Calculator's left panel: every input of the case, in collapsible groups.
One module because it is one panel of every input of the case: the rows generated from
Evaluation.inputs and the hand-made choices share its groups, its reset buttons and its wiring to
AppState.

Numeric inputs are generated from ``Evaluation.inputs`` (the engine's own list,
with units, allowed ranges, labels and provenance), so a new input in the
engine appears here without widget code. Choices that are not numbers (the
template, the mode, the origin, the comparison sites, yes/no facts about the
firm) have their own controls. Every edit goes to AppState; nothing here
computes a business number.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import replace

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from superqt import QCollapsible

from explorer.domain.editing import FieldPath, reset_value
from explorer.domain.errors import InvalidInput
from explorer.domain.fields import MOVE_DATE_MAX, MOVE_DATE_MIN
from explorer.domain.figure_style import short_name
from explorer.domain.messages import Bilingual
from explorer.domain.model import InputInfo
from explorer.domain.scenario import Mode, SiteChoice, Workload
from explorer.translation import user_text
from explorer.ui.state import AppState, clip_to_width
from explorer.ui.widgets.parameter_editor import ParameterEditor, provenance_text
from explorer.ui.widgets.plain_text import plain_tip
from explorer.ui.widgets.throttle import LeadingThrottle

log = logging.getLogger("explorer.ui")

# One recomputation per 8 ms at most while a slider is dragged (a 120 Hz pointer's steps; at
# 16 ms each of its steps waited half a frame: p95 17-19 ms); the last value always lands.
THROTTLE_MS = 8
TRISTATE = (None, True, False)
# Inputs with a control of their own elsewhere (the IT load has a log-scale slider at the top).
DEDICATED_PATHS = frozenset({"workload.it_load_kw"})


def group_key(path: str) -> str:
    """Which group an input belongs to: firm, workload, site:<id>, one_off, finance, incentives."""
    where = FieldPath.read(path)
    return where.group if where is not None else path


class InputPanel(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calculatorInputs")
        self._state = state
        self.editors: dict[str, ParameterEditor] = {}
        self._throttlers: dict[str, LeadingThrottle] = {}
        self._pending: dict[str, float] = {}
        self._groups: dict[str, QCollapsible] = {}
        self._group_forms: dict[str, QVBoxLayout] = {}
        self._paths: tuple[str, ...] = ()

        self._body = QWidget(self)
        self._body.setObjectName("inputBody")
        self._body_layout = QVBoxLayout(self._body)
        self._body_layout.setContentsMargins(4, 4, 4, 4)
        self._body_layout.setSpacing(4)
        scroll = QScrollArea(self)
        scroll.setObjectName("inputScroll")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._body)

        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("inputProblem")
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        self._rejection: InvalidInput | None = None  # the refusal shown, redrawn on a language change
        self._rejection_text = ""

        self.details = QPlainTextEdit(self)
        self.details.setObjectName("provenanceDetails")
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(96)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._top = QVBoxLayout()
        layout.addLayout(self._top)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.details)

        self._build_choice_widgets()
        state.scenario_changed.connect(self._sync)
        state.pack_changed.connect(self._rebuild)
        state.language_changed.connect(lambda _lang: self.retranslate())
        state.input_rejected.connect(self._show_problem)
        self._rebuild()

    # --- public -------------------------------------------------------------
    def add_top_widget(self, widget: QWidget) -> None:
        """A widget above the groups (the scenario bar)."""
        self._top.addWidget(widget)

    def retranslate(self) -> None:
        language = self._state.language
        for info in self._inputs():
            editor = self.editors.get(info.path)
            if editor is not None:
                editor.update_from(info, language)
        titles = self._group_titles()
        for key, box in self._groups.items():
            box.setText(titles.get(key, key))
            box.toggleButton().setAccessibleName(
                self.tr("Show or hide: {group}").format(group=titles.get(key, key))
            )
        self.template_combo.setAccessibleName(self.tr("Workload template"))
        self.mode_combo.setAccessibleName(self.tr("Operating mode"))
        self.origin_combo.setAccessibleName(self.tr("Origin region"))
        self.horizon_spin.setAccessibleName(self.tr("Horizon in years"))
        self.move_date.setAccessibleName(self.tr("Move date"))
        self.high_tech_combo.setAccessibleName(self.tr("Certified high-tech enterprise"))
        self.registered_combo.setAccessibleName(self.tr("Registered in Gui'an"))
        self.details.setAccessibleName(self.tr("Source of the selected input"))
        self.details.setPlaceholderText(self.tr("Click an input to see where its value comes from."))
        for label, text in self._choice_labels():
            label.setText(text)
        self._fill_choices()
        self._sync()
        if not self.problem_label.isHidden():
            self._draw_problem()

    def editor(self, path: str) -> ParameterEditor:
        return self.editors[path]

    # --- building -----------------------------------------------------------
    def _build_choice_widgets(self) -> None:
        self.template_label, self.template_combo = QLabel(self), QComboBox(self)
        self.template_combo.setObjectName("templateCombo")
        self.mode_label, self.mode_combo = QLabel(self), QComboBox(self)
        self.mode_combo.setObjectName("modeCombo")
        self.origin_label, self.origin_combo = QLabel(self), QComboBox(self)
        self.origin_combo.setObjectName("originCombo")
        self.horizon_label, self.horizon_spin = QLabel(self), QSpinBox(self)
        self.horizon_spin.setObjectName("horizonSpin")
        self.horizon_spin.setRange(1, 20)
        self.horizon_spin.setKeyboardTracking(False)
        self.move_label, self.move_date = QLabel(self), QDateEdit(self)
        self.move_date.setObjectName("moveDate")
        self.move_date.setCalendarPopup(True)
        self.move_date.setDisplayFormat("yyyy-MM-dd")
        self.move_date.setDateRange(
            QDate(MOVE_DATE_MIN.year, MOVE_DATE_MIN.month, MOVE_DATE_MIN.day),
            QDate(MOVE_DATE_MAX.year, MOVE_DATE_MAX.month, MOVE_DATE_MAX.day),
        )
        self.high_tech_label, self.high_tech_combo = QLabel(self), QComboBox(self)
        self.high_tech_combo.setObjectName("highTechCombo")
        self.registered_label, self.registered_combo = QLabel(self), QComboBox(self)
        self.registered_combo.setObjectName("registeredCombo")
        self.site_checks: dict[str, QCheckBox] = {}
        self.region_checks: dict[str, QCheckBox] = {}

        self.template_combo.activated.connect(self._on_template)
        self.mode_combo.activated.connect(self._on_mode)
        self.origin_combo.activated.connect(self._on_origin)
        self.horizon_spin.valueChanged.connect(self._on_horizon)
        self.move_date.dateChanged.connect(self._on_move_date)
        self.high_tech_combo.activated.connect(lambda i: self._set_firm(high_tech=TRISTATE[i]))
        self.registered_combo.activated.connect(lambda i: self._set_firm(registered_in_guian=TRISTATE[i]))

    def _choice_rows(self) -> list[tuple[QLabel, QWidget]]:
        return [
            (self.template_label, self.template_combo),
            (self.mode_label, self.mode_combo),
            (self.origin_label, self.origin_combo),
            (self.horizon_label, self.horizon_spin),
            (self.move_label, self.move_date),
            (self.high_tech_label, self.high_tech_combo),
            (self.registered_label, self.registered_combo),
        ]

    def _choice_labels(self) -> list[tuple[QLabel, str]]:
        return [
            (self.template_label, self.tr("Template")),
            (self.mode_label, self.tr("Mode")),
            (self.origin_label, self.tr("Moving from")),
            (self.horizon_label, self.tr("Horizon (years)")),
            (self.move_label, self.tr("Move date")),
            (self.high_tech_label, self.tr("High-tech enterprise")),
            (self.registered_label, self.tr("Registered in Gui'an")),
        ]

    def _group_titles(self) -> dict[str, str]:
        titles = {
            "firm": self.tr("Firm profile"),
            "workload": self.tr("Workload"),
            "sites": self.tr("Sites compared"),
            "one_off": self.tr("One-off relocation costs"),
            "finance": self.tr("Finance"),
            "incentives": self.tr("Incentives"),
        }
        for site in self._state.evaluation.sites:
            titles[f"site:{site.id}"] = self.tr("Site: {name}").format(
                name=self._state.short_site_name(site.id)
            )
        return titles

    def _inputs(self) -> list[InputInfo]:
        """The engine's inputs, plus a realisation for each chosen policy with a published amount.

        The set depends only on which policies are chosen, not on what they pay now, so that
        dragging a slider never rebuilds the panel under the user's hand.
        """
        inputs = list(self._state.evaluation.inputs)
        known = {info.path for info in inputs}
        word = self.tr("Realisation")
        for choice in self._state.scenario.policies:
            path = f"policies.{choice.policy_id}.realisation"
            policy = self._state.pack.policies.get(choice.policy_id)
            if path in known or policy is None or not policy.quantified:
                continue
            realisation = next(rule.realisation for rule in policy.rules if rule.published)
            inputs.append(
                InputInfo(
                    path,
                    realisation,
                    0.0,
                    1.0,
                    "fraction",
                    Bilingual(  # "Realisation" already in the window's language; the pack's title picked
                        f"{word}：{clip_to_width(policy.title_zh, 40)}", f"{word}: {clip_to_width(policy.title_en, 40)}"
                    ),
                    0.0,
                    1.0,
                    True,
                    None,
                    False,
                )  # fmt: skip
            )
        return inputs

    def _rebuild(self) -> None:
        """Lay out every group afresh: on start, a new pack, or when the set of inputs changes."""
        for label, widget in self._choice_rows():
            # The choice controls outlive the groups: take them back before the groups go.
            label.setParent(self)
            widget.setParent(self)
            label.hide()
            widget.hide()
        for box in self._groups.values():
            box.setParent(None)
            box.deleteLater()
        while self._body_layout.count():
            self._body_layout.takeAt(0)
        self._groups.clear()
        self._group_forms.clear()
        self.editors.clear()
        self._throttlers.clear()
        evaluation = self._state.evaluation
        inputs = self._inputs()
        self._paths = tuple(info.path for info in inputs)

        order = ["workload", "sites", "firm"]
        order += [f"site:{s.id}" for s in evaluation.sites]
        order += ["one_off", "finance", "incentives"]
        for key in order:
            self._add_group(key, expanded=key in ("workload", "sites"))

        workload = self._group_forms["workload"]
        workload.addLayout(
            self._form_rows([(self.template_label, self.template_combo), (self.mode_label, self.mode_combo)])
        )
        sites = self._group_forms["sites"]
        sites.addLayout(self._form_rows([(self.origin_label, self.origin_combo)]))
        self._build_site_checks(sites)
        firm = self._group_forms["firm"]
        firm.addLayout(
            self._form_rows(
                [(self.high_tech_label, self.high_tech_combo), (self.registered_label, self.registered_combo)]
            )
        )
        self._build_region_checks(firm)
        finance = self._group_forms["finance"]
        finance.addLayout(
            self._form_rows([(self.horizon_label, self.horizon_spin), (self.move_label, self.move_date)])
        )

        language = self._state.language
        for info in inputs:
            if info.path in DEDICATED_PATHS:
                continue
            key = group_key(info.path)
            if key not in self._group_forms:
                self._add_group(key, expanded=False)
            editor = ParameterEditor(info, language, self._body, strip_site_prefix=key.startswith("site:"))
            editor.value_edited.connect(self._queue_edit)
            editor.reset_requested.connect(self._reset)
            editor.focused.connect(self._show_provenance)
            self._group_forms[key].addWidget(editor)
            self.editors[info.path] = editor
        for key, box in list(self._groups.items()):
            if self._group_forms[key].count() == 0:
                box.setParent(None)
                box.deleteLater()
                del self._groups[key]
        self._body_layout.addStretch(1)
        self.retranslate()

    def _add_group(self, key: str, expanded: bool) -> None:
        box = QCollapsible("", self._body)
        name = key.replace(":", "_")
        box.setObjectName(f"group_{name}")
        box.toggleButton().setObjectName(f"groupToggle_{name}")
        inner = QWidget(box)
        form = QVBoxLayout(inner)
        form.setContentsMargins(6, 0, 6, 6)
        form.setSpacing(2)
        box.addWidget(inner)
        if expanded:
            box.expand(animate=False)
        else:
            box.collapse(animate=False)
        self._body_layout.addWidget(box)
        self._groups[key] = box
        self._group_forms[key] = form

    def _form_rows(self, rows: list[tuple[QLabel, QWidget]]) -> QFormLayout:
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 4)
        for label, widget in rows:
            label.setBuddy(widget)
            form.addRow(label, widget)
            label.show()
            widget.show()
        return form

    def _build_site_checks(self, layout: QVBoxLayout) -> None:
        self.site_checks = self._checks(
            layout, "compareSite", list(self._state.pack.sites), self._on_site_toggled
        )

    def _build_region_checks(self, layout: QVBoxLayout) -> None:
        regions = list(self._state.pack.user_regions)
        self.region_checks = self._checks(layout, "userRegion", regions, self._on_region_toggled)

    def _checks(self, layout: QVBoxLayout, name: str, ids: list[str], toggled) -> dict[str, QCheckBox]:
        """One check box per id; ``toggled(id, on)`` on a click. Texts are set by _fill_choices."""
        checks = {}
        for item_id in ids:
            check = QCheckBox(self._body)
            check.setObjectName(f"{name}_{item_id}")
            check.setMinimumWidth(60)
            check.toggled.connect(lambda on, i=item_id: toggled(i, on))
            layout.addWidget(check)
            checks[item_id] = check
        return checks

    def _fill_choices(self) -> None:
        pack = self._state.pack
        _refill(
            self.template_combo,
            [(t.id, self._state.local(t.name_en, t.name_zh)) for t in pack.templates.values()],
        )
        modes = [
            (Mode.COLOCATION.value, self.tr("Colocation (rent racks)")),
            (Mode.SELF_BUILD.value, self.tr("Self-build")),
            (Mode.COMPUTE_SERVICE.value, self.tr("Compute service")),
        ]
        _refill(self.mode_combo, modes)
        origins = [(sid, pack.sites[sid].name(self._state.language)) for sid in self._state.origin_ids()]
        _refill(self.origin_combo, origins)
        tristate = [("unknown", self.tr("Unknown")), ("yes", self.tr("Yes")), ("no", self.tr("No"))]
        _refill(self.high_tech_combo, tristate)
        _refill(self.registered_combo, tristate)
        # The check boxes name a site or region short ("Compare with Guangdong"), so they fit a
        # 1,024-pixel screen; the full name is their accessible name and tooltip.
        for site_id, check in self.site_checks.items():
            name = pack.sites[site_id].name(self._state.language)
            check.setText(self.tr("Compare with {site}").format(site=short_name(name)))
            check.setAccessibleName(self.tr("Compare with {site}").format(site=name))
            check.setToolTip(plain_tip(check.accessibleName()))
        for region_id, check in self.region_checks.items():
            region = pack.user_regions[region_id]
            name = self._state.local(region.name_en, region.name_zh)
            check.setText(self.tr("Users in {region}").format(region=short_name(name)))
            check.setAccessibleName(self.tr("Users in {region}").format(region=name))
            check.setToolTip(plain_tip(check.accessibleName()))

    # --- syncing from the state ----------------------------------------------
    def _sync(self) -> None:
        inputs = self._inputs()
        paths = tuple(info.path for info in inputs)
        if paths != self._paths:
            self._rebuild()
            return
        language = self._state.language
        for info in inputs:
            editor = self.editors.get(info.path)
            # Only inputs whose value, range or source changed are redrawn (100+ editors, one drag).
            if editor is not None and info.path not in self._pending and editor.info != info:
                editor.update_from(info, language)
        scenario = self._state.scenario
        controls = [widget for _label, widget in self._choice_rows()]
        controls += [*self.site_checks.values(), *self.region_checks.values()]
        with _signals_blocked(*controls):
            self.template_combo.setCurrentIndex(self.template_combo.findData(scenario.workload.template))
            self.mode_combo.setCurrentIndex(self.mode_combo.findData(scenario.workload.mode.value))
            self.origin_combo.setCurrentIndex(self.origin_combo.findData(scenario.firm.origin))
            self.horizon_spin.setValue(scenario.finance.horizon_years)
            move = scenario.finance.move_date
            self.move_date.setDate(QDate(move.year, move.month, move.day))
            self.high_tech_combo.setCurrentIndex(TRISTATE.index(scenario.firm.high_tech))
            self.registered_combo.setCurrentIndex(TRISTATE.index(scenario.firm.registered_in_guian))
            fixed = {scenario.firm.origin, scenario.destination}
            for site_id, check in self.site_checks.items():
                check.setChecked(site_id in scenario.site_ids)
                check.setEnabled(site_id not in fixed)
            for region_id, check in self.region_checks.items():
                check.setChecked(region_id in scenario.firm.user_regions)

    # --- edits --------------------------------------------------------------
    def _queue_edit(self, path: str, value: float) -> None:
        self._pending[path] = value
        throttler = self._throttlers.get(path)
        if throttler is None:
            throttler = LeadingThrottle(THROTTLE_MS, self)
            throttler.triggered.connect(lambda p=path: self._push_edit(p))
            self._throttlers[path] = throttler
        throttler.throttle()

    def _push_edit(self, path: str) -> None:
        value = self._pending.pop(path, None)
        if value is None:
            return
        if self._state.set_value(path, value):
            self.problem_label.hide()

    def _reset(self, path: str) -> None:
        """Back to the data pack's value (or the model's default where the pack has none)."""
        try:
            scenario = reset_value(self._state.scenario, path)
        except InvalidInput as error:
            log.warning("Cannot reset %s: %s", path, error)
            return
        self._state.set_scenario(scenario)

    def _show_problem(self, path: str, message: str) -> None:
        rejection = self._state.last_rejection
        self._rejection = rejection if rejection is not None and rejection.field == path else None
        self._rejection_text = message
        self._draw_problem()
        self.problem_label.show()
        editor = self.editors.get(path)
        if editor is not None:
            info = next((i for i in self._inputs() if i.path == path), None)
            if info is not None:
                editor.update_from(info, self._state.language)

    def _draw_problem(self) -> None:
        """The refusal in the language of the moment, named by the input's label (its path in the tooltip)."""
        error = self._rejection
        if error is None:
            self.problem_label.setText(self._rejection_text)
            self.problem_label.setToolTip("")
            return
        info = next((i for i in self._inputs() if i.path == error.field), None)
        if info is None:
            name = error.field
        else:
            name = self._state.words(info.label)
        self.problem_label.setText(
            self.tr("{input}: {problem}").format(input=name, problem=user_text(error.problem))
        )
        self.problem_label.setToolTip(error.field)

    def _show_provenance(self, path: str) -> None:
        info: InputInfo | None = next((i for i in self._inputs() if i.path == path), None)
        if info is not None:
            language = self._state.language
            label = self._state.words(info.label)
            self.details.setPlainText(f"{label}\n{provenance_text(info, language)}")

    def _on_template(self, index: int) -> None:
        template = self.template_combo.itemData(index)
        scenario = self._state.scenario
        if template and template != scenario.workload.template:
            # A template fills the workload: the firm's own workload values start again from it.
            workload = Workload(template=template, mode=scenario.workload.mode)
            self._state.set_scenario(replace(scenario, workload=workload))

    def _on_mode(self, index: int) -> None:
        mode = self.mode_combo.itemData(index)
        scenario = self._state.scenario
        if mode and mode != scenario.workload.mode.value:
            self._state.set_scenario(replace(scenario, workload=replace(scenario.workload, mode=Mode(mode))))

    def _on_origin(self, index: int) -> None:
        origin = self.origin_combo.itemData(index)
        if origin:
            self._state.set_origin(origin)

    def _on_horizon(self, years: int) -> None:
        scenario = self._state.scenario
        self._state.set_scenario(replace(scenario, finance=replace(scenario.finance, horizon_years=years)))

    def _on_move_date(self, date: QDate) -> None:
        scenario = self._state.scenario
        move = dt.date(date.year(), date.month(), date.day())
        self._state.set_scenario(replace(scenario, finance=replace(scenario.finance, move_date=move)))

    def _set_firm(self, **changes: object) -> None:
        scenario = self._state.scenario
        self._state.set_scenario(replace(scenario, firm=replace(scenario.firm, **changes)))

    def _on_site_toggled(self, site_id: str, on: bool) -> None:
        scenario = self._state.scenario
        if on and site_id not in scenario.site_ids:
            sites = (*scenario.sites, SiteChoice(site_id))
        elif not on and site_id in scenario.site_ids:
            sites = tuple(s for s in scenario.sites if s.id != site_id)
        else:
            return
        self._state.set_scenario(replace(scenario, sites=sites))

    def _on_region_toggled(self, region_id: str, on: bool) -> None:
        regions = [r for r in self._state.scenario.firm.user_regions if r != region_id]
        if on:
            regions.append(region_id)
        self._set_firm(user_regions=tuple(regions))


def _refill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for data, text in items:
        combo.addItem(text, data)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


class _signals_blocked:
    def __init__(self, *widgets: QWidget) -> None:
        self._widgets = widgets

    def __enter__(self) -> None:
        for widget in self._widgets:
            widget.blockSignals(True)

    def __exit__(self, *exc: object) -> None:
        for widget in self._widgets:
            widget.blockSignals(False)
