"""HTML view: the graph as one self-contained page, explorable offline in any browser.

The page is rendered with paperkg's own template (``templates/graph.html``), which inlines vis-network
(shipped inside the pyvis package) and needs no network at all: pyvis's own templates link Bootstrap
from a CDN even with ``cdn_resources="in_line"``.
Text from abstracts never becomes markup: the graph travels as JSON inside a
``<script type="application/json">`` element with ``<``, ``>`` and ``&`` escaped, and the page's
script writes it with ``textContent`` and DOM properties only.

The layout is computed here, not in the browser: vis.js physics takes tens of seconds to settle a few
hundred nodes in headless Chromium and never settles thousands, so the page ships fixed positions
with physics off and is interactive as soon as it has drawn once.
"""
from __future__ import annotations

import json
import math
from collections import deque
from importlib import resources
from pathlib import Path
from typing import IO, Any, Iterable, NamedTuple

import networkx as nx

from ..files import atomic_writer

#: Colour and vis.js shape per node type (also drawn in the page's legend).
STYLE = {
    "Paper": ("#4e79a7", "square"),
    "Method": ("#f28e2b", "dot"),
    "Model": ("#e15759", "dot"),
    "Dataset": ("#76b7b2", "diamond"),
    "Benchmark": ("#59a14f", "diamond"),
    "Metric": ("#edc948", "triangle"),
    "Task": ("#b07aa1", "star"),
    "Claim": ("#9c755f", "hexagon"),
}
ENTITY_TYPES = ("Method", "Model", "Dataset", "Benchmark", "Metric", "Task")
#: Node types of each view (``results`` is defined by the claims' links instead, see :func:`select_view`).
VIEWS = {
    "all": frozenset(STYLE),
    "papers": frozenset(("Paper", *ENTITY_TYPES)),
    "techniques": frozenset(("Paper", "Method", "Model")),
    "results": frozenset(("Paper", "Claim", *ENTITY_TYPES)),
}
#: Nodes laid out by force simulation; the rest are placed next to their neighbours (O(n) instead of O(n^2)).
SKELETON_MAX = 1200
#: Pixels per unit of ideal edge length.
SCALE = 70.0
LABEL_PAPERS = 3


class View(NamedTuple):
    """A selected subgraph and the sentence the page shows about how it was filtered ("" when it is whole)."""

    graph: nx.MultiDiGraph
    note: str


def paper_count(attrs: dict[str, Any]) -> int:
    """Papers behind a node: the size of an entity; papers and claims count as one."""
    return len(attrs.get("papers", ())) if attrs.get("type") in ENTITY_TYPES else 1


def find_node(G: nx.MultiDiGraph, name: str) -> str:
    """The node whose name or alias is ``name`` (case-insensitive); a node id works too.

    Entities win over papers and claims with the same text, then the node used by most papers,
    so that ``--focus BERT`` means the method and not a claim quoting it.
    """
    if name in G:
        return name
    want = name.strip().casefold()
    best: tuple[int, int, int] | None = None
    found = ""
    for order, (node, attrs) in enumerate(G.nodes(data=True)):
        forms = (attrs.get("name", ""), *attrs.get("aliases", ()))
        if any(str(f).casefold() == want for f in forms):
            rank = (0 if attrs.get("type") in ENTITY_TYPES else 1, -paper_count(attrs), order)
            if best is None or rank < best:
                best, found = rank, node
    if best is None:
        raise KeyError(f"no node named {name!r} (names and aliases match without case)")
    return found
