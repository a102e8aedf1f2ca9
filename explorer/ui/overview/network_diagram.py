"""East Data, West Computing as a schematic: 8 hubs, 10 clusters, the origins linked to Gui'an.

Schematic on purpose: nodes at approximate relative positions (explorer.domain.story.NETWORK), no
national or provincial boundaries. Hovering a node shows its key parameters; clicking a site of
the data pack emits ``site_clicked`` (the main window opens it in the Calculator). The items are
created once; a language or pack change only sets their texts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from explorer.domain.label_layout import Box, NetworkDrawing, network_labels
from explorer.domain.latency import KIND_WORDS, LatencyKind, ms_text
from explorer.domain.messages import local
from explorer.domain.story import (
    DESTINATION_NODE,
    NETWORK,
    NetworkNode,
    NodeKind,
    OpenAs,
    OriginLink,
    open_as,
    origin_links,
    site_parameter_lines,
)
from explorer.ui.state import AppState
from explorer.ui.widgets.plain_text import plain_tooltip

# The nodes span NODES_W x NODES_H; the scene leaves room around them for the labels, more on the
# west (Sichuan's latencies go left of its link). Both views are wider than tall, so the width
# costs no scale.
SCENE_W, SCENE_H = 1120.0, 860.0
MARGIN, WEST = 70.0, 190.0
NODES_W, NODES_H = 860.0, 720.0
HUB_R, CLUSTER_R, GUIAN_R, ORIGIN_HALF = 46.0, 8.0, 15.0, 9.0
EASTERN, WESTERN = QColor("#3b6fb6"), QColor("#1b8a6b")
HIGHLIGHT, ORIGIN, LINK, TEXT, MUTED = (
    QColor("#d9822b"), QColor("#6c7a89"), QColor("#c8553d"), QColor("#1f2933"), QColor("#52606d"),
)  # fmt: skip


def _t(template: str) -> str:
    return QCoreApplication.translate(template.context, template)  # type: ignore[attr-defined]


def _radius(node: NetworkNode) -> float:
    """The size of a node's mark: a hub's circle, Gui'an's dot, a cluster's dot, an origin's square."""
    if node.kind is NodeKind.HUB:
        return HUB_R
    if node.kind is NodeKind.ORIGIN:
        return ORIGIN_HALF
    return GUIAN_R if node.id == DESTINATION_NODE else CLUSTER_R


def _box(rect: QRectF) -> Box:
    return Box(rect.x(), rect.y(), rect.width(), rect.height())


def _pos(node: NetworkNode) -> QPointF:
    return QPointF(WEST + node.x * NODES_W, MARGIN + node.y * NODES_H)


class _Clickable:
    """Mixin for a node that opens a site when clicked."""

    diagram: NetworkDiagram
    site_id: str | None

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.site_id and event.button() == Qt.MouseButton.LeftButton:
            self.diagram.site_clicked.emit(self.site_id)
            event.accept()
            return
        super().mousePressEvent(event)  # type: ignore[misc]


class NodeDot(_Clickable, QGraphicsEllipseItem):
    pass


class NodeSquare(_Clickable, QGraphicsRectItem):
    pass


class NetworkDiagram(QGraphicsView):
    """The national computing network, drawn once; texts follow the language and the pack."""

    site_clicked = Signal(str)  # a site id of the data pack

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("networkDiagram")
        self._state = state
        self._presenter = False
        self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setMinimumSize(280, 240)
        self.setMouseTracking(True)
        self.scene_ = QGraphicsScene(0, 0, SCENE_W, SCENE_H, self)
        self.setScene(self.scene_)
        self.nodes: dict[str, QGraphicsItem] = {}  # node id -> its dot, square or hub circle
        self.labels: dict[str, QGraphicsSimpleTextItem] = {}
        self.links: dict[str, tuple[QGraphicsLineItem, QGraphicsSimpleTextItem]] = {}  # origin site id
        self.legend = QGraphicsSimpleTextItem()
        self.title = QGraphicsSimpleTextItem()
        self._build()
        state.pack_changed.connect(self.retranslate)
        state.language_changed.connect(lambda _lang: self.retranslate())
        self.retranslate()

    # --- building (once) ------------------------------------------------------------------------
    def _build(self) -> None:
        scene = self.scene_
        for item in NETWORK:
            if item.kind is not NodeKind.HUB:
                continue
            colour = EASTERN if item.east else WESTERN
            fill = QColor(colour)
            fill.setAlpha(28)
            centre = _pos(item)
            circle = QGraphicsEllipseItem(
                QRectF(centre.x() - HUB_R, centre.y() - HUB_R, 2 * HUB_R, 2 * HUB_R)
            )
            circle.setBrush(QBrush(fill))
            circle.setPen(QPen(colour, 1.5, Qt.PenStyle.DashLine))
            circle.setZValue(0)
            circle.setAcceptHoverEvents(True)
            scene.addItem(circle)
            self.nodes[item.id] = circle
        guian = _pos(next(n for n in NETWORK if n.id == DESTINATION_NODE))
        for origin_site in ("guangdong", "sichuan", "beijing"):
            start = _pos(next(n for n in NETWORK if n.site_id == origin_site and n.kind is NodeKind.ORIGIN))
            line = QGraphicsLineItem(start.x(), start.y(), guian.x(), guian.y())
            line.setPen(QPen(LINK, 3.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            line.setZValue(1)
            scene.addItem(line)
            label = QGraphicsSimpleTextItem()
            label.setBrush(QBrush(LINK))
            label.setZValue(5)
            scene.addItem(label)
            self.links[origin_site] = (line, label)
        for item in NETWORK:
            if item.kind is NodeKind.HUB:
                continue
            centre = _pos(item)
            if item.kind is NodeKind.ORIGIN:
                node = NodeSquare(QRectF(centre.x() - ORIGIN_HALF, centre.y() - ORIGIN_HALF, 2 * ORIGIN_HALF,
                                         2 * ORIGIN_HALF))  # fmt: skip
                node.setBrush(QBrush(ORIGIN))
            else:
                radius = GUIAN_R if item.id == DESTINATION_NODE else CLUSTER_R
                node = NodeDot(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius))
                node.setBrush(
                    QBrush(
                        HIGHLIGHT
                        if item.id == DESTINATION_NODE
                        else (EASTERN if self._hub_east(item) else WESTERN)
                    )
                )
            node.diagram = self
            node.site_id = item.site_id
            node.setPen(QPen(QColor("white"), 2.0))
            node.setZValue(3)
            node.setAcceptHoverEvents(True)
            if item.site_id:
                node.setCursor(Qt.CursorShape.PointingHandCursor)
            scene.addItem(node)
            self.nodes[item.id] = node
        for item in NETWORK:
            label = QGraphicsSimpleTextItem()
            label.setZValue(4)
            label.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            scene.addItem(label)
            self.labels[item.id] = label
        for item in (self.title, self.legend):
            item.setZValue(6)
            scene.addItem(item)

    @staticmethod
    def _hub_east(item: NetworkNode) -> bool:
        return any(hub.id == item.hub and hub.east for hub in NETWORK)

    # --- texts (language, pack) ------------------------------------------------------------------
    def set_presenter(self, on: bool) -> None:
        """Larger labels and thicker lines for a projector."""
        self._presenter = on
        self.retranslate()

    def retranslate(self) -> None:
        pack = self._state.pack
        scale = 1.2 if self._presenter else 1.0
        base = QFont(self.font())
        for item in NETWORK:
            label = self.labels[item.id]
            label.setText(_t(item.name))  # short names ("Guangdong"); the pack's full name on hover
            font = QFont(base)
            size = {NodeKind.HUB: 22, NodeKind.CLUSTER: 21, NodeKind.ORIGIN: 24}[item.kind]
            if item.id == DESTINATION_NODE:
                size = 30
            font.setPixelSize(round(size * scale))
            font.setBold(item.id == DESTINATION_NODE or item.kind is NodeKind.ORIGIN)
            font.setItalic(item.kind is NodeKind.HUB)
            label.setFont(font)
            label.setBrush(QBrush(HIGHLIGHT.darker(130) if item.id == DESTINATION_NODE else
                                  (MUTED if item.kind is NodeKind.HUB else TEXT)))  # fmt: skip
            self.nodes[item.id].setToolTip(plain_tooltip(self._hover_text(item)))
        shown_links = set()
        for link in origin_links(pack):
            line, label = self.links[link.origin_site]
            pen = line.pen()
            pen.setWidthF(3.0 * (1.6 if self._presenter else 1.0))
            line.setPen(pen)
            label.setText(self.link_text(link))
            font = QFont(base)
            font.setPixelSize(round(20 * scale))
            font.setBold(True)
            label.setFont(font)
            line.setToolTip(plain_tooltip(self.link_tooltip(link)))
            label.setToolTip(line.toolTip())
            shown_links.add(link.origin_site)
        for origin_site, (line, label) in self.links.items():
            line.setVisible(origin_site in shown_links)
            label.setVisible(origin_site in shown_links)
        title_font = QFont(base)
        title_font.setPixelSize(round(28 * scale))
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setText(self.tr("East Data, West Computing: 8 hubs, 10 clusters"))
        self.title.setPos(8, 4)
        self.title.setVisible(not self._presenter)  # the presenter's screen has its own title
        legend_font = QFont(base)
        legend_font.setPixelSize(round(18 * scale))
        self.legend.setFont(legend_font)
        self.legend.setBrush(QBrush(MUTED))
        lines = [self.tr("Schematic: approximate relative positions, no boundaries.")]
        if not self._presenter:
            lines += [
                self.tr("Blue: eastern hubs; green: western hubs; squares: where firms move from."),
                self.tr("Click a site to open it in the Calculator."),
            ]
        self.legend.setText("\n".join(lines))
        width = self.legend.boundingRect().width()
        self.legend.setScale(min(1.0, (SCENE_W - 16) / width) if width else 1.0)
        self.legend.setPos(8, SCENE_H - self.legend.boundingRect().height() * self.legend.scale() - 6)
        self.setAccessibleName(self.tr("Diagram of the national computing network"))
        self.setAccessibleDescription(" ".join(lines))
        self._place_labels()
        self._fit()

    # --- where the labels go ------------------------------------------------------------------------
    def _place_labels(self) -> None:
        """Every label clear of the others, of the nodes and of the links, whatever its size
        (explorer.domain.label_layout, which the PDF's drawing uses too)."""
        rect = self.scene_.sceneRect()
        fixed = tuple(
            _box(item.sceneBoundingRect()) for item in (self.title, self.legend) if item.isVisible()
        )
        sizes: dict[str, tuple[float, float]] = {}
        for node_id, label in self.labels.items():
            sizes[node_id] = (label.boundingRect().width(), label.boundingRect().height())
        links = {}
        for site, (line, label) in self.links.items():
            if line.isVisible():
                segment = line.line()
                links[site] = ((segment.x1(), segment.y1()), (segment.x2(), segment.y2()))
                sizes[f"link:{site}"] = (label.boundingRect().width(), label.boundingRect().height())
        drawing = NetworkDrawing(
            bounds=_box(rect),
            centres={n.id: (_pos(n).x(), _pos(n).y()) for n in NETWORK},
            radii={n.id: _radius(n) for n in NETWORK},
            kinds={n.id: n.kind.value for n in NETWORK},
            hubs={n.id: n.hub for n in NETWORK},
            sizes=sizes,
            links=links,
            fixed=fixed,
        )
        for key, box in network_labels(drawing).items():
            item = self.links[key.removeprefix("link:")][1] if key.startswith("link:") else self.labels[key]
            item.setPos(box.x, box.y)

    def label_rects(self) -> dict[str, QRectF]:
        """Every visible text's place in the scene (for tests: nothing overlaps)."""
        rects = {f"node:{k}": v.sceneBoundingRect() for k, v in self.labels.items()}
        rects |= {f"link:{k}": v[1].sceneBoundingRect() for k, v in self.links.items() if v[1].isVisible()}
        rects |= {name: item.sceneBoundingRect() for name, item in (("title", self.title), ("legend", self.legend))
                  if item.isVisible()}  # fmt: skip
        return rects

    def _hover_text(self, item: NetworkNode) -> str:
        pack = self._state.pack
        language = self._state.language
        lines = [_t(item.name)]
        if item.kind is NodeKind.HUB:
            lines.append(
                self.tr("National hub node (eastern)")
                if item.east
                else self.tr("National hub node (western)")
            )
            clusters = [_t(n.name) for n in NETWORK if n.hub == item.id]
            lines.append(self.tr("Clusters: {names}").format(names=", ".join(clusters)))
            return "\n".join(lines)
        site = pack.sites.get(item.site_id or "")
        if site is not None:
            lines[0] = local(site.name_en, site.name_zh, language)
            cluster = local(site.hub_cluster_en, site.hub_cluster_zh, language)
            if cluster:
                lines.append(cluster)
            for template, value in site_parameter_lines(pack, site.id):
                lines.append(_t(template).format(value=value))
            how = open_as(pack, site.id)
            lines.append(
                {
                    OpenAs.DESTINATION: self.tr("Click: open in the Calculator as the destination"),
                    OpenAs.COMPARATOR: self.tr("Click: open in the Calculator as a comparator"),
                    OpenAs.ORIGIN: self.tr("Click: open in the Calculator as the firm's origin"),
                }[how]
            )
        else:
            lines.append(self.tr("National data-centre cluster (no figures in the data pack)"))
        return "\n".join(lines)

    def link_text(self, link: OriginLink) -> str:
        """The label on a link: the round-trip estimate and the official claim, each named as what it is."""
        parts = []
        if link.estimate is not None:
            parts.append(
                self.tr("{ms} ms {kind}").format(
                    ms=ms_text(link.estimate.value), kind=_t(KIND_WORDS[LatencyKind.ROUND_TRIP_ESTIMATE])
                )
            )
        for claim in link.claims:
            parts.append(
                self.tr("{ms} ms {kind}").format(
                    ms=ms_text(claim.value or 0.0), kind=_t(KIND_WORDS[LatencyKind.OFFICIAL_CLAIM])
                )
            )
        return "\n".join(parts)

    def link_tooltip(self, link: OriginLink) -> str:
        language = self._state.language
        region = self._state.pack.user_regions.get(link.region_id)
        region_name = local(region.name_en, region.name_zh, language) if region else link.region_id
        lines = [self.tr("Gui'an to {region}").format(region=region_name), self.link_text(link)]
        if link.estimate is not None:
            lines.append(link.estimate.provenance.source_in(language))
        for claim in link.claims:
            lines.append(claim.provenance.source_in(language))
        return "\n".join(lines)

    # --- view ---------------------------------------------------------------------------------------
    def _fit(self) -> None:
        self.fitInView(self.scene_.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def node_centre(self, node_id: str) -> QPointF:
        """Where a node is drawn, in view coordinates (for tests and the presenter)."""
        return QPointF(self.mapFromScene(_pos(next(n for n in NETWORK if n.id == node_id))))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()
