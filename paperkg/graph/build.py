"""The knowledge graph: extraction records in, one networkx ``MultiDiGraph`` out.

Node ids are ``type:slug`` (``paper:p-1f1d4b0e7b5e``, ``model:llama-2``, ``claim:p-1f1d4b0e7b5e-0``);
entity nodes of the same type whose names share a key (:func:`paperkg.names.name_key`) are one node.
Edges are keyed by relation and carry their evidence: the paper, the field, the character offsets
and the sentence. All attributes are JSON-safe, so the graph round-trips through node-link JSON.

Relations (DESIGN.md's graph model):

=============  =====================================  ==============================
relation       from -> to                             when
=============  =====================================  ==============================
proposes       Paper -> Method/Model/Dataset/Bench.   the paper introduces it
uses           Paper -> Method/Model/Dataset          mentioned, not introduced
evaluates_on   Paper -> Benchmark                     mentioned, not introduced
addresses      Paper -> Task
measures       Paper -> Metric, Claim -> Metric       the metric of a result
reports        Paper -> Claim
on             Claim -> Benchmark/Dataset
achieved_by    Claim -> Method/Model
compared_to    Claim -> Method/Model                  the claim's baseline, when it is an entity
variant_of     Model -> Model                         "LLaMA-7B" -> "LLaMA"
=============  =====================================  ==============================
"""
from __future__ import annotations

import re
from typing import Any, Iterable

import networkx as nx

from ..names import name_key
from ..records import Claim, Entity, Extraction, slug
from ..sentences import sentence_at, split_sentences

#: Node type of each entity type (the graph model's class names).
NODE_TYPES = {
    "method": "Method",
    "model": "Model",
    "dataset": "Dataset",
    "benchmark": "Benchmark",
    "metric": "Metric",
    "task": "Task",
}
_PAPER_RELATION = {
    "method": "uses",
    "model": "uses",
    "dataset": "uses",
    "benchmark": "evaluates_on",
    "metric": "measures",
    "task": "addresses",
}
_PROPOSABLE = frozenset({"method", "model", "dataset", "benchmark"})
# "LLaMA-7B", "Llama-2-70B-chat", "Qwen2.5 72B": a family name followed by a parameter count.
_SIZE_SUFFIX = re.compile(r"[- ]?\d+(?:\.\d+)?[BM](?:[- ][A-Za-z][A-Za-z0-9]*)*$")


def family_name(model_name: str) -> str | None:
    """The family of a sized model name, or None when the name carries no size.

    Examples
    --------
    >>> family_name("LLaMA-7B"), family_name("Llama-2-70B-chat"), family_name("GPT-4")
    ('LLaMA', 'Llama-2', None)
    """
    m = _SIZE_SUFFIX.search(model_name)
    if m is None or m.start() == 0:
        return None
    return model_name[: m.start()].rstrip("- ")


class GraphBuilder:
    """Accumulates records into a graph; one node per (type, name key)."""

    def __init__(self) -> None:
        self.graph = nx.MultiDiGraph()
        self._node_of: dict[tuple[str, str], str] = {}

    def entity_node(self, etype: str, name: str, aliases: Iterable[str] = ()) -> str:
        """The node of an entity, created on first sight; later surface forms become aliases."""
        key = (etype, name_key(name) or name)
        node = self._node_of.get(key)
        if node is None:
            node = f"{etype}:{slug(name)}"
            n = 2
            while node in self.graph:
                node = f"{etype}:{slug(name)}-{n}"
                n += 1
            self._node_of[key] = node
            self.graph.add_node(node, type=NODE_TYPES[etype], name=name, aliases=[], papers=[])
        attrs = self.graph.nodes[node]
        for form in (name, *aliases):
            if form != attrs["name"] and form not in attrs["aliases"]:
                attrs["aliases"].append(form)
        return node

    def add(self, record: Extraction) -> None:
        paper = record.paper
        pnode = f"paper:{paper.id}"
        self.graph.add_node(
            pnode,
            type="Paper",
            name=paper.title,
            title=paper.title,
            abstract=paper.abstract,
            listings=[s.to_dict() for s in paper.listings],
            urls=list(paper.urls),
        )
        spans = {"title": [(0, len(paper.title))], "abstract": split_sentences(paper.abstract)}
        by_name: dict[str, str] = {}
        for entity in record.entities:
            node = self.entity_node(entity.type, entity.name, entity.aliases)
            for form in (entity.name, *entity.aliases):
                by_name.setdefault(form, node)
            papers = self.graph.nodes[node]["papers"]
            if paper.id not in papers:
                papers.append(paper.id)
            self._link_paper(pnode, node, entity, spans, record)
        for index, claim in enumerate(record.claims):
            self._add_claim(pnode, paper.id, index, claim, by_name)

    def _link_paper(
        self, pnode: str, node: str, entity: Entity, spans: dict[str, list[tuple[int, int]]], record: Extraction
    ) -> None:
        mention = entity.mentions[0]
        text = getattr(record.paper, mention.field)
        evidence = {
            "paper": record.paper.id,
            "field": mention.field,
            "start": mention.start,
            "end": mention.end,
            "sentence": sentence_at(text, spans[mention.field], mention.start),
        }
        relation = "proposes" if entity.proposed and entity.type in _PROPOSABLE else _PAPER_RELATION[entity.type]
        self.graph.add_edge(pnode, node, key=relation, relation=relation, **evidence)

    def _add_claim(self, pnode: str, paper_id: str, index: int, claim: Claim, by_name: dict[str, str]) -> None:
        cnode = f"claim:{paper_id}-{index}"
        self.graph.add_node(
            cnode,
            type="Claim",
            name=claim.text,
            value=claim.value,
            unit=claim.unit,
            metric=claim.metric,
            direction=claim.direction,
            qualifier=claim.qualifier,
            subject=claim.subject,
            benchmark=claim.benchmark,
            baseline=claim.baseline,
            paper=paper_id,
        )
        evidence = {"paper": paper_id, "field": "abstract", "start": claim.start, "end": claim.end, "sentence": claim.sentence}
        self.graph.add_edge(pnode, cnode, key="reports", relation="reports", **evidence)
        if claim.metric:
            metric = by_name.get(claim.metric) or self.entity_node("metric", claim.metric)
            self.graph.add_edge(cnode, metric, key="measures", relation="measures", **evidence)
        for attr, relation in (("benchmark", "on"), ("subject", "achieved_by"), ("baseline", "compared_to")):
            name = getattr(claim, attr)
            target = by_name.get(name) if name else None
            if target is not None:
                self.graph.add_edge(cnode, target, key=relation, relation=relation, **evidence)

    def link_variants(self) -> None:
        """``variant_of`` from each sized model to its family node, when the family is in the graph."""
        for node, attrs in list(self.graph.nodes(data=True)):
            if attrs.get("type") != "Model":
                continue
            family = family_name(attrs["name"])
            if family is None:
                continue
            target = self._node_of.get(("model", name_key(family)))
            if target is not None and target != node:
                self.graph.add_edge(node, target, key="variant_of", relation="variant_of")


def build_graph(records: Iterable[Extraction]) -> nx.MultiDiGraph:
    """The knowledge graph of a collection of extraction records (deterministic for a given order)."""
    builder = GraphBuilder()
    for record in records:
        builder.add(record)
    builder.link_variants()
    return builder.graph


def graph_summary(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """Node counts per type and the edge count, for the CLI's summary line."""
    counts: dict[str, int] = {}
    for _, t in graph.nodes(data="type"):
        counts[t] = counts.get(t, 0) + 1
    return {"nodes": counts, "edges": graph.number_of_edges()}
