"""Where the network's labels go (explorer.domain.label_layout): clear of the others, the nodes, the links."""

from __future__ import annotations

from explorer.domain.label_layout import Box, NetworkDrawing, Obstacles, choose, crosses, network_labels
from explorer.domain.story import DESTINATION_NODE, NETWORK, NodeKind


def test_a_segment_crosses_a_box_it_passes_through_or_ends_in():
    box = Box(10, 10, 20, 10)
    assert crosses(((0, 15), (40, 15)), box)  # straight through
    assert crosses(((15, 12), (100, 100)), box)  # ends inside
    assert not crosses(((0, 0), (40, 5)), box)  # above it
    assert not crosses(((0, 30), (5, 0)), box)  # beside it


def test_a_label_takes_the_first_free_place_and_then_stands_in_the_way():
    obstacles = Obstacles(Box(0, 0, 100, 100), [Box(40, 40, 20, 20)])
    taken = Box(45, 45, 10, 10)
    free = Box(70, 70, 10, 10)
    assert choose([taken, free, Box(5, 5, 10, 10)], obstacles) == free
    assert obstacles.cost(Box(72, 72, 4, 4)) > 0  # the placed label is now an obstacle
    # nowhere free: the least overlapping place
    crowded = Obstacles(Box(0, 0, 100, 100), [Box(40, 40, 20, 20)])
    assert choose([Box(40, 40, 20, 20), Box(55, 55, 10, 10)], crowded) == Box(55, 55, 10, 10)


def _drawing(scale: float) -> NetworkDrawing:
    """The window's geometry (1,120 x 860, nodes 860 x 720 from x 190) with texts ``scale`` times
    the size of English ones at 22 px, a little wider than drawn (presenter type: 1.2)."""
    centres = {n.id: (190 + n.x * 860, 70 + n.y * 720) for n in NETWORK}
    radii = {
        n.id: 46.0 if n.kind is NodeKind.HUB else 9.0 if n.kind is NodeKind.ORIGIN else 8.0 for n in NETWORK
    }
    radii[DESTINATION_NODE] = 15.0
    sizes = {n.id: (len(str(n.name)) * 10.0 * scale, 28.0 * scale) for n in NETWORK}
    guian = centres[DESTINATION_NODE]
    links = {n.site_id: (centres[n.id], guian) for n in NETWORK if n.kind is NodeKind.ORIGIN and n.site_id}
    sizes |= {f"link:{site}": (270.0 * scale, 52.0 * scale) for site in links}
    return NetworkDrawing(
        bounds=Box(0, 0, 1120, 860), centres=centres, radii=radii,
        kinds={n.id: n.kind.value for n in NETWORK}, hubs={n.id: n.hub for n in NETWORK},
        sizes=sizes, links=links, fixed=(Box(8, 4, 600, 34), Box(8, 790, 800, 66)),
    )  # fmt: skip


def test_every_label_of_the_network_is_clear_of_the_others_the_nodes_and_the_links():
    for scale in (1.0, 1.2):
        drawing = _drawing(scale)
        places = network_labels(drawing)
        assert set(places) == set(drawing.sizes)
        boxes = list(places.items())
        for index, (key, box) in enumerate(boxes):
            assert drawing.bounds.contains(box), key
            assert not any(box.intersects(fixed) for fixed in drawing.fixed), key
            assert not [other for other, b in boxes[index + 1 :] if box.intersects(b)], key
            for node_id, (x, y) in drawing.centres.items():
                r = drawing.radii[node_id]
                if drawing.kinds[node_id] != "hub":
                    assert not box.intersects(Box(x - r, y - r, 2 * r, 2 * r)), (key, node_id)
            assert not [site for site, segment in drawing.links.items() if crosses(segment, box)], key
