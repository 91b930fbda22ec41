"""Interchange formats: pandas tables, CSV, GraphML, GEXF and node-link JSON.

GraphML and GEXF readers (Gephi, Cytoscape) take scalar attributes only, so lists are joined with
"|" and missing values are left out. Every writer is atomic and deterministic (same graph, same bytes).
"""
from __future__ import annotations

import io
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from ..files import atomic_writer

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["FORMATS", "scalar_graph", "to_tables", "write_export", "write_tables"]

#: ``paperkg export --format`` values; the RDF ones are delegated to :func:`paperkg.exports.rdf.write_rdf`.
FORMATS = ("graphml", "gexf", "json", "csv", "ttl", "nt", "jsonld")
_SUFFIX = {"graphml": ".graphml", "gexf": ".gexf", "json": ".json", "csv": "", "ttl": ".ttl", "nt": ".nt", "jsonld": ".jsonld"}
_CLAIM_COLUMNS = ["node", "paper", "name", "value", "unit", "metric", "direction", "qualifier", "subject", "benchmark", "baseline"]


def _scalar(value: Any) -> Any:
    """A value GraphML/GEXF can hold: lists joined with "|", dicts as JSON, None left to the caller."""
    if isinstance(value, (list, tuple)):
        return "|".join(json.dumps(v, sort_keys=True) if isinstance(v, dict) else str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    return value


def scalar_graph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with only scalar attributes (no None, no lists), as GraphML and GEXF require."""
    H = nx.MultiDiGraph()
    H.graph["name"] = "paperkg"
    for n, a in G.nodes(data=True):
        H.add_node(n, **{k: _scalar(v) for k, v in a.items() if v is not None})
        H.nodes[n]["label"] = str(a.get("name", n))
    for u, v, k, a in G.edges(keys=True, data=True):
        H.add_edge(u, v, key=k, **{kk: _scalar(vv) for kk, vv in a.items() if vv is not None})
    return H


def to_tables(G: nx.MultiDiGraph) -> dict[str, pd.DataFrame]:
    """The graph as three tables: ``nodes`` (entities and papers), ``edges`` (with evidence) and ``claims``.

    List attributes are joined with "|" so that the tables write to CSV unchanged.
    """
    import pandas as pd

    nodes, claims = [], []
    for n, a in G.nodes(data=True):
        if a.get("type") == "Claim":
            claims.append({"node": n, **{c: a.get(c) for c in _CLAIM_COLUMNS[1:]}})
            continue
        nodes.append(
            {"node": n, "type": a.get("type"), "name": a.get("name"), "aliases": _scalar(a.get("aliases", [])),
             "papers": len(a.get("papers", ())) if a.get("type") != "Paper" else None,
             "inferred": bool(a.get("inferred", False)), "title": a.get("title")}
        )
    edges = [
        {"source": u, "target": v, "relation": k, "paper": a.get("paper"), "field": a.get("field"),
         "start": a.get("start"), "end": a.get("end"), "sentence": a.get("sentence"), "reason": a.get("reason")}
        for u, v, k, a in G.edges(keys=True, data=True)
    ]
    return {
        "nodes": pd.DataFrame(nodes, columns=["node", "type", "name", "aliases", "papers", "inferred", "title"]).astype(
            {"papers": "Int64"}
        ),
        "edges": pd.DataFrame(
            edges, columns=["source", "target", "relation", "paper", "field", "start", "end", "sentence", "reason"]
        ).astype({"start": "Int64", "end": "Int64"}),
        "claims": pd.DataFrame(claims, columns=_CLAIM_COLUMNS),
    }


def write_tables(G: nx.MultiDiGraph, dest: str | Path) -> list[Path]:
    """Write ``nodes.csv``, ``edges.csv`` and ``claims.csv`` into directory ``dest``; returns the paths."""
    dest = Path(dest)
    written = []
    for name, df in to_tables(G).items():
        path = dest / f"{name}.csv"
        with atomic_writer(path) as f:
            df.to_csv(f, index=False, lineterminator="\n")
        written.append(path)
    return written


def _node_link(G: nx.MultiDiGraph) -> dict[str, Any]:
    try:
        return nx.node_link_data(G, edges="edges")
    except TypeError:  # networkx < 3.4
        return nx.node_link_data(G, link="edges")


def write_export(G: nx.MultiDiGraph, dest: str | Path, fmt: str, *, base: str | None = None) -> Path:
    """Write the graph in ``fmt`` (one of :data:`FORMATS`) to ``dest`` (a directory for ``csv``)."""
    dest = Path(dest)
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "csv":
        write_tables(G, dest)
        return dest
    if fmt in ("ttl", "nt", "jsonld"):
        from .namespace import DEFAULT_BASE_IRI
        from .rdf import write_rdf

        write_rdf(G, dest, base=base or DEFAULT_BASE_IRI, fmt=fmt)
        return dest
    if fmt == "json":
        data = json.dumps(_node_link(G), ensure_ascii=False, indent=1, sort_keys=True)
        with atomic_writer(dest) as f:
            f.write(data + "\n")
        return dest
    buf = io.BytesIO()
    H = scalar_graph(G)
    if fmt == "graphml":
        nx.write_graphml(H, buf, encoding="utf-8", prettyprint=True, named_key_ids=True)
    else:
        nx.write_gexf(H, buf, encoding="utf-8", prettyprint=True)
    data = buf.getvalue()
    if fmt == "gexf":
        # GEXF stamps today's date in <meta lastmodifieddate>: drop it for byte-identical output.
        import re

        data = re.sub(rb' lastmodifieddate="[^"]*"', b"", data)
    with atomic_writer(dest, binary=True) as f:
        f.write(data)
    return dest


def default_dest(out: Path, fmt: str) -> Path:
    """Where ``paperkg export OUT --format FMT`` writes without ``-o``: ``OUT/graph.FMT`` (``OUT/tables/`` for csv)."""
    return out / "tables" if fmt == "csv" else out / f"graph{_SUFFIX[fmt]}"
