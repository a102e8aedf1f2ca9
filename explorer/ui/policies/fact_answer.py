"""The answer to one firm fact, where a policy's eligibility checklist asks it (issue 19).

Yes/No buttons for a yes/no fact, a number with its unit (a share in percent) and
Apply, or a sector from a list. The widget computes nothing: it emits the answer;
the Policies tab hands it to AppState, and the pane is drawn again from the engine's
new verdicts.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QButtonGroup,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from explorer.domain.fields import FIRM_FIELDS
from explorer.domain.firm_facts import Answer, AnswerKind, FactSpec
from explorer.domain.incentives import SECTOR_WORDS
from explorer.ui.money import figure_style
from explorer.ui.widgets.units import unit_display

SHARE_MAX_PERCENT = 100.0


class FactAnswer(QWidget):
    """One fact's answer row; ``answered(name, value)`` with value None for "not known"."""

    answered = Signal(str, object)

    def __init__(self, spec: FactSpec, value: Answer, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(f"factAnswer_{spec.name}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(4)
        fact = figure_style(language, short_names=False).text(spec.label)
        self.prompt = QLabel(self.tr("Answer:"), self)
        self.prompt.setObjectName("factAnswerPrompt")
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.prompt)
        self.buttons: dict[str, QPushButton] = {}
        self.value_box: QDoubleSpinBox | None = None
        self.choice_box: QComboBox | None = None
        if spec.kind is AnswerKind.YES_NO:
            self._yes_no(layout, fact, value)
        elif spec.kind is AnswerKind.CHOICE:
            self._choice(layout, fact, value, language)
        else:
            self._number(layout, fact, value)
        if value is not None:  # an answer given can be taken back
            clear = self._button(
                "unknown", self.tr("Not known"), self.tr("{fact}: not known").format(fact=fact)
            )
            clear.setToolTip(self.tr("Leave the answer out: the policy's condition is unknown again"))
            clear.clicked.connect(lambda: self.answered.emit(spec.name, None))
            layout.addWidget(clear)
        layout.addStretch(1)
        self.setAccessibleName(self.tr("Answer for {fact}").format(fact=fact))

    # --- public (tests and keyboard users alike) ----------------------------------
    def answer(self, value: Answer) -> None:
        """Give ``value`` as if typed or clicked: a share in 0..1, a number in the fact's unit."""
        self.answered.emit(self.spec.name, value)

    # --- building -------------------------------------------------------------------
    def _button(self, key: str, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(f"factAnswer{key.title()}")
        button.setAccessibleName(accessible)
        button.setAutoDefault(False)
        self.buttons[key] = button
        return button

    def _yes_no(self, layout: QHBoxLayout, fact: str, value: Answer) -> None:
        group = QButtonGroup(self)
        group.setExclusive(True)
        for key, text, answer in (("yes", self.tr("Yes"), True), ("no", self.tr("No"), False)):
            button = self._button(key, text, self.tr("{fact}: {answer}").format(fact=fact, answer=text))
            button.setCheckable(True)
            button.setChecked(value is answer)
            button.clicked.connect(lambda _checked=False, a=answer: self.answered.emit(self.spec.name, a))
            group.addButton(button)
            layout.addWidget(button)

    def _choice(self, layout: QHBoxLayout, fact: str, value: Answer, language: str) -> None:
        box = QComboBox(self)
        box.setObjectName("factAnswerChoice")
        box.setAccessibleName(fact)
        words = figure_style(language, short_names=False).text
        if value is None:
            box.addItem(self.tr("Choose…"), None)
        for code, sector in SECTOR_WORDS.items():
            box.addItem(words(sector), code)
        if isinstance(value, str) and box.findData(value) < 0:
            box.addItem(value, value)  # a sector the words do not know stays as it is
        box.setCurrentIndex(max(box.findData(value), 0))
        box.activated.connect(self._on_choice)
        self.choice_box = box
        layout.addWidget(box)

    def _number(self, layout: QHBoxLayout, fact: str, value: Answer) -> None:
        display = unit_display(self.spec.unit)
        box = QDoubleSpinBox(self)
        box.setObjectName("factAnswerValue")
        box.setAccessibleName(fact)
        box.setDecimals(0 if display.integral else display.decimals)
        maximum = (
            SHARE_MAX_PERCENT if self.spec.kind is AnswerKind.SHARE else FIRM_FIELDS[self.spec.name].maximum
        )
        box.setRange(0.0, maximum)
        box.setSuffix(display.suffix)
        box.setGroupSeparatorShown(True)
        box.setStepType(QAbstractSpinBox.StepType.AdaptiveDecimalStepType)
        box.setMinimumWidth(130)
        if isinstance(value, int | float) and not isinstance(value, bool):
            box.setValue(float(value) * display.scale)
        box.lineEdit().returnPressed.connect(
            self._on_apply
        )  # Enter or Apply: a half-typed value is no answer
        self.value_box = box
        layout.addWidget(box)
        apply = self._button(
            "apply", self.tr("Apply"), self.tr("Apply the answer for {fact}").format(fact=fact)
        )
        apply.clicked.connect(self._on_apply)
        layout.addWidget(apply)

    # --- slots --------------------------------------------------------------------------
    def _on_apply(self) -> None:
        assert self.value_box is not None
        self.value_box.interpretText()
        scale = unit_display(self.spec.unit).scale
        self.answered.emit(self.spec.name, self.value_box.value() / scale)

    def _on_choice(self, index: int) -> None:
        assert self.choice_box is not None
        code = self.choice_box.itemData(index)
        if code is not None:
            self.answered.emit(self.spec.name, code)
