"""The investor pack's "Why Gui'an" section (issue 16), in the report's language.

The story's figures with their sources (explorer.domain.story, the same grouping as the Overview),
the East Data, West Computing network as a schematic (drawn here with QPainter for the PDF), the
latency from Gui'an to the origins' regions (round-trip estimate beside the official claim), and
green power, climate and PUE. Plain data; the PDF writer draws the network through its ``draw``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPen

from explorer.domain.label_layout import Box, NetworkDrawing, network_labels
from explorer.domain.latency import KIND_NOTE, KIND_WORDS, LatencyKind, ms_text
from explorer.domain.messages import QT_TRANSLATE_NOOP, Template, local
from explorer.domain.pack import DataPack, HubFact
from explorer.domain.parameters import SiteParam
from explorer.domain.story import (
    DESTINATION_NODE,
    GREEN_FACTS,
    NETWORK,
    NodeKind,
    build_story,
    facts_by_id,
    origin_links,
    short_citation,
    source_list,
    source_number,
)
from explorer.reports.report_model import Cell, Column, Report, Section, Table

WORDS: dict[str, Template] = {
    "title": QT_TRANSLATE_NOOP("Export", "Why Gui'an"),
    "intro": QT_TRANSLATE_NOOP(
        "Export",
        "Gui'an New Area hosts the Guizhou hub's data-centre cluster, one of the 10 national clusters of East "
        "Data, West Computing. The figures below are shown exactly as their sources state them; the numbers in "
        "brackets refer to the sources listed at the end of this section.",
    ),
    "figures": QT_TRANSLATE_NOOP("Export", "The hub in figures"),
    "part": QT_TRANSLATE_NOOP("Export", "Theme"),
    "figure": QT_TRANSLATE_NOOP("Export", "Figure, as stated"),
    "what": QT_TRANSLATE_NOOP("Export", "What it measures"),
    "source": QT_TRANSLATE_NOOP("Export", "Source"),
    "network": QT_TRANSLATE_NOOP("Export", "The national computing network (schematic)"),
    "network_note": QT_TRANSLATE_NOOP(
        "Export",
        "Schematic: 8 hubs and 10 clusters at approximate relative positions, no boundaries. Gui'an is "
        "highlighted; the origins are linked to it with the round-trip estimate and the official claim.",
    ),
    "latency": QT_TRANSLATE_NOOP("Export", "Latency from Gui'an to the firms' home regions"),
    "origin": QT_TRANSLATE_NOOP("Export", "From"),
    "region": QT_TRANSLATE_NOOP("Export", "Users' region"),
    "estimate": QT_TRANSLATE_NOOP("Export", "Round-trip estimate (ms)"),
    "claim": QT_TRANSLATE_NOOP("Export", "Official claim, one-way (ms)"),
    "green": QT_TRANSLATE_NOOP("Export", "Green power, climate and PUE"),
    "pue": QT_TRANSLATE_NOOP("Export", "Gui'an data-centre PUE (data pack default)"),
    "green_share": QT_TRANSLATE_NOOP("Export", "Green power bought beyond the grid (data pack default)"),
    "sources": QT_TRANSLATE_NOOP("Export", "Sources"),
    "ms": QT_TRANSLATE_NOOP("Export", "{ms} ms"),
}


def _w(lang, key: str) -> str:
    template = WORDS[key]
    return lang.translate(template.context, template)


@dataclass(frozen=True, slots=True)
class NetworkChart:
    """The network schematic as the PDF draws it; texts already in the report's language."""

    key: str
    title: str
    names: dict[str, str]  # node id -> label
    links: tuple[tuple[str, str], ...]  # (origin node id, label)
    note: str

    def draw(self, pen, rect: QRectF) -> None:
        """Drawn by explorer.reports.charts.draw_chart with its _Pen (sizes in points). The labels go
        where explorer.domain.label_layout puts them: clear of each other, the nodes and the links."""
        painter = pen.painter
        title_h, note_h = pen.pt(14), pen.pt(12)
        area = QRectF(rect.left() + pen.pt(70), rect.top() + title_h + pen.pt(22), rect.width() - pen.pt(130),
                      rect.height() - title_h - note_h - pen.pt(44))  # fmt: skip
        pen.text(QRectF(rect.left(), rect.top(), rect.width(), title_h), Qt.AlignmentFlag.AlignLeft,
                 self.title, pen.font(9, True))  # fmt: skip

        def at(item) -> QPointF:
            return QPointF(area.left() + item.x * area.width(), area.top() + item.y * area.height())

        radii = {NodeKind.HUB: pen.pt(16), NodeKind.ORIGIN: pen.pt(3), NodeKind.CLUSTER: pen.pt(2.6)}
        fonts, colours, sizes = {}, {}, {}
        for item in NETWORK:
            if item.kind is NodeKind.HUB:
                fonts[item.id], colours[item.id] = pen.font(6), QColor("#52606d")
            elif item.id == DESTINATION_NODE:
                fonts[item.id], colours[item.id] = pen.font(8, True), QColor("#a35f1a")
            else:
                fonts[item.id], colours[item.id] = (
                    pen.font(6.5, item.kind is NodeKind.ORIGIN),
                    QColor("#1f2933"),
                )
        for origin, _label in self.links:
            fonts[f"link:{origin}"], colours[f"link:{origin}"] = pen.font(6, True), QColor("#c8553d")
        texts = {item.id: self.names.get(item.id, "") for item in NETWORK}
        texts |= {f"link:{origin}": label for origin, label in self.links}
        for key, text in texts.items():
            box = pen.metrics(fonts[key]).boundingRect(QRectF(0, 0, 1e5, 1e5), 0, text)
            sizes[key] = (box.width() + pen.pt(1), box.height())
        centres = {item.id: at(item) for item in NETWORK}
        site_of = {item.id: item.site_id for item in NETWORK}
        guian = centres[DESTINATION_NODE]
        segments = {
            site_of[origin]: ((centres[origin].x(), centres[origin].y()), (guian.x(), guian.y()))
            for origin, _label in self.links
        }
        drawing = NetworkDrawing(
            bounds=Box(rect.left(), rect.top() + title_h, rect.width(), rect.height() - title_h - note_h),
            centres={i: (c.x(), c.y()) for i, c in centres.items()},
            radii={i.id: pen.pt(5) if i.id == DESTINATION_NODE else radii[i.kind] for i in NETWORK},
            kinds={item.id: item.kind.value for item in NETWORK},
            hubs={item.id: item.hub for item in NETWORK},
            sizes={(f"link:{site_of[k[5:]]}" if k.startswith("link:") else k): v for k, v in sizes.items()},
            links=segments,
            gap=pen.pt(1.5),
            far=pen.pt(6),
        )
        places = network_labels(drawing)
        for item in NETWORK:  # the hubs' circles under everything
            if item.kind is NodeKind.HUB:
                colour = QColor("#3b6fb6" if item.east else "#1b8a6b")
                fill = QColor(colour)
                fill.setAlpha(30)
                painter.setPen(QPen(colour, pen.pt(0.6), Qt.PenStyle.DashLine))
                painter.setBrush(QBrush(fill))
                painter.drawEllipse(centres[item.id], radii[NodeKind.HUB], radii[NodeKind.HUB])
        for origin, _label in self.links:
            pen.line(centres[origin], guian, QColor("#c8553d"), 1.4)
        for item in NETWORK:
            if item.kind is NodeKind.HUB:
                continue
            centre = centres[item.id]
            painter.setPen(QPen(QColor("white"), pen.pt(0.5)))
            if item.kind is NodeKind.ORIGIN:
                painter.setBrush(QBrush(QColor("#6c7a89")))
                s = radii[NodeKind.ORIGIN]
                painter.drawRect(QRectF(centre.x() - s, centre.y() - s, 2 * s, 2 * s))
            else:
                highlight = item.id == DESTINATION_NODE
                painter.setBrush(QBrush(QColor("#d9822b" if highlight else "#1b8a6b")))
                r = pen.pt(5) if highlight else radii[NodeKind.CLUSTER]
                painter.drawEllipse(centre, r, r)
        for key, text in texts.items():
            place_key = f"link:{site_of[key[5:]]}" if key.startswith("link:") else key
            box = places.get(place_key)
            if box is not None and text:
                flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                pen.text(QRectF(box.x, box.y, box.w, box.h), flags, text, fonts[key], colours[key])
        pen.text(QRectF(rect.left(), rect.bottom() - note_h, rect.width(), note_h),
                 Qt.AlignmentFlag.AlignLeft, self.note, pen.font(6), QColor("#52606d"))  # fmt: skip


def _fact_row(lang, part: str, fact: HubFact, number: int) -> tuple[Cell, ...]:
    figure = local(fact.text_en, fact.text_zh, lang.code)
    what = local(fact.label_en, fact.label_zh, lang.code)
    cite = f"[{number}] {short_citation(fact.provenance, lang.code)}"
    return (Cell(part, part), Cell(figure, figure), Cell(what, what), Cell(cite, cite))


def why_guian_section(pack: DataPack, lang) -> Section:
    """The section, in ``lang`` (a ReportLanguage)."""
    story = build_story(pack)
    known = facts_by_id(pack)
    green = [known[i] for i in GREEN_FACTS if i in known]
    links = origin_links(pack)
    claims = [claim for link in links for claim in link.claims]
    sources = source_list([*story.facts, *green, *claims])
    columns = (
        Column("part", _w(lang, "part"), weight=0.8),
        Column("figure", _w(lang, "figure"), weight=1.6),
        Column("what", _w(lang, "what"), weight=1.6),
        Column("source", _w(lang, "source"), weight=1.3),
    )
    rows = []
    for fact in story.headline:
        rows.append(_fact_row(lang, "", fact, source_number(sources, fact.id)))
    for section in story.sections:
        part = lang.translate(section.title.context, section.title)
        for fact in section.facts:
            rows.append(_fact_row(lang, part, fact, source_number(sources, fact.id)))
    figures = Table("why_figures", _w(lang, "figures"), columns, tuple(rows))

    regions = pack.user_regions
    latency_rows = []
    for link in links:
        site = pack.sites[link.origin_site]
        region = regions.get(link.region_id)
        origin = local(site.name_en, site.name_zh, lang.code)
        region_name = local(region.name_en, region.name_zh, lang.code) if region else link.region_id
        estimate = ms_text(link.estimate.value) if link.estimate else "–"
        claim = ", ".join(ms_text(c.value or 0.0) for c in link.claims) or "–"
        cites = " ".join(f"[{source_number(sources, c.id)}]" for c in link.claims)
        latency_rows.append((Cell(origin, origin), Cell(region_name, region_name),
                             Cell(link.estimate.value if link.estimate else None, estimate, "number"),
                             Cell(claim, f"{claim} {cites}".strip())))  # fmt: skip
    latency = Table(
        "why_latency",
        _w(lang, "latency"),
        (
            Column("origin", _w(lang, "origin"), weight=1.4),
            Column("region", _w(lang, "region"), weight=1.4),
            Column("estimate", _w(lang, "estimate"), "number"),
            Column("claim", _w(lang, "claim")),
        ),  # fmt: skip
        tuple(latency_rows),
        note=lang.translate(KIND_NOTE.context, KIND_NOTE),
    )

    green_rows = [_fact_row(lang, "", fact, source_number(sources, fact.id))[1:] for fact in green]
    guian = pack.sites.get(DESTINATION_NODE)
    extra = []
    if guian is not None:
        for param, key, scale in ((SiteParam.PUE, "pue", 1.0), (SiteParam.GREEN_SHARE, "green_share", 100.0)):
            parameter = guian.params.get(param)
            if parameter is not None:
                text = f"{parameter.value * scale:g}" + ("%" if scale == 100.0 else "")
                cite = short_citation(parameter.provenance, lang.code)
                extra.append(
                    (Cell(parameter.value, text), Cell(_w(lang, key), _w(lang, key)), Cell(cite, cite))
                )
    green_table = Table(
        "why_green",
        _w(lang, "green"),
        (
            Column("figure", _w(lang, "figure"), weight=1.6),
            Column("what", _w(lang, "what"), weight=1.8),
            Column("source", _w(lang, "source"), weight=1.3),
        ),  # fmt: skip
        tuple(green_rows + extra),
    )

    names = {}
    for item in NETWORK:
        names[item.id] = lang.translate(item.name.context, item.name)
    link_labels = []
    for link in links:
        node_id = next(n.id for n in NETWORK if n.site_id == link.origin_site and n.kind is NodeKind.ORIGIN)
        parts = []
        if link.estimate is not None:
            parts.append(f"{_w(lang, 'ms').format(ms=ms_text(link.estimate.value))} "
                         f"{lang.translate(KIND_WORDS[LatencyKind.ROUND_TRIP_ESTIMATE].context, KIND_WORDS[LatencyKind.ROUND_TRIP_ESTIMATE])}")  # fmt: skip
        for claim in link.claims:
            parts.append(f"{_w(lang, 'ms').format(ms=ms_text(claim.value or 0.0))} "
                         f"{lang.translate(KIND_WORDS[LatencyKind.OFFICIAL_CLAIM].context, KIND_WORDS[LatencyKind.OFFICIAL_CLAIM])}")  # fmt: skip
        link_labels.append((node_id, "\n".join(parts)))
    network = NetworkChart(
        "why_network", _w(lang, "network"), names, tuple(link_labels), _w(lang, "network_note")
    )

    source_lines = [
        f"[{entry.number}] {entry.provenance.source_in(lang.code)} ({entry.provenance.as_of})"
        + (f" {entry.provenance.url}" if entry.provenance.url else "")
        for entry in sources
    ]
    return Section(
        key="why_guian",
        title=_w(lang, "title"),
        paragraphs=(_w(lang, "intro"),),
        blocks=(figures, network, latency, green_table, _sources_table(lang, source_lines)),
        new_page=True,
    )


def _sources_table(lang, lines: list[str]) -> Table:
    return Table(
        "why_sources",
        _w(lang, "sources"),
        (Column("source", _w(lang, "sources")),),
        tuple((Cell(line, line),) for line in lines),
    )


def add_why_guian(report: Report, pack: DataPack, lang) -> Report:
    """The report with the "Why Gui'an" section first among its sections."""
    return replace(report, sections=(why_guian_section(pack, lang), *report.sections))
