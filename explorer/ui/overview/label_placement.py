"""Where the network diagram's labels go: clear of each other, of the nodes and of the links.

The labels' sizes depend on the language and on presenter mode (larger type), so no fixed place
suits them all: each label tries a few places around its node (or along its link), in the order
the diagram prefers, and takes the first that touches nothing already placed; when none is free it
takes the one that overlaps least. Placed labels become obstacles for the next ones, so the order
of placement is the order of importance (Gui'an, the origins, the links' latencies, the clusters,
the hubs).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QLineF, QPointF, QRectF, QSizeF

GAP = 4.0  # between a label and what it names
HARD = 1000.0  # the cost of touching a label, a node, a link or leaving the scene
SOFT = 5.0  # the cost of lying over another hub's circle (readable, but less clear)


@dataclass
class Obstacles:
    bounds: QRectF
    rects: list[QRectF] = field(default_factory=list)  # labels placed, nodes, title, legend
    lines: list[QLineF] = field(default_factory=list)  # the links
    circles: list[tuple[QPointF, float, str]] = field(default_factory=list)  # hub circles: centre, radius, id

    def hubs_at(self, point: QPointF) -> frozenset[str]:
        """The hubs whose circle holds ``point``: a node's label may lie over them at no cost."""
        return frozenset(
            i for c, r, i in self.circles if math.hypot(c.x() - point.x(), c.y() - point.y()) <= r
        )

    def cost(self, rect: QRectF, own_hubs: frozenset[str] = frozenset()) -> float:
        """How badly ``rect`` sits: 0 when it touches nothing."""
        cost = 0.0
        inner = self.bounds.adjusted(2, 2, -2, -2)
        if not inner.contains(rect):
            cost += HARD
        for other in self.rects:
            if rect.intersects(other):
                overlap = rect.intersected(other)
                cost += HARD + overlap.width() * overlap.height()
        for line in self.lines:
            if crosses(line, rect.adjusted(-2, -2, 2, 2)):
                cost += HARD
        for centre, radius, hub_id in self.circles:
            if hub_id not in own_hubs and _circle_meets_rect(centre, radius, rect):
                cost += SOFT
        return cost


def crosses(line: QLineF, rect: QRectF) -> bool:
    """Whether the segment ``line`` passes through ``rect`` (or ends inside it)."""
    if rect.contains(line.p1()) or rect.contains(line.p2()):
        return True
    corners = (rect.topLeft(), rect.topRight(), rect.bottomRight(), rect.bottomLeft())
    return any(_segments_meet(line.p1(), line.p2(), corners[i], corners[(i + 1) % 4]) for i in range(4))


def _orientation(a: QPointF, b: QPointF, c: QPointF) -> float:
    return (b.x() - a.x()) * (c.y() - a.y()) - (b.y() - a.y()) * (c.x() - a.x())


def _segments_meet(p1: QPointF, p2: QPointF, q1: QPointF, q2: QPointF) -> bool:
    d1, d2 = _orientation(q1, q2, p1), _orientation(q1, q2, p2)
    d3, d4 = _orientation(p1, p2, q1), _orientation(p1, p2, q2)
    return d1 * d2 < 0 and d3 * d4 < 0


def _circle_meets_rect(centre: QPointF, radius: float, rect: QRectF) -> bool:
    nearest_x = min(max(centre.x(), rect.left()), rect.right())
    nearest_y = min(max(centre.y(), rect.top()), rect.bottom())
    return math.hypot(centre.x() - nearest_x, centre.y() - nearest_y) < radius - 2


COMPASS = ("e", "w", "n", "s", "ne", "se", "nw", "sw")
FAR = 26.0  # a "+" place ("e+") is this much further out


def around(centre: QPointF, radius: float, size: QSizeF, order: str) -> list[QRectF]:
    """Places next to a round node (or a hub's circle), as top-left rectangles, in ``order``.

    ``order`` names them by compass point: "e" right, "w" left, "n" above, "s" below, the
    diagonals "ne", "se", "nw", "sw"; a "+" ("e+") is the same place a little further out, a "^"
    ("e^") a third of the label's height higher (between two links leaving a node). Every place
    ``order`` leaves out follows, near ones first, so a label always finds somewhere.
    """
    tokens = order.split()
    tokens += [name for name in COMPASS if name not in tokens]
    tokens += [name + "+" for name in COMPASS if name + "+" not in tokens]
    w, h = size.width(), size.height()
    places = []
    for token in tokens:
        name = token.rstrip("+^")
        r = radius + GAP + (FAR if "+" in token else 0.0)
        x, y, d = centre.x(), centre.y(), r * 0.72
        spot = {
            "e": (x + r, y - h / 2),
            "w": (x - r - w, y - h / 2),
            "n": (x - w / 2, y - r - h),
            "s": (x - w / 2, y + r),
            "ne": (x + d, y - d - h),
            "se": (x + d, y + d),
            "nw": (x - d - w, y - d - h),
            "sw": (x - d - w, y + d),
        }[name]
        left, top = spot
        places.append(QRectF(left, top - (h / 3 if "^" in token else 0.0), w, h))
    return places


def beside(
    line: QLineF, size: QSizeF, fractions: tuple[float, ...], towards: tuple[float, float] = (0.0, 1.0)
) -> list[QRectF]:
    """Places beside a link at ``fractions`` of its length from its start: first on the side
    ``towards`` points to (south by default), near the line then a little and a lot further out (a
    crowded stretch pushes a label out), then the same on the other side."""
    length = line.length() or 1.0
    dx, dy = line.dx() / length, line.dy() / length
    normals = sorted(((-dy, dx), (dy, -dx)), key=lambda n: -(n[0] * towards[0] + n[1] * towards[1]))
    w, h = size.width(), size.height()
    places = []
    for nx, ny in normals:
        for extra in (0.0, FAR, 2 * FAR):
            for t in fractions:
                point = line.pointAt(t)
                reach = (abs(nx) * w + abs(ny) * h) / 2 + GAP + 2 + extra  # half the label across the line
                cx, cy = point.x() + nx * reach, point.y() + ny * reach
                places.append(QRectF(cx - w / 2, cy - h / 2, w, h))
    return places


def choose(places: list[QRectF], obstacles: Obstacles, own_hubs: frozenset[str] = frozenset()) -> QRectF:
    """The first place that touches nothing; else the least bad one. It becomes an obstacle."""
    best, best_cost = places[0], math.inf
    for place in places:
        cost = obstacles.cost(place, own_hubs)
        if cost == 0:
            best = place
            break
        if cost < best_cost:
            best, best_cost = place, cost
    obstacles.rects.append(best)
    return best
