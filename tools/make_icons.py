"""Draw the app icon and write every file the installers need into resources/icons/.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/make_icons.py [OUT_DIR]

The mark: a teal hexagon (the hub) holding a white compute chip; from 64 px up the
chip carries 贵安 (Gui'an). Everything is built as vector paths (the characters are
turned into outlines from the bundled font), so one geometry gives:

- ``guian-explorer.svg``: the scalable source (no font needed to view it),
- ``guian-explorer-<N>.png`` for N in 16..512 (the Linux hicolor sizes and the window icon),
- ``guian-explorer.ico`` (Windows: PNG-compressed 16..256 entries),
- ``guian-explorer.icns`` (macOS: PNG-compressed 16..1024 entries).

Small sizes are drawn with less detail (fewer pins, no characters), not just scaled
down, so they stay crisp. Output is deterministic: rerunning on the same Qt and font
gives the same bytes.
"""

from __future__ import annotations

import math
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QTransform,
)

ROOT = Path(__file__).resolve().parent.parent
FONT_FILE = ROOT / "resources" / "fonts" / "WQYMicroHei-GB2312.ttf"
NAME = "guian-explorer"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS chunk type -> pixel size (PNG payloads; macOS 10.7+).
ICNS_CHUNKS = (
    ("icp4", 16),
    ("icp5", 32),
    ("icp6", 64),
    ("ic07", 128),
    ("ic08", 256),
    ("ic09", 512),
    ("ic10", 1024),
    ("ic11", 32),
    ("ic12", 64),
    ("ic13", 256),
    ("ic14", 512),
)

UNITS = 512.0  # the design grid
TEAL_LIGHT = QColor("#22a383")
TEAL_DARK = QColor("#14614b")
EDGE = QColor("#0f4a3a")
CHIP = QColor("#ffffff")
LABEL = QColor("#14614b")


def _rounded_polygon(points: list[QPointF], rounding: float) -> QPainterPath:
    """A closed polygon whose corners are cut by quadratic curves (``rounding`` of each edge)."""
    path = QPainterPath()
    count = len(points)
    for i, vertex in enumerate(points):
        before, after = points[i - 1], points[(i + 1) % count]
        start = vertex + (before - vertex) * rounding
        end = vertex + (after - vertex) * rounding
        if i == 0:
            path.moveTo(start)
        else:
            path.lineTo(start)
        path.quadTo(vertex, end)
    path.closeSubpath()
    return path


def hexagon() -> QPainterPath:
    centre, radius = QPointF(256, 256), 240.0
    points = [
        centre + QPointF(radius * math.cos(math.radians(a)), radius * math.sin(math.radians(a)))
        for a in (-90, -30, 30, 90, 150, 210)
    ]
    return _rounded_polygon(points, 0.14)


def chip(detail: int) -> QPainterPath:
    """The chip body and its pins; ``detail`` 0 (16 px) .. 2 (64 px and up)."""
    half = 122.0 if detail else 104.0
    body = QPainterPath()
    body.addRoundedRect(QRectF(256 - half, 256 - half, 2 * half, 2 * half), 26, 26)
    pins_per_side = {0: 0, 1: 2, 2: 3}[detail]
    if pins_per_side:
        spacing = 2 * half / (pins_per_side + 1)
        length, width = 40.0, 22.0 if detail == 1 else 20.0
        for k in range(1, pins_per_side + 1):
            offset = 256 - half + k * spacing
            for rect in (
                QRectF(offset - width / 2, 256 - half - length, width, length + 4),  # top
                QRectF(offset - width / 2, 256 + half - 4, width, length + 4),  # bottom
                QRectF(256 - half - length, offset - width / 2, length + 4, width),  # left
                QRectF(256 + half - 4, offset - width / 2, length + 4, width),  # right
            ):
                pin = QPainterPath()
                pin.addRoundedRect(rect, width / 3, width / 3)
                body = body.united(pin)
    return body.simplified()


def label(detail: int, family: str | None) -> QPainterPath:
    """贵安 as outlines, centred on the chip; a plain square die where characters would blur."""
    path = QPainterPath()
    if detail < 2 or family is None:
        size = 92.0 if detail else 0.0
        if size:
            path.addRoundedRect(QRectF(256 - size / 2, 256 - size / 2, size, size), 14, 14)
        return path
    font = QFont(family)
    font.setPixelSize(100)
    font.setStyleStrategy(QFont.StyleStrategy.PreferOutline)
    path.addText(0, 0, font, "贵安")
    # The font has no bold face: thicken the outlines themselves so the SVG matches.
    stroker = QPainterPathStroker()
    stroker.setWidth(5.0)
    stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    path = path.united(stroker.createStroke(path)).simplified()
    box = path.boundingRect()
    path.translate(256 - box.center().x(), 256 - box.center().y())
    return path


def layers(detail: int, family: str | None) -> dict[str, QPainterPath]:
    return {"hexagon": hexagon(), "chip": chip(detail), "label": label(detail, family)}


def detail_for(size: int) -> int:
    return 0 if size < 24 else 1 if size < 64 else 2


def render(size: int, family: str | None) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setTransform(QTransform.fromScale(size / UNITS, size / UNITS))
    parts = layers(detail_for(size), family)
    gradient = QLinearGradient(0, 16, 0, 496)
    gradient.setColorAt(0.0, TEAL_LIGHT)
    gradient.setColorAt(1.0, TEAL_DARK)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(gradient))
    painter.drawPath(parts["hexagon"])
    painter.setBrush(CHIP)
    painter.drawPath(parts["chip"])
    painter.setBrush(LABEL)
    painter.drawPath(parts["label"])
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("PNG encoding failed")
    buffer.close()
    return bytes(data.data())


def svg_path_data(path: QPainterPath) -> str:
    """QPainterPath -> SVG ``d`` (cubic curves arrive as one CurveTo and two data elements)."""
    parts: list[str] = []
    i = 0
    count = path.elementCount()
    while i < count:
        element = path.elementAt(i)
        kind = element.type
        if kind == QPainterPath.ElementType.MoveToElement:
            if parts:
                parts.append("Z")
            parts.append(f"M{element.x:.2f} {element.y:.2f}")
            i += 1
        elif kind == QPainterPath.ElementType.LineToElement:
            parts.append(f"L{element.x:.2f} {element.y:.2f}")
            i += 1
        else:  # CurveToElement + 2 CurveToDataElement
            c2, end = path.elementAt(i + 1), path.elementAt(i + 2)
            parts.append(f"C{element.x:.2f} {element.y:.2f} {c2.x:.2f} {c2.y:.2f} {end.x:.2f} {end.y:.2f}")
            i += 3
    parts.append("Z")
    return "".join(parts)


def svg(family: str | None) -> str:
    parts = layers(2, family)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">\n'
        "  <title>Gui'an Compute Explorer</title>\n"
        '  <defs><linearGradient id="teal" x1="0" y1="16" x2="0" y2="496" gradientUnits="userSpaceOnUse">'
        f'<stop offset="0" stop-color="{TEAL_LIGHT.name()}"/>'
        f'<stop offset="1" stop-color="{TEAL_DARK.name()}"/></linearGradient></defs>\n'
        f'  <path fill="url(#teal)" d="{svg_path_data(parts["hexagon"])}"/>\n'
        f'  <path fill="{CHIP.name()}" fill-rule="nonzero" d="{svg_path_data(parts["chip"])}"/>\n'
        f'  <path fill="{LABEL.name()}" fill-rule="nonzero" d="{svg_path_data(parts["label"])}"/>\n'
        "</svg>\n"
    )


def ico(images: dict[int, bytes]) -> bytes:
    """ICONDIR + ICONDIRENTRY per size, each pointing at a PNG (Windows Vista and later)."""
    sizes = sorted(images)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        blob = images[size]
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset + len(blobs))
        blobs += blob
    return header + entries + blobs


def icns(images: dict[int, bytes]) -> bytes:
    body = b"".join(
        struct.pack(">4sI", kind.encode("ascii"), 8 + len(images[size])) + images[size]
        for kind, size in ICNS_CHUNKS
    )
    return struct.pack(">4sI", b"icns", 8 + len(body)) + body


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "resources" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841  (fonts need it)
    font_id = QFontDatabase.addApplicationFont(str(FONT_FILE))
    if font_id < 0:
        print(f"cannot load {FONT_FILE}", file=sys.stderr)
        return 1
    family = QFontDatabase.applicationFontFamilies(font_id)[0]

    pngs = {size: png_bytes(render(size, family)) for size in sorted({*PNG_SIZES, 1024})}
    for size in PNG_SIZES:
        (out / f"{NAME}-{size}.png").write_bytes(pngs[size])
    (out / f"{NAME}.svg").write_text(svg(family), encoding="utf-8")
    (out / f"{NAME}.ico").write_bytes(ico({s: pngs[s] for s in ICO_SIZES}))
    (out / f"{NAME}.icns").write_bytes(icns(pngs))
    for path in sorted(out.glob(f"{NAME}*")):
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}  {path.stat().st_size:>7} B")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
