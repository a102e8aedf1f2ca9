"""AppState: the one source of truth the widgets read from.
One module because it is the one source of truth the widgets read (the rule it enforces): the pack,
the scenario, its evaluation, the language and the currency in one object.

It holds the data pack, the current Scenario and its Evaluation. Any input
change produces a new immutable Scenario; the engine turns it into a new
Evaluation; widgets redraw from it. Widgets never compute business numbers.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from explorer.domain.editing import default_scenario
from explorer.domain.engine import evaluate
from explorer.domain.errors import InvalidInput
from explorer.domain.evaluation import Evaluation
from explorer.domain.figure_style import short_name
from explorer.domain.figures import CaseFigures, case_figures
from explorer.domain.firm_facts import Answer, answer_fact
from explorer.domain.messages import local
from explorer.domain.named_scenario import NamedScenario, new_scenario_id
from explorer.domain.pack import DataPack
from explorer.domain.package import Package
from explorer.domain.parameters import SiteRole
from explorer.domain.scenario import PolicyChoice, Scenario
from explorer.translation import Translators, error_text
from explorer.ui.money import CURRENCIES, figure_style, follow_display

log = logging.getLogger("explorer.ui")

IT_LOAD_MIN_KW = 100.0
IT_LOAD_MAX_KW = 200_000.0


def clip_to_width(text: str, width: int) -> str:
    """Cut ``text`` to about ``width`` Latin characters' width (a Chinese character counts as two)."""
    used = 0
    for index, char in enumerate(text):
        used += 2 if ord(char) > 0x2E80 else 1
        if used > width:
            return text[:index] + "…"
    return text


class AppState(QObject):
    """Holds the data pack, the named scenarios, the language and the current evaluation.

    One named scenario is *current* (the one the Calculator edits) and one is the
    *base* the Compare view measures the others against.
    """

    pack_changed = Signal()
    scenarios_changed = Signal()  # added, removed, renamed, base or current changed
    scenario_changed = Signal()
    evaluation_changed = Signal()
    language_changed = Signal(str)
    currency_changed = Signal(str)  # the display currency: CNY or USD
    policy_selection_changed = Signal()
    input_rejected = Signal(str, str)  # field path, message
    package_changed = Signal()  # the current scenario's incentive package

    def __init__(
        self,
        pack: DataPack,
        language: str = "en",
        scenario: Scenario | None = None,
        parent: QObject | None = None,
        scenario_name: str = "",
        translators: Translators | None = None,
    ) -> None:
        """``translators``: Qt's translators, installed by ``set_language`` (None: a widget test's
        state, whose language only picks the data texts)."""
        super().__init__(parent)
        self._translators = translators
        self.last_rejection: InvalidInput | None = None  # the latest refusal, redrawn on a language change
        self._pack = pack
        self._language = language
        self._currency = "CNY"
        follow_display(self.display_currency)  # money() and figure_style() show this state's currency
        self._scenario = scenario or default_scenario(pack)
        self._evaluation = evaluate(self._scenario, pack)
        first = NamedScenario(new_scenario_id(), scenario_name or self.tr("Scenario 1"), self._scenario)
        self._named: list[NamedScenario] = [first]
        self._current_id = first.id
        self._base_id = first.id
        self._evaluation_cache: dict[str, tuple[Scenario, Evaluation]] = {}
        self._figures: tuple[Evaluation, CaseFigures] | None = None  # of which evaluation

    # --- read ---------------------------------------------------------------
    @property
    def pack(self) -> DataPack:
        return self._pack

    @property
    def language(self) -> str:
        return self._language

    @property
    def scenario(self) -> Scenario:
        return self._scenario

    @property
    def evaluation(self) -> Evaluation:
        return self._evaluation

    @property
    def figures(self) -> CaseFigures:
        """Every figure of the current case (explorer.domain.figures), made once per evaluation."""
        if self._figures is None or self._figures[0] is not self._evaluation:
            self._figures = (self._evaluation, case_figures(self._evaluation))
        return self._figures[1]

    @property
    def it_load_kw(self) -> float:
        return self._evaluation.site(self._evaluation.origin).it_load_kw

    @property
    def origin_id(self) -> str:
        return self._scenario.firm.origin

    def origin_ids(self) -> list[str]:
        return [s.id for s in self._pack.sites.values() if s.role is SiteRole.ORIGIN]

    def site_name(self, site_id: str) -> str:
        site = self._evaluation.site(site_id)
        return local(site.name_en, site.name_zh, self._language)

    def words(self, text: str) -> str:
        """A domain text in the window's language: a ``Message`` translated, a pack's ``Bilingual``
        picked (eligibility and policy-status reasons, a fact's name); any other text as it is."""
        return figure_style(self._language, short_names=False).text(text)

    def local(self, en: str, zh: str) -> str:
        """One of a pack's data texts given in both languages (a title, a name), in the window's language."""
        return local(en, zh, self._language)

    def short_site_name(self, site_id: str) -> str:
        """The name without its qualifier, for chart axes: "Gui'an New Area", not "…, Guizhou"."""
        return short_name(self.site_name(site_id))

    def energy_cost(self, site_id: str) -> float:
        """Year-1 energy cost at a site, yuan."""
        return float(self._evaluation.site(site_id).table.energy[1])

    @property
    def energy_saving(self) -> float:
        """Year-1 energy cost at the origin less at the destination, yuan."""
        return self.energy_cost(self._evaluation.origin) - self.energy_cost(self._evaluation.destination)

    def is_policy_selected(self, policy_id: str) -> bool:
        return any(choice.policy_id == policy_id for choice in self._scenario.policies)

    # --- write --------------------------------------------------------------
    def set_scenario(self, scenario: Scenario) -> bool:
        """Adopt ``scenario`` if the engine accepts it; otherwise report why and keep the old one."""
        try:
            evaluation = evaluate(scenario, self._pack)
        except InvalidInput as error:
            self.last_rejection = error
            self.input_rejected.emit(error.field, error_text(error))
            return False
        self._scenario = scenario
        self._evaluation = evaluation
        self._store_current()
        self.scenario_changed.emit()
        self.evaluation_changed.emit()
        return True

    def set_value(self, path: str, value: float) -> bool:
        """Set one numeric input by its dotted path (``workload.it_load_kw``)."""
        try:
            scenario = self._scenario.replace_value(path, value)
        except InvalidInput as error:
            self.last_rejection = error
            self.input_rejected.emit(error.field, error_text(error))
            return False
        return self.set_scenario(scenario)

    def set_firm_fact(self, name: str, value: Answer) -> bool:
        """Answer a firm fact a policy asks about (``high_tech``, a share, an amount; None: unknown)."""
        try:
            scenario = answer_fact(self._scenario, name, value)
        except InvalidInput as error:
            self.last_rejection = error
            self.input_rejected.emit(error.field, error_text(error))
            return False
        return self.set_scenario(scenario)

    def set_it_load_kw(self, kw: float) -> None:
        kw = min(max(float(kw), IT_LOAD_MIN_KW), IT_LOAD_MAX_KW)
        if kw != self.it_load_kw:
            self.set_value("workload.it_load_kw", kw)

    def set_origin(self, site_id: str) -> None:
        if site_id not in self.origin_ids():
            raise ValueError(f"firm.origin: {site_id!r} is not an origin site")
        if site_id != self.origin_id:
            self.set_scenario(replace(self._scenario, firm=replace(self._scenario.firm, origin=site_id)))

    def set_policy_selected(self, policy_id: str, selected: bool) -> None:
        """Count a policy in the case, or leave it out; the Policies tab and the Calculator share this."""
        if selected == self.is_policy_selected(policy_id):
            return
        if selected:
            choices = (*self._scenario.policies, PolicyChoice(policy_id))
        else:
            choices = tuple(c for c in self._scenario.policies if c.policy_id != policy_id)
        if self.set_scenario(replace(self._scenario, policies=choices)):
            self.policy_selection_changed.emit()

    def set_pack(self, pack: DataPack) -> None:
        """A new data pack (imported or reverted): keep the case if it still fits, else start afresh."""
        self._pack = pack
        try:
            self._evaluation = evaluate(self._scenario, pack)
        except InvalidInput as error:
            log.info("The scenario does not fit the new data pack (%s); using its defaults", error)
            self._scenario = default_scenario(pack)
            self._evaluation = evaluate(self._scenario, pack)
        self._store_current()
        self._evaluation_cache.clear()
        self.pack_changed.emit()
        self.scenario_changed.emit()
        self.evaluation_changed.emit()
        self.policy_selection_changed.emit()

    @property
    def currency(self) -> str:
        """The display currency (CNY or USD); ``money()`` and ``figure_style()`` follow it."""
        return self._currency

    def display_currency(self) -> tuple[str, float]:
        """The display currency and the current scenario's yuan per US dollar."""
        return self._currency, self._cny_per_usd()

    def set_currency(self, currency: str) -> None:
        """Show money in CNY, or in USD at the scenario's exchange rate; every figure redraws."""
        if currency not in CURRENCIES:
            raise ValueError(f"currency: expected one of {CURRENCIES}, got {currency!r}")
        self._currency = currency
        self.currency_changed.emit(currency)
        self.evaluation_changed.emit()

    def _cny_per_usd(self) -> float:
        return float(self._evaluation.cny_per_usd)

    def set_language(self, language: str) -> None:
        """The one language switch: the state's language, then Qt's translators, then one
        ``language_changed``, on which every widget holding this state retranslates (once).

        Installing the translators also makes Qt post ``LanguageChange`` to every window; a
        widget holding the state ignores it (docs/architecture.md, "One language switch")."""
        if language == self._language:
            return
        self._language = language
        if self._translators is not None:
            self._translators.apply(language)
        self.language_changed.emit(language)

    # --- named scenarios ----------------------------------------------------
    @property
    def current_id(self) -> str:
        return self._current_id

    @property
    def base_id(self) -> str:
        return self._base_id

    def named_scenarios(self) -> tuple[NamedScenario, ...]:
        return tuple(self._named)

    def named(self, scenario_id: str) -> NamedScenario:
        for item in self._named:
            if item.id == scenario_id:
                return item
        raise KeyError(scenario_id)

    def evaluation_for(self, scenario_id: str) -> Evaluation:
        """The evaluation of any named scenario (the current one is always fresh)."""
        if scenario_id == self._current_id:
            return self._evaluation
        scenario = self.named(scenario_id).scenario
        cached = self._evaluation_cache.get(scenario_id)
        if cached is None or cached[0] is not scenario:
            cached = (scenario, evaluate(scenario, self._pack))
            self._evaluation_cache[scenario_id] = cached
        return cached[1]

    def add_scenario(
        self, name: str = "", scenario: Scenario | None = None, package: Package | None = None
    ) -> str:
        """A new named scenario (the pack's default case unless given), with ``package``; it becomes current."""
        scenario = scenario or default_scenario(self._pack)
        evaluate(scenario, self._pack)  # refuse an invalid one before it is listed
        item = NamedScenario(new_scenario_id(), name or self._free_name(), scenario, package=package)
        self._named.append(item)
        self.set_current(item.id)
        return item.id

    def duplicate_scenario(self, scenario_id: str, name: str = "") -> str:
        """A copy of a scenario with its incentive package (packages are immutable: shared safely)."""
        source = self.named(scenario_id)
        copy_name = name or self._free_name(self.tr("{name} (copy)").format(name=source.name))
        return self.add_scenario(copy_name, source.scenario, source.package)

    def rename_scenario(self, scenario_id: str, name: str) -> None:
        name = name.strip()
        if not name:
            raise ValueError("a scenario needs a name")
        self._replace_named(scenario_id, lambda item: replace(item, name=name))
        self.scenarios_changed.emit()

    def delete_scenario(self, scenario_id: str) -> None:
        """Remove a scenario; the last one cannot go. Base and current move to the first left."""
        if len(self._named) == 1:
            raise ValueError("the last scenario cannot be deleted")
        self.named(scenario_id)
        self._named = [item for item in self._named if item.id != scenario_id]
        self._evaluation_cache.pop(scenario_id, None)
        if self._base_id == scenario_id:
            self._base_id = self._named[0].id
        if self._current_id == scenario_id:
            self.set_current(self._named[0].id)
        else:
            self.scenarios_changed.emit()

    def set_base(self, scenario_id: str) -> None:
        self.named(scenario_id)
        self._base_id = scenario_id
        self.scenarios_changed.emit()

    def set_current(self, scenario_id: str) -> None:
        """Make another named scenario the one the Calculator shows and edits."""
        item = self.named(scenario_id)
        self._current_id = scenario_id
        self._scenario = item.scenario
        self._evaluation = self.evaluation_for_scenario(item.scenario)
        self.scenarios_changed.emit()
        self.scenario_changed.emit()
        self.evaluation_changed.emit()
        self.policy_selection_changed.emit()

    def evaluation_for_scenario(self, scenario: Scenario) -> Evaluation:
        return evaluate(scenario, self._pack)

    def package(self, scenario_id: str | None = None) -> Package | None:
        """The incentive package of a named scenario (the current one by default)."""
        return self.named(scenario_id or self._current_id).package

    def set_package(self, package: Package | None) -> None:
        """Give the current scenario another package (None: none); the Package tab recomputes."""
        self._replace_named(self._current_id, lambda item: replace(item, package=package))
        self.package_changed.emit()

    def _store_current(self) -> None:
        self._replace_named(self._current_id, lambda item: replace(item, scenario=self._scenario))

    def _replace_named(self, scenario_id: str, change) -> None:
        self.named(scenario_id)
        self._named = [change(item) if item.id == scenario_id else item for item in self._named]

    def _free_name(self, wanted: str = "") -> str:
        taken = {item.name for item in self._named}
        if wanted and wanted not in taken:
            return wanted
        number = len(self._named) + 1
        while True:
            name = f"{wanted} {number}" if wanted else self.tr("Scenario {number}").format(number=number)
            if name not in taken:
                return name
            number += 1

    # --- projects (File → New / Open / recover; see explorer/ui/project/files.py) ----------
    def load_project(
        self, named: list[NamedScenario] | tuple[NamedScenario, ...], current_id: str, base_id: str
    ) -> None:
        """Replace every named scenario at once (a project opened, recovered or started afresh).

        Each scenario is evaluated first: if one does not fit the data pack,
        InvalidInput is raised (naming the scenario) and nothing changes.
        Then every signal a widget may listen to is emitted once.
        """
        items = list(named)
        if not items:
            raise ValueError("a project holds at least one scenario")
        ids = [item.id for item in items]
        if len(set(ids)) != len(ids):
            raise ValueError("each scenario id may appear only once")
        if current_id not in ids or base_id not in ids:
            raise ValueError("the current and the base scenario must be in the project")
        evaluations = {}
        for item in items:
            try:
                evaluations[item.id] = evaluate(item.scenario, self._pack)
            except InvalidInput as error:
                raise InvalidInput(f"{item.name}: {error.field}", error.problem) from None
        self._named = items
        self._current_id = current_id
        self._base_id = base_id
        current = self.named(current_id)
        self._scenario = current.scenario
        self._evaluation = evaluations[current_id]
        self._evaluation_cache = {
            item.id: (item.scenario, evaluations[item.id]) for item in items if item.id != current_id
        }
        self.scenarios_changed.emit()
        self.scenario_changed.emit()
        self.evaluation_changed.emit()
        self.policy_selection_changed.emit()
