"""How a layer shows the domain's figures: numbers in texts, and one ``Style`` to render them.

A figure's texts are ``Message``s whose values may be ``Amount``s (a number with its unit),
``Joined`` lists, or ``Bilingual`` data texts. Each layer (window, report, command line)
renders them through its own ``Style``: its translator, language and currency. No Qt.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from explorer.domain.evaluation import SiteResult
from explorer.domain.formatting import (
    NOT_A_NUMBER,
    format_money,
    format_months,
    format_number,
    format_percent,
    format_tonnes,
)
from explorer.domain.messages import (
    QT_TRANSLATE_NOOP,
    Bilingual,
    Joined,
    Message,
    Template,
    Translate,
    is_zh,
    local,
)

if TYPE_CHECKING:
    from explorer.domain.figures import KeyFigure


class Unit(StrEnum):
    YUAN = "yuan"
    FRACTION = "fraction"  # shown as a percentage
    MONTHS = "months"
    TONNES_A_YEAR = "t/yr"
    YUAN_PER_HOUR = "yuan/accelerator-hour"
    KWH = "kWh"
    TEXT = "text"


@dataclass(frozen=True, slots=True)
class Amount:
    """A number inside a text, formatted by whoever shows the text (language, currency)."""

    value: float
    unit: Unit = Unit.YUAN

    def __format__(self, spec: str) -> str:  # the English default a Message's str() shows
        return Style.english().amount(self)


@dataclass(frozen=True, slots=True)
class Style:
    """How a layer shows figures: its translator, language and currency."""

    translate: Translate
    language: str = "en"
    currency: str = "CNY"
    cny_per_usd: float = 7.2
    # where room is short: "Guangdong" for "Guangdong (Guangzhou, Shenzhen)", "yuan/card-hour"
    short_names: bool = False

    @staticmethod
    def english() -> Style:
        return Style(lambda _context, source: source)

    @property
    def is_zh(self) -> bool:
        return is_zh(self.language)

    def money(self, yuan: float) -> str:
        return format_money(yuan, self.language, self.currency, self.cny_per_usd)

    def exact_money(self, yuan: float) -> str:
        """To the yuan (or cent), for tooltips: "16,330,122 yuan" / "US$2,268,072"."""
        if not math.isfinite(yuan):
            return NOT_A_NUMBER
        if self.currency == "USD":
            return f"US${yuan / self.cny_per_usd:,.0f}"
        return self.translate("Figures", "{amount} yuan").format(amount=f"{yuan:,.0f}")

    def amount(self, amount: Amount) -> str:
        value, unit = amount.value, amount.unit
        if unit is Unit.YUAN:
            return self.money(value)
        if unit is Unit.FRACTION:
            return format_percent(value)
        if unit is Unit.MONTHS:
            return format_months(value, self.language)
        if unit is Unit.TONNES_A_YEAR:
            return self.tonnes_a_year(value)
        if unit is Unit.YUAN_PER_HOUR:
            return self.unit_cost(value)
        if unit is Unit.KWH:
            return self.translate("Figures", "{amount} kWh").format(amount=f"{value:,.0f}")
        return format_number(value, self.language)

    def tonnes_a_year(self, tonnes: float) -> str:
        """CO2: "5.1 kt a year" / "每年5,065吨"."""
        return self.translate("Figures", "{tonnes} a year").format(
            tonnes=format_tonnes(tonnes, self.language)
        )

    def unit_cost(self, yuan_per_hour: float) -> str:
        """Cost per accelerator-hour in the display currency, to the cent."""
        if self.currency == "USD":
            template = "US${value}/card-hour" if self.short_names else "US${value} per accelerator-hour"
            value = yuan_per_hour / self.cny_per_usd
        else:
            template = "{value} yuan/card-hour" if self.short_names else "{value} yuan per accelerator-hour"
            value = yuan_per_hour
        return self.translate("Figures", UNIT_COST_WORDS[template]).format(value=f"{value:,.2f}")

    def text(self, value: Any) -> str:
        """A Message in this style's language with its Amounts formatted; anything else as it is."""
        if isinstance(value, Amount):
            return self.amount(value)
        if isinstance(value, Joined):
            sep = "、" if self.is_zh and value.sep == ", " else value.sep
            return sep.join(self.text(item) for item in value.items)
        if isinstance(value, Bilingual):
            name = self.text(value.pick(self.language))  # a half may be the engine's Message
            return short_name(name) if self.short_names and isinstance(value, SiteName) else name
        if isinstance(value, Template):
            return self.translate(value.context, str(value)) or str(value)
        if not isinstance(value, Message):
            return str(value)
        source = str(value.template)
        pattern = self.translate(value.template.context, source) or source
        values = {name: self.text(v) for name, v in value.params.items()}
        try:
            return pattern.format(**values)
        except (KeyError, IndexError, ValueError):  # a broken translation never hides the text
            return source.format(**values)

    def value(self, figure: KeyFigure) -> str:
        """The figure as its card, page or line shows it."""
        if figure.words is not None:
            return self.text(figure.words)
        if figure.value is None:
            return NOT_A_NUMBER
        return self.amount(Amount(figure.value, figure.unit))

    def label(self, figure: KeyFigure) -> str:
        """The figure's name; its short name where room is short."""
        short = SHORT_LABELS.get(figure.key) if self.short_names else None
        return self.text(short or figure.label)

    def detail(self, figure: KeyFigure) -> str:
        """The figure's line of context; its short form where room is short."""
        short = figure.short_detail if self.short_names else None
        return self.text(short or figure.detail)

    def how(self, figure: KeyFigure) -> str:
        return "\n".join(self.text(line) for line in figure.how)

    def pick(self, zh: str, en: str) -> str:
        return local(en, zh, self.language)


UNIT_COST_WORDS = {  # lupdate needs each text whole
    "US${value}/card-hour": QT_TRANSLATE_NOOP("Figures", "US${value}/card-hour"),
    "US${value} per accelerator-hour": QT_TRANSLATE_NOOP("Figures", "US${value} per accelerator-hour"),
    "{value} yuan/card-hour": QT_TRANSLATE_NOOP("Figures", "{value} yuan/card-hour"),
    "{value} yuan per accelerator-hour": QT_TRANSLATE_NOOP("Figures", "{value} yuan per accelerator-hour"),
}

# Where room is short (a KPI card): the same figures under their short names.
SHORT_LABELS: dict[str, Template] = {
    "saving": QT_TRANSLATE_NOOP("Figures", "Annual saving"),
    "npv": QT_TRANSLATE_NOOP("Figures", "NPV"),
    "irr": QT_TRANSLATE_NOOP("Figures", "IRR"),
}


def site_name(site: SiteResult) -> SiteName:
    return SiteName(site.name_zh, site.name_en)


def short_name(name: str) -> str:
    """A name without its bracketed or comma qualifier: "Guangdong (Guangzhou, Shenzhen)" -> "Guangdong"."""
    for mark in ("（", "(", ",", "，"):
        name = name.split(mark)[0]
    return name.strip()


class SiteName(Bilingual):
    """A site's name: a style short of room shows it without its qualifier."""
