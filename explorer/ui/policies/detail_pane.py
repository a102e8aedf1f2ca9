"""One policy in full: facts, summary, eligibility checklist, benefits valued, sources, provenance.
One module because it is one pane whose sections (facts, checklist, benefits, sources, provenance)
are rewritten together from one policy's result on every change of the case or the language.

Every text from the data pack or the engine goes into a plain-text label. Figures are
the engine's (``PolicyResult`` / ``RuleResult``); this pane only words them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from explorer.domain.evaluation import STATUS_WORDS, PolicyResult, PolicyStatus, RuleResult
from explorer.domain.firm_facts import FACTS, Answer, fact_of
from explorer.domain.incentives import Status
from explorer.domain.messages import local
from explorer.domain.policies import BenefitRule, Policy
from explorer.ui.money import figure_style
from explorer.ui.policies.catalogue import InForce
from explorer.ui.policies.fact_answer import FactAnswer
from explorer.ui.policies.valuation import paid_years
from explorer.ui.policies.words import (
    CATEGORY_WORDS,
    CONDITION_MARKS,
    CONDITION_WORDS,
    CONFIDENCE_WORDS,
    LEVEL_WORDS,
    date_text,
    label,
    money,
    rule_sentence,
    rule_terms,
    standing,
)
from explorer.ui.widgets.external_link import confirm_and_open, openable_url

MARK_COLOURS = {Status.MET: "#14614b", Status.NOT_MET: "#b23a2e", Status.UNKNOWN: "#9a5b00"}
_SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard


@dataclasses.dataclass(frozen=True, slots=True)
class DetailContext:
    """What the pane needs besides the policy: the data language and the case being valued."""

    language: str
    site_names: dict[str, str]
    origin: str
    destination: str
    horizon: int
    in_force: InForce
    in_calculation: bool  # the result is the Calculator's own, not a preview
    chosen: bool
    answers: Mapping[str, Answer] = dataclasses.field(default_factory=dict)  # the firm's facts, by name


@dataclasses.dataclass(frozen=True, slots=True)
class ChecklistRow:
    status: Status
    text: str
    reason: str
    change: str
    fact: str = ""  # the firm fact the user can answer here ("" when none)


def plain_label(parent: QWidget, name: str, selectable: bool = True) -> QLabel:
    label_widget = QLabel(parent)
    label_widget.setObjectName(name)
    label_widget.setTextFormat(Qt.TextFormat.PlainText)
    label_widget.setWordWrap(True)
    if selectable:
        label_widget.setTextInteractionFlags(_SELECTABLE)
    return label_widget


class PolicyDetailPane(QScrollArea):
    use_toggled = Signal(str, bool)
    fact_answered = Signal(str, object)  # a firm fact answered in the checklist: name, value (None: unknown)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("policyDetails")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Enter on the table lands here; arrows scroll
        self._policy: Policy | None = None
        self._result: PolicyResult | None = None
        self._context: DetailContext | None = None
        self._checklist: list[ChecklistRow] = []
        self.answer_rows: list[FactAnswer] = []
        self.source_buttons: list[QPushButton] = []

        body = QWidget(self)
        body.setObjectName("policyDetailBody")
        self.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(10, 6, 14, 10)
        layout.setSpacing(6)

        self.placeholder = plain_label(body, "policyDetailPlaceholder", selectable=False)
        self.title = plain_label(body, "policyDetailTitle")
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.subtitle = plain_label(body, "policyDetailSubtitle")
        self.use_check = QCheckBox(body)
        self.use_check.setObjectName("policyUseInCalculation")
        self.use_check.toggled.connect(self._on_use_toggled)
        self.verdict = plain_label(body, "policyVerdict")
        verdict_font = QFont(self.verdict.font())
        verdict_font.setBold(True)
        self.verdict.setFont(verdict_font)
        self.verdict_detail = plain_label(body, "policyVerdictDetail")

        self.facts = QFormLayout()
        self.facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.facts.setHorizontalSpacing(12)
        self.facts.setVerticalSpacing(3)
        self._fact_names = (
            "level", "category", "issuer", "doc_number", "issued", "effective", "expiry", "in_force", "targets",
        )  # fmt: skip
        self._fact_labels: dict[str, QLabel] = {}
        self._fact_values: dict[str, QLabel] = {}
        for name in self._fact_names:
            key = plain_label(body, "policyFactLabel", selectable=False)
            value = plain_label(body, f"policyFact_{name}")
            self._fact_labels[name], self._fact_values[name] = key, value
            self.facts.addRow(key, value)

        self.summary_heading = self._heading(body, "policySummaryHeading")
        self.summary = plain_label(body, "policySummary")
        self.eligibility_heading = self._heading(body, "policyEligibilityHeading")
        self.eligibility_reason = plain_label(body, "policyEligibilityReason")
        self.checklist_box = QWidget(body)
        self.checklist_box.setObjectName("policyChecklist")
        self.checklist_layout = QGridLayout(self.checklist_box)
        self.checklist_layout.setContentsMargins(0, 0, 0, 0)
        self.checklist_layout.setColumnStretch(1, 1)
        self.benefits_heading = self._heading(body, "policyBenefitsHeading")
        self.benefits_box = QWidget(body)
        self.benefits_box.setObjectName("policyBenefits")
        self.benefits_layout = QVBoxLayout(self.benefits_box)
        self.benefits_layout.setContentsMargins(0, 0, 0, 0)
        self.sources_heading = self._heading(body, "policySourcesHeading")
        self.sources_box = QWidget(body)
        self.sources_box.setObjectName("policySources")
        self.sources_layout = QVBoxLayout(self.sources_box)
        self.sources_layout.setContentsMargins(0, 0, 0, 0)
        self.provenance = plain_label(body, "policyProvenance")

        layout.addWidget(self.placeholder)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.use_check)
        layout.addWidget(self.verdict)
        layout.addWidget(self.verdict_detail)
        layout.addLayout(self.facts)
        for widget in (
            self.summary_heading, self.summary, self.eligibility_heading, self.eligibility_reason,
            self.checklist_box, self.benefits_heading, self.benefits_box, self.sources_heading,
            self.sources_box, self.provenance,
        ):  # fmt: skip
            layout.addWidget(widget)
        layout.addStretch(1)
        self._content = [w for w in body.findChildren(QWidget) if w is not self.placeholder]
        self.retranslate()

    # --- public API -------------------------------------------------------------
    def show_policy(self, policy: Policy | None, result: PolicyResult | None, context: DetailContext) -> None:
        """Show ``policy`` with the engine's ``result`` (None: not valued)."""
        self._policy, self._result, self._context = policy, result, context
        self._render()

    def policy_id(self) -> str | None:
        return self._policy.id if self._policy else None

    def checklist(self) -> list[ChecklistRow]:
        """The eligibility rows as shown (for tests and for copying)."""
        return list(self._checklist)

    def benefit_texts(self) -> list[str]:
        return [w.text() for w in self.benefits_box.findChildren(QLabel)]

    def source_addresses(self) -> list[str]:
        return [w.text() for w in self.sources_box.findChildren(QLabel, "policySourceAddress")]

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Policy details"))
        self.placeholder.setText(self.tr("Select a policy in the table to see its details."))
        self.use_check.setText(self.tr("Use in calculation"))
        self.use_check.setAccessibleName(self.tr("Use this policy in the calculation"))
        self.use_check.setToolTip(
            self.tr("Counts the policy in the Calculator's case; the same switch as there")
        )
        names = {
            "level": self.tr("Level"),
            "category": self.tr("Category"),
            "issuer": self.tr("Issuer"),
            "doc_number": self.tr("Document no."),
            "issued": self.tr("Issued"),
            "effective": self.tr("Effective"),
            "expiry": self.tr("Expires"),
            "in_force": self.tr("Status today"),
            "targets": self.tr("Aimed at firms from"),
        }
        for name, text in names.items():
            self._fact_labels[name].setText(text)
        self.summary_heading.setText(self.tr("Summary"))
        self.eligibility_heading.setText(self.tr("Eligibility of the current firm"))
        self.benefits_heading.setText(self.tr("Benefits and their value in this case"))
        self.sources_heading.setText(self.tr("Sources"))
        if self._context is not None:
            self._render()

    # --- slots ----------------------------------------------------------------------
    def _on_use_toggled(self, checked: bool) -> None:
        if self._policy is not None:
            self.use_toggled.emit(self._policy.id, checked)

    # --- rendering ------------------------------------------------------------------
    def _render(self) -> None:
        policy, result, context = self._policy, self._result, self._context
        empty = policy is None or context is None
        self.placeholder.setVisible(empty)
        for widget in self._content:
            if widget.parentWidget() is self.widget():
                widget.setVisible(not empty)
        self._set_facts_visible(not empty)
        if empty:
            self._checklist = []
            return
        assert policy is not None and context is not None
        self.title.setText(policy.title(context.language))
        self.subtitle.setText(local(policy.title_zh, policy.title_en, context.language))  # the other one
        self.use_check.blockSignals(True)
        self.use_check.setChecked(context.chosen)
        self.use_check.blockSignals(False)
        self._render_verdict(policy, result, context)
        self._render_facts(policy, context)
        self.summary.setText(policy.summary(context.language))
        self._render_checklist(result, context)
        self._render_benefits(policy, result, context)
        self._render_sources(policy, context.language)
        confidence = label(CONFIDENCE_WORDS, policy.confidence)
        self.provenance.setText(
            self.tr("Confidence: {confidence} · last verified {date}").format(
                confidence=confidence, date=date_text(policy.last_verified)
            )
            if policy.last_verified
            else self.tr("Confidence: {confidence} · not re-checked against its sources").format(
                confidence=confidence
            )
        )

    def _render_verdict(self, policy: Policy, result: PolicyResult | None, context: DetailContext) -> None:
        if result is None:
            self.verdict.setText(self.tr("Not valued for this case"))
            self.verdict_detail.setText("")
            return
        language, horizon = context.language, context.horizon
        status = label(STATUS_WORDS, result.status)
        no_figure = (PolicyStatus.NOT_QUANTIFIED, PolicyStatus.NOT_APPLICABLE, PolicyStatus.EXPIRED)
        if result.status in no_figure and abs(result.total) < 0.5:
            self.verdict.setText(status)  # "CNY 0 over 5 years" would only be noise here
        else:
            self.verdict.setText(
                self.tr("{status} · {total} over {years} years (present value {pv})").format(
                    status=status,
                    total=money(result.total, language),
                    years=horizon,
                    pv=money(result.present_value, language),
                )
            )
        lines = [figure_style(language, short_names=False).text(result.reason)]
        potential = float(result.case_potential.sum())
        if result.status in (PolicyStatus.UNKNOWN, PolicyStatus.NOT_ELIGIBLE) and abs(potential) >= 0.5:
            lines.append(
                self.tr("Worth {value} over {years} years if every condition were met.").format(
                    value=money(potential, language), years=horizon
                )
            )
        if not context.in_calculation:
            lines.append(self.tr("Not used in the calculation: these are the figures if it were."))
        self.verdict_detail.setText("\n".join(line for line in lines if line))

    def _render_facts(self, policy: Policy, context: DetailContext) -> None:
        targets = [context.site_names.get(site, site) for site in policy.target_origins]
        values = {
            "level": label(LEVEL_WORDS, policy.level),
            "category": label(CATEGORY_WORDS, policy.category),
            "issuer": local(policy.issuer_en, policy.issuer_zh, context.language),
            "doc_number": policy.doc_number or self.tr("none"),
            "issued": policy.issued_label or date_text(policy.issued) or self.tr("not stated"),
            "effective": date_text(policy.effective) or self.tr("not stated"),
            "expiry": date_text(policy.expiry) or self.tr("open-ended"),
            "in_force": standing(policy, context.in_force),
            "targets": ", ".join(targets) if targets else self.tr("any region"),
        }
        for name, text in values.items():
            self._fact_values[name].setText(text)

    def _render_checklist(self, result: PolicyResult | None, context: DetailContext) -> None:
        _clear(self.checklist_layout)
        words = figure_style(context.language, short_names=False).text  # the engine's and the pack's words
        rows = [
            ChecklistRow(
                c.status,
                words(c.text),
                words(c.reason),
                words(c.change),
                spec.name if (spec := fact_of(c)) is not None else "",
            )
            for c in (result.conditions if result else ())
        ]
        self.answer_rows = []
        self._checklist = rows
        if result is None:
            self.eligibility_reason.setText(self.tr("This policy was not valued for the current case."))
        elif not rows:
            self.eligibility_reason.setText(
                self.tr("The data pack records no conditions on the firm for this policy.")
            )
        else:
            self.eligibility_reason.setText(self.tr("Checked against the firm profile in the Calculator:"))
        for i, row in enumerate(rows):
            mark = QLabel(CONDITION_MARKS[row.status], self.checklist_box)
            mark.setObjectName("policyConditionMark")
            mark.setTextFormat(Qt.TextFormat.PlainText)
            mark.setStyleSheet(f"color: {MARK_COLOURS[row.status]}; font-weight: bold; font-size: 15px;")
            mark.setAccessibleName(label(CONDITION_WORDS, row.status))
            mark.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
            mark.setMinimumWidth(18)
            text = plain_label(self.checklist_box, "policyConditionText")
            text.setText(f"{row.text}\n{row.reason}")  # the engine's reason starts with the verdict
            self.checklist_layout.addWidget(mark, 3 * i, 0)
            self.checklist_layout.addWidget(text, 3 * i, 1)
            if row.change and not (row.fact and row.status is Status.UNKNOWN):  # the answer row asks it
                change = plain_label(self.checklist_box, "policyConditionChange")
                change.setText(self.tr("What would change it: {change}").format(change=row.change))
                change.setStyleSheet("color: #6b7380;")
                self.checklist_layout.addWidget(change, 3 * i + 1, 1)
            if row.fact:
                self._add_answer(row, i, context)

    def _add_answer(self, row: ChecklistRow, i: int, context: DetailContext) -> None:
        """Issue 19: the fact the condition asks about, answerable in place (yes/no, a number, a sector)."""
        answer = FactAnswer(FACTS[row.fact], context.answers.get(row.fact), context.language, self.checklist_box)
        answer.answered.connect(self.fact_answered)
        self.checklist_layout.addWidget(answer, 3 * i + 2, 1)
        self.answer_rows.append(answer)

    def _render_benefits(self, policy: Policy, result: PolicyResult | None, context: DetailContext) -> None:
        _clear(self.benefits_layout)
        if not policy.rules:
            empty = plain_label(self.benefits_box, "policyBenefitNone")
            empty.setText(
                self.tr("No benefit the calculation can count: the policy sets a framework or rules.")
            )
            self.benefits_layout.addWidget(empty)
            return
        by_rule: dict[str, list[RuleResult]] = {}
        for rule_result in result.rules if result else ():
            by_rule.setdefault(rule_result.rule_id, []).append(rule_result)
        for rule in policy.rules:
            self.benefits_layout.addWidget(self._benefit_block(rule, by_rule.get(rule.id, []), context))

    def _benefit_block(self, rule: BenefitRule, results: list[RuleResult], context: DetailContext) -> QWidget:
        block = QFrame(self.benefits_box)
        block.setObjectName("policyBenefit")
        block.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(block)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        language = context.language
        sentence = plain_label(block, "policyBenefitSentence")
        font = QFont(sentence.font())
        font.setBold(True)
        sentence.setFont(font)
        sentence.setText(rule_sentence(rule, language))
        layout.addWidget(sentence)
        terms = plain_label(block, "policyBenefitTerms")
        terms.setText(self.tr("; ").join(rule_terms(rule, language, context.site_names)))
        layout.addWidget(terms)
        note = local(rule.note_en, rule.note_zh, language)
        if note:
            note_label = plain_label(block, "policyBenefitNote")
            note_label.setStyleSheet("color: #6b7380;")
            note_label.setText(note)
            layout.addWidget(note_label)
        value = plain_label(block, "policyBenefitValue")
        value.setText(self._value_words(rule, results, context))
        layout.addWidget(value)
        return block

    def _value_words(self, rule: BenefitRule, results: list[RuleResult], context: DetailContext) -> str:
        if not rule.published:
            return self.tr("Amount not published: not counted.")
        shown = [r for r in results if r.site_id in (context.destination, context.origin)]
        if not shown:
            return self.tr("Does not apply to the origin or the destination of this case.")
        lines = []
        for rule_result in sorted(shown, key=lambda r: r.site_id != context.destination):
            site = context.site_names.get(rule_result.site_id, rule_result.site_id)
            if rule_result.site_id == context.origin:
                site = self.tr("{site} (where the firm is now)").format(site=site)
            lines.append(f"{site}: {self._counted_words(rule_result, context)}")
        return "\n".join(lines)

    def _counted_words(self, rule_result: RuleResult, context: DetailContext) -> str:
        language, horizon = context.language, context.horizon
        if not rule_result.quantified:
            return self.tr("amount not published, not counted")
        if rule_result.status is not Status.MET or rule_result.stacked_out:
            why = (
                self.tr("not counted: a larger benefit of the same group applies")
                if rule_result.status is Status.MET
                else self.tr("not counted: a condition is not met")
                if rule_result.status is Status.NOT_MET
                else self.tr("not counted: the firm profile lacks data")
            )
            potential = float(rule_result.potential.sum())
            if abs(potential) >= 0.5:
                return self.tr("{why}; worth {value} over {years} years if counted").format(
                    why=why, value=money(potential, language), years=horizon
                )
            return why
        paid = paid_years(rule_result.amounts)
        if paid.first is None:
            return self.tr("counted, but worth {zero} in this case").format(zero=money(0.0, language))
        if paid.per_year is not None and paid.first == paid.last:
            when = self.tr("{amount} in year {year}").format(
                amount=money(paid.per_year, language), year=paid.first
            )
        elif paid.per_year is not None:
            when = self.tr("{amount} a year, years {first} to {last}").format(
                amount=money(paid.per_year, language), first=paid.first, last=paid.last
            )
        else:
            when = self.tr("by year: {years}").format(
                years=" · ".join(f"{year}: {money(amount, language)}" for year, amount in paid.years)
            )
        return self.tr("{when}; {total} over {years} years, present value {pv}").format(
            when=when,
            total=money(rule_result.total, language),
            years=horizon,
            pv=money(rule_result.present_value, language),
        )

    def _render_sources(self, policy: Policy, language: str) -> None:
        """Each source by its official identity in the window's language (``title_zh`` in Chinese)."""
        _clear(self.sources_layout)
        self.source_buttons = []
        if not policy.sources:
            none = plain_label(self.sources_box, "policySourceNone")
            none.setText(self.tr("No source recorded."))
            self.sources_layout.addWidget(none)
        for i, source in enumerate(policy.sources):
            title = plain_label(self.sources_box, "policySourceTitle")
            title.setText(source.title_in(language))
            self.sources_layout.addWidget(title)
            if not source.url:
                continue
            row = QHBoxLayout()
            address = plain_label(self.sources_box, "policySourceAddress")
            address.setText(source.url)
            address.setStyleSheet("color: #3b6fb6;")
            row.addWidget(address, 1)
            if openable_url(source.url) is not None:
                button = QPushButton(self.tr("Open…"), self.sources_box)
                button.setObjectName(f"policySourceOpen{i}")
                button.setAccessibleName(
                    self.tr("Open source {number} in the web browser").format(number=i + 1)
                )
                button.setToolTip(self.tr("Asks first, showing the full address"))
                button.clicked.connect(lambda _checked=False, url=source.url: confirm_and_open(self, url))
                row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
                self.source_buttons.append(button)
            else:
                address.setToolTip(self.tr("Not a web address: shown, not opened"))
            self.sources_layout.addLayout(row)

    # --- helpers --------------------------------------------------------------------
    def _heading(self, parent: QWidget, name: str) -> QLabel:
        heading = plain_label(parent, name, selectable=False)
        font = QFont(heading.font())
        font.setBold(True)
        heading.setFont(font)
        heading.setContentsMargins(0, 8, 0, 0)
        return heading

    def _set_facts_visible(self, visible: bool) -> None:
        for name in self._fact_names:
            self._fact_labels[name].setVisible(visible)
            self._fact_values[name].setVisible(visible)

    # --- Qt overrides -------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _clear(layout: QLayout) -> None:
    """Remove and delete everything in ``layout`` (rows of a previous policy)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.setParent(None)  # gone from findChildren at once; deleted by Qt shortly
            widget.deleteLater()
        elif item.layout() is not None:
            _clear(item.layout())
            item.layout().deleteLater()
