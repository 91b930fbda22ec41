"""Questions a survey asks of the graph, answered as pandas DataFrames (for notebooks and ``paperkg stats``).

Every function is a pure read of the graph; rows come in a fixed order (ties broken by name), so the
tables are the same on every run.
"""
from __future__ import annotations

from collections.abc import Iterable
from itertools import combinations
from typing import TYPE_CHECKING

import networkx as nx

from ..names import name_key

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["communities", "cooccurrence", "find_entities", "leaderboard", "paper_profile", "papers_using", "top_entities"]

_ENTITY_TYPES = ("Method", "Model", "Dataset", "Benchmark", "Metric", "Task")
_PAPER_LINKS = ("proposes", "uses", "evaluates_on", "addresses", "measures")


def _is_entity(attrs: dict) -> bool:
    return attrs.get("type") in _ENTITY_TYPES


def _type_name(t: str | None) -> str | None:
    return None if t is None else t[:1].upper() + t[1:].lower()


def find_entities(G: nx.MultiDiGraph, name: str) -> list[str]:
    """Entity nodes whose name or an alias has the name key of ``name`` (all types), in graph order."""
    key = name_key(name)
    return [
        n
        for n, a in G.nodes(data=True)
        if _is_entity(a) and any(name_key(f) == key for f in (a["name"], *a.get("aliases", ())))
    ]


def _variants(G: nx.MultiDiGraph, node: str) -> set[str]:
    """``node`` and every model that is (transitively) a ``variant_of`` it."""
    seen, todo = {node}, [node]
    while todo:
        for u, _, k in G.in_edges(todo.pop(), keys=True):
            if k == "variant_of" and u not in seen:
                seen.add(u)
                todo.append(u)
    return seen


def papers_using(G: nx.MultiDiGraph, name: str) -> pd.DataFrame:
    """Papers that propose or use a thing, found by name or alias; a family includes its variants.

    ``papers_using(G, "Llama 2")`` also lists papers that only mention "Llama-2-7B".

    Returns
    -------
    DataFrame
        Columns paper, title, entity, relation, sentence; one row per (paper, entity, relation).
    """
    import pandas as pd

    rows = []
    for start in find_entities(G, name):
        for node in sorted(_variants(G, start)):
            for u, _, rel, e in G.in_edges(node, keys=True, data=True):
                if G.nodes[u].get("type") == "Paper":
                    rows.append(
                        {"paper": u, "title": G.nodes[u]["title"], "entity": G.nodes[node]["name"], "relation": rel,
                         "sentence": e.get("sentence")}
                    )
    df = pd.DataFrame(rows, columns=["paper", "title", "entity", "relation", "sentence"])
    return df.drop_duplicates(["paper", "entity", "relation"]).sort_values(["title", "entity"], kind="stable").reset_index(drop=True)


def _paper_node(G: nx.MultiDiGraph, paper: str) -> str:
    """A paper node from its node id, its paper id, or its title (exact, then case-insensitive)."""
    for candidate in (paper, f"paper:{paper}"):
        if candidate in G and G.nodes[candidate].get("type") == "Paper":
            return candidate
    wanted = " ".join(paper.casefold().split())
    for n, a in G.nodes(data=True):
        if a.get("type") == "Paper" and " ".join(a["title"].casefold().split()) == wanted:
            return n
    raise KeyError(f"no paper {paper!r} in the graph (give a node id, a paper id or the exact title)")


def paper_profile(G: nx.MultiDiGraph, paper: str) -> pd.DataFrame:
    """What one paper proposes, uses, evaluates on and reports: one row per link, claims with their numbers.

    Returns
    -------
    DataFrame
        Columns relation, type, name, value, unit, metric, sentence.
    """
    import pandas as pd

    pnode = _paper_node(G, paper)
    order = {r: i for i, r in enumerate((*_PAPER_LINKS, "reports"))}
    rows = []
    for _, v, rel, e in G.out_edges(pnode, keys=True, data=True):
        a = G.nodes[v]
        rows.append(
            {"relation": rel, "type": a["type"], "name": a["name"], "value": a.get("value"), "unit": a.get("unit"),
             "metric": a.get("metric"), "sentence": e.get("sentence"), "_o": order.get(rel, 99)}
        )
    df = pd.DataFrame(rows, columns=["relation", "type", "name", "value", "unit", "metric", "sentence", "_o"])
    return df.sort_values(["_o", "type", "name"], kind="stable").drop(columns="_o").reset_index(drop=True)


def _target(G: nx.MultiDiGraph, claim: str, relation: str) -> str | None:
    for _, v, k in G.out_edges(claim, keys=True):
        if k == relation:
            return G.nodes[v]["name"]
    return None


def leaderboard(G: nx.MultiDiGraph, benchmark: str | None = None, metric: str | None = None) -> pd.DataFrame:
    """Claimed numbers per benchmark and metric, best first (by the metric's direction when it says).

    A claim counts when it is linked ``on`` a benchmark or dataset (or names one in its ``benchmark`` text).
    ``benchmark`` and ``metric`` filter by name key ("GSM8K" == "gsm-8k").

    Returns
    -------
    DataFrame
        Columns benchmark, metric, value, unit, direction, qualifier, subject, paper, title, claim, rank.
    """
    import pandas as pd

    rows = []
    for n, a in G.nodes(data=True):
        if a.get("type") != "Claim":
            continue
        bench = _target(G, n, "on") or a.get("benchmark")
        if not bench:
            continue
        met = _target(G, n, "measures") or a.get("metric") or ""
        if benchmark is not None and name_key(bench) != name_key(benchmark):
            continue
        if metric is not None and name_key(met) != name_key(metric):
            continue
        paper = f"paper:{a['paper']}"
        rows.append(
            {"benchmark": bench, "metric": met, "value": a["value"], "unit": a["unit"], "direction": a["direction"],
             "qualifier": a.get("qualifier"), "subject": _target(G, n, "achieved_by") or a.get("subject"),
             "paper": a["paper"], "title": G.nodes[paper]["title"] if paper in G else None, "claim": a["name"]}
        )
    columns = ["benchmark", "metric", "value", "unit", "direction", "qualifier", "subject", "paper", "title", "claim"]
    df = pd.DataFrame(rows, columns=columns)
    if df.empty:
        return df.assign(rank=pd.Series(dtype="int64"))
    # Lower is better for errors and latencies; without a cue, higher is better.
    lower = df["metric"].str.contains(r"error|loss|perplexity|latency|time|wer|fid|memory", case=False, regex=True)
    df["_score"] = df["value"].where(~lower, -df["value"])
    df = df.sort_values(["benchmark", "metric", "_score", "title"], ascending=[True, True, False, True], kind="stable")
    df["rank"] = df.groupby(["benchmark", "metric"]).cumcount() + 1
    return df.drop(columns="_score").reset_index(drop=True)


def top_entities(G: nx.MultiDiGraph, type: str | None = None, n: int = 20) -> pd.DataFrame:
    """The ``n`` entities named by the most papers (optionally of one type: "Method" or "method").

    Returns
    -------
    DataFrame
        Columns node, type, name, papers, aliases.
    """
    import pandas as pd

    wanted = _type_name(type)
    rows = [
        {"node": node, "type": a["type"], "name": a["name"], "papers": len(a.get("papers", ())),
         "aliases": "|".join(a.get("aliases", ()))}
        for node, a in G.nodes(data=True)
        if _is_entity(a) and (wanted is None or a["type"] == wanted)
    ]
    df = pd.DataFrame(rows, columns=["node", "type", "name", "papers", "aliases"])
    df = df.sort_values(["papers", "name"], ascending=[False, True], kind="stable")
    return df.head(n).reset_index(drop=True)


def _paper_entities(G: nx.MultiDiGraph, types: Iterable[str] | None) -> dict[str, list[str]]:
    """Per paper node, the sorted entity nodes it links to (of the given types)."""
    wanted = None if types is None else {_type_name(t) for t in types}
    out = {}
    for p, a in G.nodes(data=True):
        if a.get("type") != "Paper":
            continue
        ents = {v for _, v in G.out_edges(p) if _is_entity(G.nodes[v]) and (wanted is None or G.nodes[v]["type"] in wanted)}
        out[p] = sorted(ents)
    return out


def _cooccurrence_counts(G: nx.MultiDiGraph, types: Iterable[str] | None) -> dict[tuple[str, str], int]:
    counts: dict[tuple[str, str], int] = {}
    for ents in _paper_entities(G, types).values():
        for pair in combinations(ents, 2):
            counts[pair] = counts.get(pair, 0) + 1
    return counts


def cooccurrence(G: nx.MultiDiGraph, types: Iterable[str] = ("Method", "Model"), min_count: int = 2) -> pd.DataFrame:
    """Pairs of entities named together by at least ``min_count`` papers, most frequent first.

    Returns
    -------
    DataFrame
        Columns a, b (names), a_type, b_type, papers (the count), a_node, b_node.
    """
    import pandas as pd

    rows = [
        {"a": G.nodes[u]["name"], "b": G.nodes[v]["name"], "a_type": G.nodes[u]["type"], "b_type": G.nodes[v]["type"],
         "papers": c, "a_node": u, "b_node": v}
        for (u, v), c in _cooccurrence_counts(G, types).items()
        if c >= min_count
    ]
    df = pd.DataFrame(rows, columns=["a", "b", "a_type", "b_type", "papers", "a_node", "b_node"])
    return df.sort_values(["papers", "a", "b"], ascending=[False, True, True], kind="stable").reset_index(drop=True)


def communities(G: nx.MultiDiGraph, types: Iterable[str] | None = None, *, seed: int = 42, min_count: int = 1) -> pd.DataFrame:
    """Louvain communities (fixed seed) of the entity co-occurrence projection: topics of the collection.

    Returns
    -------
    DataFrame
        Columns community (0 = largest), node, type, name, papers; one row per entity with a co-occurrence.
    """
    import pandas as pd

    P = nx.Graph()
    for (u, v), c in sorted(_cooccurrence_counts(G, types).items()):
        if c >= min_count:
            P.add_edge(u, v, weight=c)
    found = nx.community.louvain_communities(P, weight="weight", seed=seed) if P.number_of_edges() else []
    ranked = sorted((sorted(c) for c in found), key=lambda c: (-len(c), c[0]))
    rows = [
        {"community": i, "node": n, "type": G.nodes[n]["type"], "name": G.nodes[n]["name"],
         "papers": len(G.nodes[n].get("papers", ()))}
        for i, members in enumerate(ranked)
        for n in members
    ]
    df = pd.DataFrame(rows, columns=["community", "node", "type", "name", "papers"])
    return df.sort_values(["community", "papers", "name"], ascending=[True, False, True], kind="stable").reset_index(drop=True)
