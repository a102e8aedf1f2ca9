"""The Policies tab: the catalogue of incentive policies in the data pack."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from explorer.ui.state import AppState


class PoliciesTab(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("policiesTab")
        self._state = state
        self.count_label = QLabel(self)
        self.count_label.setObjectName("policyCount")
        self.policy_list = QListWidget(self)
        self.policy_list.setObjectName("policyList")
        self.policy_list.setAlternatingRowColors(True)
        self.policy_list.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count_label)
        layout.addWidget(self.policy_list, 1)
        state.pack_changed.connect(self.retranslate)
        state.language_changed.connect(lambda _lang: self.retranslate())
        self.retranslate()

    def retranslate(self) -> None:
        policies = list(self._state.pack.policies.values())
        language = self._state.language
        self.count_label.setText(self.tr("%n policies in the data pack", "", len(policies)))
        self.policy_list.setAccessibleName(self.tr("Policy titles"))
        self.policy_list.clear()
        for policy in policies:
            # Data text goes into the item as plain text: list items never render HTML.
            item = QListWidgetItem(policy.title(language))
            item.setData(Qt.ItemDataRole.UserRole, policy.id)
            issuer = policy.issuer_zh if language.startswith("zh") else policy.issuer_en
            item.setToolTip(" · ".join(part for part in (issuer, policy.doc_number) if part))
            self.policy_list.addItem(item)

    def titles(self) -> list[str]:
        return [self.policy_list.item(i).text() for i in range(self.policy_list.count())]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
