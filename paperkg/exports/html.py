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

A page must stay usable at any corpus size, so what it holds depends on the nodes it draws, not on
the corpus: :func:`page_view` cuts a big graph to its :data:`PAGE_MAX_NODES` most connected nodes
(what ``paperkg build`` writes), and a node's details list at most :data:`PAPERS_LISTED` papers
("and K more"), because a common entity is cited by a share of every paper in the collection.
"""
from __future__ import annotations

import json
import math
from collections import deque
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import IO, Any, NamedTuple

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
#: The most nodes in the page ``paperkg build`` writes; a bigger graph gets its most connected nodes.
#: 5,000 nodes are interactive in ~2.5 s in headless Chromium (2,000 in ~1.5 s; 212,911 took 86 s): docs/html-view.md.
PAGE_MAX_NODES = 5000
#: Papers listed in a node's details; the rest are counted ("and 1,234 more").
PAPERS_LISTED = 20
#: Nodes laid out by force simulation; the rest are placed next to their neighbours (O(n) instead of O(n^2)).
SKELETON_MAX = 1200
#: Pixels per unit of ideal edge length.
SCALE = 120.0
#: ForceAtlas2-like constants: repulsion between masses (degree + 1), gravity towards the centre.
REPULSION = 2.0
GRAVITY = 1.0


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


def select_view(
    G: nx.MultiDiGraph,
    *,
    view: str = "all",
    focus: str | None = None,
    depth: int = 1,
    min_papers: int = 0,
    max_nodes: int | None = None,
) -> View:
    """The part of the graph a page should show, and a note saying how it was cut.

    Filters apply in order: the view's node types (``results``: claims, what they link to, and the
    papers reporting them), ``min_papers`` on entities, the ``focus`` node's neighbourhood (links in
    either direction, ``depth`` steps, inside what is left), then ``max_nodes`` keeping the most
    connected nodes (the focus node always stays).  Node order follows ``G``, so the page is
    deterministic.  Titles of the papers a node's details list (:func:`listed_papers`) that the
    view drops go to ``graph.graph["paper_titles"]`` for the details panel.
    """
    if view not in VIEWS:
        raise ValueError(f"unknown view {view!r}; expected one of {', '.join(VIEWS)}")
    total = G.number_of_nodes()
    reasons: list[str] = []
    kinds = VIEWS[view]
    keep = {n for n, t in G.nodes(data="type") if t in kinds}
    if view == "results":
        claims = [n for n in keep if G.nodes[n]["type"] == "Claim"]
        keep = set(claims)
        for c in claims:
            keep.update(v for _, v in G.out_edges(c))
            keep.update(u for u, _ in G.in_edges(c))
    if view != "all":
        reasons.append(f"{view} view")
    if min_papers > 1:
        keep = {n for n in keep if G.nodes[n]["type"] not in ENTITY_TYPES or paper_count(G.nodes[n]) >= min_papers}
        reasons.append(f"entities in at least {min_papers} papers")
    target = None
    if focus:
        target = find_node(G, focus)
        keep.add(target)
        keep = _neighbourhood(G, target, depth, keep)
        reasons.append(f"within {depth} link{'s' if depth != 1 else ''} of {G.nodes[target]['name']!r}")
    if max_nodes is not None and max_nodes > 0 and len(keep) > max_nodes:
        degree = _degrees_within(G, keep)
        order = {n: i for i, n in enumerate(G)}
        ranked = sorted(keep, key=lambda n: (n != target, -degree[n], order[n]))
        keep = set(ranked[:max_nodes])
        reasons.append(f"the {max_nodes:,} most connected nodes kept")
    # Copied directly rather than through a subgraph view, whose filtered adjacency costs ~10x more.
    # Same node order, edge order and (shallow-copied) attributes as nx.MultiDiGraph(G.subgraph(keep)).
    nodes = [n for n in G if n in keep]
    H = nx.MultiDiGraph()
    H.add_nodes_from((n, G.nodes[n]) for n in nodes)
    H.add_edges_from((u, v, k, d) for u, v, k, d in G.edges(nodes, keys=True, data=True) if v in keep)
    titles = {}
    for _, attrs in H.nodes(data=True):
        listed, _ = listed_papers(_cited(attrs), lambda pid: f"paper:{pid}" in H)
        for pid in listed:
            pnode = f"paper:{pid}"
            if pnode not in H and pnode in G:
                titles[pid] = G.nodes[pnode].get("title", pid)
    H.graph["paper_titles"] = titles
    note = f"showing {len(H):,} of {total:,} nodes: {'; '.join(reasons)}" if reasons else ""
    return View(H, note)


def page_view(G: nx.MultiDiGraph, max_nodes: int | None = None) -> View:
    """What ``paperkg build`` draws: the whole graph up to ``max_nodes`` nodes, else the most connected ones.

    ``max_nodes`` defaults to :data:`PAGE_MAX_NODES`. The note of a cut graph says so and points to
    ``paperkg html`` for other views.
    """
    max_nodes = PAGE_MAX_NODES if max_nodes is None else max_nodes
    if G.number_of_nodes() <= max_nodes:
        return select_view(G)
    view = select_view(G, max_nodes=max_nodes)
    return View(view.graph, f"{view.note} (paperkg html writes other views)")


def _cited(attrs: dict[str, Any]) -> list[str]:
    """Ids of the papers behind a node: an entity's ``papers``, a claim's paper."""
    if attrs.get("type") in ENTITY_TYPES:
        return list(attrs.get("papers", ()))
    return [attrs["paper"]] if attrs.get("paper") else []


def listed_papers(cited: list[str], shown: Callable[[str], bool], limit: int = PAPERS_LISTED) -> tuple[list[str], int]:
    """The papers a node's details list, and how many more there are.

    Papers drawn in the page come first (they are clickable), then the others, each group in
    ``cited`` order, cut to ``limit``.

    Examples
    --------
    >>> listed_papers(["a", "b", "c", "d"], lambda pid: pid == "c", limit=2)
    (['c', 'a'], 2)
    """
    first = [pid for pid in cited if shown(pid)]
    if len(first) < limit:
        first += [pid for pid in cited if not shown(pid)][: limit - len(first)]
    return first[:limit], len(cited) - min(len(first), limit)


def _degrees_within(G: nx.MultiDiGraph, keep: set[str]) -> dict[str, int]:
    """``dict(G.subgraph(keep).degree())`` (parallel edges count, a self-loop twice) in one pass over the edges."""
    degree = dict.fromkeys(keep, 0)
    for u, v in G.edges(keep):
        if v in keep:
            degree[u] += 1
            degree[v] += 1
    return degree


def _neighbourhood(G: nx.MultiDiGraph, start: str, depth: int, allowed: set[str]) -> set[str]:
    """Nodes within ``depth`` links of ``start``, following links either way, staying inside ``allowed``."""
    seen = {start}
    frontier = [start]
    for _ in range(max(depth, 0)):
        nxt = []
        for node in frontier:
            for other in (*G.successors(node), *G.predecessors(node)):
                if other in allowed and other not in seen:
                    seen.add(other)
                    nxt.append(other)
        frontier = nxt
    return seen


def layout(G: nx.MultiDiGraph, *, seed: int = 7, iterations: int = 150) -> dict[str, tuple[float, float]]:
    """Fixed positions in pixels, the same for the same graph.

    A Fruchterman-Reingold simulation (numpy, with gravity so that small components stay close) runs
    on a skeleton of at most :data:`SKELETON_MAX` nodes linked to two or more others, most connected
    first; every other node is then placed on a sunflower spiral around the neighbour it was reached
    from.  Leaves (most entities are used by one paper) end up around their paper, the cost stays
    linear beyond the skeleton, and no scipy is needed.
    """
    import numpy as np

    nodes = list(G)
    n = len(nodes)
    if n == 0:
        return {}
    index = {v: i for i, v in enumerate(nodes)}
    nbrs: list[set[int]] = [set() for _ in nodes]
    for u, v in G.edges():
        if u != v:
            nbrs[index[u]].add(index[v])
            nbrs[index[v]].add(index[u])
    degree = [len(s) for s in nbrs]
    skeleton = sorted(sorted((i for i in range(n) if degree[i] >= 2), key=lambda i: (-degree[i], i))[:SKELETON_MAX])
    if not skeleton:
        skeleton = list(range(min(n, SKELETON_MAX)))
    m = len(skeleton)
    local = {g: i for i, g in enumerate(skeleton)}
    pairs = [(local[i], local[j]) for i in skeleton for j in sorted(nbrs[i]) if j in local and i < j]
    ei = np.array([p[0] for p in pairs], dtype=np.int64)
    ej = np.array([p[1] for p in pairs], dtype=np.int64)
    rng = np.random.default_rng(seed)
    pos = (rng.random((m, 2)) * math.sqrt(m)).astype(np.float32)
    x, y = pos[:, 0].copy(), pos[:, 1].copy()
    mass = np.array([1.0 + degree[g] for g in skeleton], dtype=np.float32)
    temp = max(math.sqrt(m) / 6, 0.5)
    cool = temp / (iterations + 1)
    for _ in range(iterations):
        dx = x[:, None] - x[None, :]
        dy = y[:, None] - y[None, :]
        w = dx * dx
        w += dy * dy
        np.maximum(w, 0.01, out=w)
        np.divide(mass[None, :], w, out=w)
        np.fill_diagonal(w, 0.0)
        fx = REPULSION * mass * np.einsum("ij,ij->i", dx, w)
        fy = REPULSION * mass * np.einsum("ij,ij->i", dy, w)
        ex, ey = x[ei] - x[ej], y[ei] - y[ej]
        np.add.at(fx, ei, -ex)
        np.add.at(fx, ej, ex)
        np.add.at(fy, ei, -ey)
        np.add.at(fy, ej, ey)
        gx, gy = x - x.mean(), y - y.mean()
        glen = np.maximum(np.sqrt(gx * gx + gy * gy), 1e-6)
        fx -= GRAVITY * mass * gx / glen
        fy -= GRAVITY * mass * gy / glen
        length = np.maximum(np.sqrt(fx * fx + fy * fy), 1e-9)
        step = np.minimum(length, temp) / length
        x += fx * step
        y += fy * step
        temp -= cool
    if len(ei):
        unit = float(np.median(np.sqrt((x[ei] - x[ej]) ** 2 + (y[ei] - y[ej]) ** 2))) or 1.0
        x, y = x / unit, y / unit
    where: dict[int, tuple[float, float]] = {g: (float(x[i]), float(y[i])) for i, g in enumerate(skeleton)}
    children = [0] * n
    golden = math.pi * (3 - math.sqrt(5))

    def spread(queue: deque[int]) -> None:
        while queue:
            a = queue.popleft()
            ax, ay = where[a]
            for b in sorted(nbrs[a]):
                if b in where:
                    continue
                k = children[a]
                children[a] += 1
                r = 0.45 * math.sqrt(k + 1)
                where[b] = (ax + r * math.cos(k * golden), ay + r * math.sin(k * golden))
                queue.append(b)

    spread(deque(skeleton))
    if len(where) < n:
        xs = [p[0] for p in where.values()]
        ys = [p[1] for p in where.values()]
        left, top, width = min(xs), max(ys) + 1.5, max(max(xs) - min(xs), 10.0)
        slot = 0
        for i in range(n):
            if i in where:
                continue
            per_row = max(int(width // 1.5), 1)
            where[i] = (left + 1.5 * (slot % per_row), top + 1.5 * (slot // per_row))
            slot += 1
            spread(deque([i]))
    return {nodes[i]: (round(p[0] * SCALE, 1), round(p[1] * SCALE, 1)) for i, p in where.items()}


def _claim_summary(attrs: dict[str, Any]) -> str:
    """A claim as one line: "+2.1 BLEU on WMT14 by X vs Y"."""
    value = attrs.get("value")
    number = f"{value:g}" if isinstance(value, (int, float)) else str(value or "")
    parts = [attrs.get("qualifier"), number + (attrs.get("unit") or ""), attrs.get("metric")]
    if attrs.get("direction") not in (None, "none"):
        parts.append(f"({attrs['direction']})")
    for word, key in (("on", "benchmark"), ("by", "subject"), ("vs", "baseline")):
        if attrs.get(key):
            parts += [word, attrs[key]]
    return " ".join(str(p) for p in parts if p) or attrs.get("name", "")


def _payload(G: nx.MultiDiGraph, note: str) -> dict[str, Any]:
    """Everything the page needs, as JSON-ready lists indexed by node position in ``G``."""
    positions = layout(G)
    index = {node: i for i, node in enumerate(G.nodes)}
    sentences: dict[str, int] = {}
    titles = G.graph.get("paper_titles", {})

    def sentence(e: dict[str, Any]) -> int:
        s = e.get("sentence")
        return sentences.setdefault(s, len(sentences)) if s else -1

    nodes, details = [], []
    for node, attrs in G.nodes(data=True):
        kind = attrs["type"]
        color, shape = STYLE[kind]
        name = str(attrs.get("name", node))
        label = name if kind in ENTITY_TYPES else (name if len(name) <= 40 else name[:39] + "…")
        x, y = positions[node]
        nodes.append({"id": index[node], "label": label, "group": kind, "color": color, "shape": shape,
                      "value": paper_count(attrs), "x": x, "y": y})
        item: dict[str, Any] = {"type": kind, "name": name, "aliases": list(attrs.get("aliases", []))}
        papers: dict[str, dict[str, Any]] = {}  # paper id -> the evidence of its link to this node
        claims: list[list[int]] = []
        links: list[list[Any]] = []
        edges = [(v, r, 1, e) for _, v, r, e in G.out_edges(node, keys=True, data=True)]
        edges += [(u, r, 0, e) for u, _, r, e in G.in_edges(node, keys=True, data=True)]
        for other, relation, out, e in edges:
            okind = G.nodes[other]["type"]
            if okind == "Paper" and kind != "Paper":
                papers[other.split(":", 1)[1]] = e
            elif okind == "Claim" and kind != "Claim":
                claims.append([index[other], sentence(e)])
            else:
                links.append([relation, out, index[other], sentence(e)])
        if kind in ENTITY_TYPES or kind == "Claim":
            cited = _cited(attrs)
            known = set(cited)
            cited += [pid for pid in papers if pid not in known]
            listed, more = listed_papers(cited, lambda pid: f"paper:{pid}" in index)
            item["papers"] = []
            for pid in listed:
                pnode = f"paper:{pid}"
                if pnode in index:
                    evidence = sentence(papers[pid]) if pid in papers else -1
                    item["papers"].append([index[pnode], G.nodes[pnode].get("title", pid), evidence])
                else:
                    item["papers"].append([-1, titles.get(pid, pid), -1])
            if more:
                item["more_papers"] = more
        if kind == "Paper":
            item["dates"] = sorted({str(li["date"]) for li in attrs.get("listings", []) if li.get("date")})
            item["urls"] = [str(u) for u in attrs.get("urls", [])]
        if kind == "Claim":
            item["summary"] = _claim_summary(attrs)
        item["claims"] = claims
        item["links"] = links
        details.append(item)
    edges_out = [{"from": index[u], "to": index[v], "title": r} for u, v, r in G.edges(keys=True)]
    return {"nodes": nodes, "edges": edges_out, "details": details, "sentences": list(sentences),
            "style": STYLE, "note": note}


def _json_for_script(data: Any) -> str:
    """JSON that cannot close its ``<script>`` element or start markup."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _vis_asset(name: str) -> str:
    return resources.files("pyvis").joinpath("lib", "vis-9.1.2", name).read_text(encoding="utf-8")


def _escape_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_html(G: nx.MultiDiGraph, *, title: str = "paperkg graph", note: str = "") -> str:
    """The page as a string (the whole of ``G``; cut it first with :func:`select_view`)."""
    template = resources.files("paperkg.exports").joinpath("templates", "graph.html").read_text(encoding="utf-8")
    # Plain placeholder substitution: every inserted value is either our own asset or escaped JSON.
    return (
        template.replace("/*VIS_CSS*/", _vis_asset("vis-network.css"))
        .replace("/*VIS_JS*/", _vis_asset("vis-network.min.js"))
        .replace("/*GRAPH_JSON*/", _json_for_script(_payload(G, note)))
        .replace("<!--TITLE-->", _escape_text(title))
    )


def write_html(G: nx.MultiDiGraph, dest: str | Path | IO[str], *, title: str = "paperkg graph", note: str = "") -> None:
    """Write the page to a path (atomically) or a text stream."""
    page = to_html(G, title=title, note=note)
    if isinstance(dest, (str, Path)):
        with atomic_writer(Path(dest)) as f:
            f.write(page)
    else:
        dest.write(page)
