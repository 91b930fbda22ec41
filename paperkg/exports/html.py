"""HTML view: the graph as one self-contained page, explorable offline in any browser.

The page is built from pyvis's node and edge lists and rendered with paperkg's own template
(``templates/graph.html``), which inlines vis-network (shipped inside the pyvis package) and needs
no network at all: pyvis's own templates link Bootstrap from a CDN even with ``cdn_resources="in_line"``.
Text from abstracts never becomes markup: the graph travels as JSON inside a
``<script type="application/json">`` element with ``<``, ``>`` and ``&`` escaped, and the page's
script writes it with ``textContent`` only.
"""
from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import IO, Any

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


def _json_for_script(data: Any) -> str:
    """JSON that cannot close its ``<script>`` element or start markup."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _vis_asset(name: str) -> str:
    return resources.files("pyvis").joinpath("lib", "vis-9.1.2", name).read_text(encoding="utf-8")


def to_network(G: nx.MultiDiGraph) -> Any:
    """A pyvis Network of the graph (nodes and edges added in bulk: ``from_nx`` is quadratic)."""
    from pyvis.network import Network

    net = Network(cdn_resources="in_line", directed=True)
    ids = list(G.nodes)
    index = {node: i for i, node in enumerate(ids)}
    papers = {node: len(attrs.get("papers", ())) for node, attrs in G.nodes(data=True)}
    for node in ids:
        attrs = G.nodes[node]
        kind = attrs["type"]
        color, shape = STYLE[kind]
        label = attrs["name"] if kind not in ("Paper", "Claim") else attrs["name"][:40]
        net.node_ids.append(index[node])
        net.node_map[index[node]] = len(net.nodes)
        net.nodes.append(
            {
                "id": index[node],
                "label": label,
                "group": kind,
                "color": color,
                "shape": shape,
                "size": 8 + 4 * min(papers[node], 10) if kind not in ("Paper", "Claim") else 10,
            }
        )
    for u, v, relation in G.edges(keys=True):
        net.edges.append({"from": index[u], "to": index[v], "label": relation, "arrows": "to"})
    return net


def _details(G: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """Per node (by index): what the details panel shows, with the evidence sentence of each link."""
    index = {node: i for i, node in enumerate(G.nodes)}
    out = []
    for node, attrs in G.nodes(data=True):
        links = []
        for _, v, relation, e in G.out_edges(node, keys=True, data=True):
            links.append({"rel": relation, "dir": "out", "node": index[v], "sentence": e.get("sentence")})
        for u, _, relation, e in G.in_edges(node, keys=True, data=True):
            links.append({"rel": relation, "dir": "in", "node": index[u], "sentence": e.get("sentence")})
        item = {"id": node, "type": attrs["type"], "name": attrs["name"], "aliases": attrs.get("aliases", []), "links": links}
        if attrs["type"] == "Paper":
            item["dates"] = sorted({l["date"] for l in attrs.get("listings", []) if l.get("date")})
            item["urls"] = attrs.get("urls", [])
        if attrs["type"] == "Claim":
            item["claim"] = {k: attrs.get(k) for k in ("value", "unit", "metric", "direction", "qualifier")}
        out.append(item)
    return out


def to_html(G: nx.MultiDiGraph, *, title: str = "paperkg graph") -> str:
    """The page as a string."""
    net = to_network(G)
    options = {
        "physics": {
            "solver": "forceAtlas2Based",
            "stabilization": {"enabled": True, "iterations": 200, "updateInterval": 50},
            "forceAtlas2Based": {"gravitationalConstant": -40, "springLength": 80},
        },
        "edges": {"smooth": False, "font": {"size": 0}, "color": {"opacity": 0.4}},
        "nodes": {"font": {"size": 12}},
        "interaction": {"hover": True, "tooltipDelay": 150},
    }
    data = {"nodes": net.nodes, "edges": net.edges, "details": _details(G), "options": options, "style": STYLE}
    template = resources.files("paperkg.exports").joinpath("templates", "graph.html").read_text(encoding="utf-8")
    # Plain placeholder substitution: every inserted value is either our own asset or escaped JSON.
    return (
        template.replace("/*VIS_CSS*/", _vis_asset("vis-network.css"))
        .replace("/*VIS_JS*/", _vis_asset("vis-network.min.js"))
        .replace("/*GRAPH_JSON*/", _json_for_script(data))
        .replace("<!--TITLE-->", title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
    )


def write_html(G: nx.MultiDiGraph, dest: str | Path | IO[str], *, title: str = "paperkg graph") -> None:
    """Write the page to a path (atomically) or a text stream."""
    page = to_html(G, title=title)
    if isinstance(dest, (str, Path)):
        with atomic_writer(Path(dest)) as f:
            f.write(page)
    else:
        dest.write(page)
