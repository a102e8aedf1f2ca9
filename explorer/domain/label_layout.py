"""Where a diagram's labels go: clear of each other, of the nodes and of the links (issue 16).

The network schematic is drawn twice, in the window (explorer/ui/overview/network_diagram.py) and
in the investor pack's PDF (explorer/reports/why_guian.py), with labels whose sizes depend on the
language and the type size. No fixed place suits them all, so each label tries a few places
around its node (or along its link), in the order the drawing prefers, and takes the first that
touches nothing already placed; when none is free it takes the one that overlaps least. Placed
labels become obstacles for the next ones, so the order of placement is the order of importance.

Pure geometry in the drawing's own units (y grows downwards); the callers measure the texts.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from explorer.domain.story import DESTINATION_NODE

Point = tuple[float, float]
Segment = tuple[Point, Point]

GAP = 4.0  # between a label and what it names (in the drawing's units, scaled by ``around``'s caller)
HARD = 1000.0  # the cost of touching a label, a node, a link or leaving the drawing
SOFT = 5.0  # the cost of lying over another hub's circle (readable, but less clear)
COMPASS = ("e", "w", "n", "s", "ne", "se", "nw", "sw")


@dataclass(frozen=True, slots=True)
class Box:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def intersects(self, other: Box) -> bool:
        return (
            self.x < other.right and other.x < self.right and self.y < other.bottom and other.y < self.bottom
        )

    def overlap(self, other: Box) -> float:
        width = min(self.right, other.right) - max(self.x, other.x)
        height = min(self.bottom, other.bottom) - max(self.y, other.y)
        return max(0.0, width) * max(0.0, height)

    def contains(self, other: Box) -> bool:
        return (
            self.x <= other.x
            and self.y <= other.y
            and other.right <= self.right
            and other.bottom <= self.bottom
        )

    def holds(self, point: Point) -> bool:
        return self.x <= point[0] <= self.right and self.y <= point[1] <= self.bottom

    def grown(self, by: float) -> Box:
        return Box(self.x - by, self.y - by, self.w + 2 * by, self.h + 2 * by)


def crosses(segment: Segment, box: Box) -> bool:
    """Whether ``segment`` passes through ``box`` (or ends inside it)."""
    a, b = segment
    if box.holds(a) or box.holds(b):
        return True
    corners = ((box.x, box.y), (box.right, box.y), (box.right, box.bottom), (box.x, box.bottom))
    return any(_segments_meet(a, b, corners[i], corners[(i + 1) % 4]) for i in range(4))


def _orientation(a: Point, b: Point, c: Point) -> float:
    return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])


def _segments_meet(p1: Point, p2: Point, q1: Point, q2: Point) -> bool:
    d1, d2 = _orientation(q1, q2, p1), _orientation(q1, q2, p2)
    d3, d4 = _orientation(p1, p2, q1), _orientation(p1, p2, q2)
    return d1 * d2 < 0 and d3 * d4 < 0


def _circle_meets_box(centre: Point, radius: float, box: Box) -> bool:
    nearest_x = min(max(centre[0], box.x), box.right)
    nearest_y = min(max(centre[1], box.y), box.bottom)
    return math.hypot(centre[0] - nearest_x, centre[1] - nearest_y) < radius - 2


@dataclass
class Obstacles:
    bounds: Box
    boxes: list[Box] = field(default_factory=list)  # labels placed, nodes, title, legend
    segments: list[Segment] = field(default_factory=list)  # the links
    circles: list[tuple[Point, float, str]] = field(default_factory=list)  # hub circles: centre, radius, id
    margin: float = 2.0  # how near a label may come to a link or the drawing's edge

    def hubs_at(self, point: Point) -> frozenset[str]:
        """The hubs whose circle holds ``point``: a node's label may lie over them at no cost."""
        return frozenset(i for c, r, i in self.circles if math.hypot(c[0] - point[0], c[1] - point[1]) <= r)

    def cost(self, box: Box, own_hubs: frozenset[str] = frozenset()) -> float:
        """How badly ``box`` sits: 0 when it touches nothing."""
        cost = 0.0
        if not self.bounds.grown(-self.margin).contains(box):
            cost += HARD
        for other in self.boxes:
            if box.intersects(other):
                cost += HARD + box.overlap(other)
        near = box.grown(self.margin)
        cost += sum(HARD for segment in self.segments if crosses(segment, near))
        cost += sum(
            SOFT
            for centre, radius, hub_id in self.circles
            if hub_id not in own_hubs and _circle_meets_box(centre, radius, box)
        )
        return cost


def around(centre: Point, radius: float, size: tuple[float, float], order: str, gap: float = GAP,
           far: float = 26.0) -> list[Box]:  # fmt: skip
    """Places next to a round node (or a hub's circle), in ``order``.

    ``order`` names them by compass point: "e" right, "w" left, "n" above, "s" below, the
    diagonals "ne", "se", "nw", "sw"; a "+" ("e+") is the same place ``far`` further out, a "^"
    ("e^") a third of the label's height higher (between two links leaving a node). Every place
    ``order`` leaves out follows, near ones first, so a label always finds somewhere.
    """
    tokens = order.split()
    tokens += [name for name in COMPASS if name not in tokens]
    tokens += [name + "+" for name in COMPASS if name + "+" not in tokens]
    w, h = size
    places = []
    for token in tokens:
        name = token.rstrip("+^")
        r = radius + gap + (far if "+" in token else 0.0)
        x, y, d = centre[0], centre[1], r * 0.72
        left, top = {
            "e": (x + r, y - h / 2),
            "w": (x - r - w, y - h / 2),
            "n": (x - w / 2, y - r - h),
            "s": (x - w / 2, y + r),
            "ne": (x + d, y - d - h),
            "se": (x + d, y + d),
            "nw": (x - d - w, y - d - h),
            "sw": (x - d - w, y + d),
        }[name]
        places.append(Box(left, top - (h / 3 if "^" in token else 0.0), w, h))
    return places


def beside(segment: Segment, size: tuple[float, float], fractions: tuple[float, ...],
           towards: Point = (0.0, 1.0), gap: float = GAP, far: float = 26.0) -> list[Box]:  # fmt: skip
    """Places beside a link at ``fractions`` of its length from its start: first on the side
    ``towards`` points to (south by default), near the line then ``far`` and twice ``far`` out (a
    crowded stretch pushes a label out), then the same on the other side."""
    (x1, y1), (x2, y2) = segment
    length = math.hypot(x2 - x1, y2 - y1) or 1.0
    dx, dy = (x2 - x1) / length, (y2 - y1) / length
    normals = sorted(((-dy, dx), (dy, -dx)), key=lambda n: -(n[0] * towards[0] + n[1] * towards[1]))
    w, h = size
    places = []
    for nx, ny in normals:
        for extra in (0.0, far, 2 * far):
            for t in fractions:
                px, py = x1 + (x2 - x1) * t, y1 + (y2 - y1) * t
                reach = (abs(nx) * w + abs(ny) * h) / 2 + gap + 2 + extra  # half the label across the line
                places.append(Box(px + nx * reach - w / 2, py + ny * reach - h / 2, w, h))
    return places


def choose(places: list[Box], obstacles: Obstacles, own_hubs: frozenset[str] = frozenset()) -> Box:
    """The first place that touches nothing; else the least bad one. It becomes an obstacle."""
    best, best_cost = places[0], math.inf
    for place in places:
        cost = obstacles.cost(place, own_hubs)
        if cost == 0:
            best = place
            break
        if cost < best_cost:
            best, best_cost = place, cost
    obstacles.boxes.append(best)
    return best


# --- the network schematic's labels ------------------------------------------------------------

# Each node's places in order of preference (compass points, ``around``; the others follow): a
# hub's name above its circle, a site's right of it, unless the map is crowded there.
PLACES = {"hub": "n s", "cluster": "e w", "origin": "e w"}
PREFER = {
    DESTINATION_NODE: "e e^+ s+",
    "origin_sichuan": "w sw nw",
    "tianfu": "w n",
    "zhongwei": "w",
    "yrd_demo": "w s",
    "wuhu": "w n",
    "zhangjiakou": "n nw",
    "hub_guizhou": "s+ sw s w",
    "hub_gba": "e se",
}
# The side of its link a latency label goes first: Beijing's east of its line (the west is the
# western hubs'), the others south of theirs.
LINK_SIDE: dict[str, Point] = {"beijing": (1.0, 0.0)}
LINK_FRACTIONS = (0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.1, 0.9)


@dataclass(frozen=True, slots=True)
class NetworkDrawing:
    """What a drawing of the network measured: where things are and how big its texts are."""

    bounds: Box
    centres: dict[str, Point]  # node id -> centre
    radii: dict[str, float]  # node id -> the radius of its mark (a hub's: its circle's)
    kinds: dict[str, str]  # node id -> "hub", "cluster" or "origin"
    hubs: dict[str, str]  # node id -> its hub's id ("" for none)
    sizes: dict[str, tuple[float, float]]  # label key -> (width, height): node ids and "link:<site>"
    links: dict[str, Segment]  # origin site id -> its link, from the origin to Gui'an
    fixed: tuple[Box, ...] = ()  # title, legend: already placed
    gap: float = GAP
    far: float = 26.0


def network_labels(drawing: NetworkDrawing) -> dict[str, Box]:
    """Every label's place: Gui'an first, then the origins, the clusters, the hubs and, last, the
    latencies (each has many places along its link; a name has only its node's)."""
    marks = [
        Box(c[0] - drawing.radii[i], c[1] - drawing.radii[i], 2 * drawing.radii[i], 2 * drawing.radii[i])
        for i, c in drawing.centres.items()
        if drawing.kinds[i] != "hub"
    ]
    circles = [(c, drawing.radii[i], i) for i, c in drawing.centres.items() if drawing.kinds[i] == "hub"]
    obstacles = Obstacles(drawing.bounds, [*drawing.fixed, *marks], list(drawing.links.values()), circles)
    placed: dict[str, Box] = {}

    def place(node_id: str) -> None:
        centre = drawing.centres[node_id]
        order = PREFER.get(node_id, PLACES[drawing.kinds[node_id]])
        own = obstacles.hubs_at(centre) | {node_id, drawing.hubs.get(node_id, "")}
        places = around(
            centre, drawing.radii[node_id], drawing.sizes[node_id], order, drawing.gap, drawing.far
        )
        placed[node_id] = choose(places, obstacles, own)

    by_kind = {kind: [i for i in drawing.centres if drawing.kinds[i] == kind] for kind in PLACES}
    first = [i for i in (DESTINATION_NODE,) if i in drawing.centres]
    for node_id in first + by_kind["origin"] + by_kind["cluster"] + by_kind["hub"]:
        if node_id not in placed and node_id in drawing.sizes:
            place(node_id)
    for site, segment in drawing.links.items():
        key = f"link:{site}"
        if key in drawing.sizes:
            places = beside(segment, drawing.sizes[key], LINK_FRACTIONS, LINK_SIDE.get(site, (0.0, 1.0)),
                            drawing.gap, drawing.far)  # fmt: skip
            placed[key] = choose(places, obstacles)
    return placed
