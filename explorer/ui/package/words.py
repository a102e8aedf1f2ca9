"""Words for the package designer's figures in the window: the domain's templates, a payback, an IRR."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from explorer.domain.finance import Irr, IrrStatus, Payback, PaybackStatus
from explorer.domain.formatting import format_months, format_percent
from explorer.domain.messages import Template, translated


def template_text(template: Template) -> str:
    return QCoreApplication.translate(template.context, template)


def message_text(text: str) -> str:
    return translated(text, QCoreApplication.translate)


def payback_text(payback: Payback, language: str) -> str:
    if payback.status is PaybackStatus.IMMEDIATE:
        return QCoreApplication.translate("Package", "immediate")
    if payback.status is PaybackStatus.NOT_WITHIN or payback.months is None:
        return QCoreApplication.translate("Package", "not within {years} years").format(
            years=payback.horizon_years
        )
    return format_months(payback.months, language)


def irr_text(irr: Irr) -> str:
    if irr.status is IrrStatus.DEFINED and irr.value is not None:
        return format_percent(irr.value)
    if irr.status is IrrStatus.MULTIPLE:
        return QCoreApplication.translate("Package", "several rates")
    return QCoreApplication.translate("Package", "undefined")
