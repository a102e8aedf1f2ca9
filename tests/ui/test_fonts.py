"""Chinese renders with the bundled font, never as boxes."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter

from explorer.ui.fonts import register_bundled_fonts


def _render(text: str, family: str) -> QImage:
    image = QImage(240, 48, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(QFont(family, 20))
    painter.setPen(QColor("black"))
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignLeft, text)
    painter.end()
    return image


def test_bundled_font_provides_simplified_chinese(qapp):
    family = register_bundled_fonts(qapp)
    assert family is not None
    assert family in QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    # Private-use code points have no glyph in any font: they always draw as boxes.
    tofu = _render("\U000f0000\U000f0001\U000f0002\U000f0003", family)
    assert _render("贵安新区", family) != tofu
    assert qapp.font().family() == family


def test_every_data_pack_text_is_covered_by_the_bundled_font(qapp, shipped_pack):
    from PySide6.QtGui import QFontMetrics

    family = register_bundled_fonts(qapp)
    metrics = QFontMetrics(QFont(family, 12))
    texts = [site.name_zh for site in shipped_pack.sites.values()]
    for policy in shipped_pack.policies.values():
        texts += [policy.title_zh, policy.summary_zh, policy.issuer_zh]
    for fact in shipped_pack.hub_facts:
        texts += [fact.label_zh, fact.text_zh]
    # inFontUcs4, not inFont: PySide passes a CJK str to inFont(QChar) incorrectly.
    missing = sorted(
        {ch for text in texts for ch in text if ord(ch) > 0x7F and not metrics.inFontUcs4(ord(ch))}
    )
    assert missing == []
