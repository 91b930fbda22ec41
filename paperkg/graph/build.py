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

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx

from ..names import entity_key
from ..records import Claim, Entity, Extraction, slug
from ..sentences import sentence_at, split_sentences
from .resolve import Override, Resolution, family_name, read_overrides, resolve

__all__ = ["NODE_TYPES", "GraphBuilder", "build_graph", "family_name", "graph_summary"]

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
# Where a claim's free-text subject or benchmark may name a node when the paper has no such entity.
_CLAIM_TARGET_TYPES = {"subject": ("model", "method"), "baseline": ("model", "method"), "benchmark": ("benchmark", "dataset")}


class GraphBuilder:
    """Accumulates records into a graph; one node per resolved entity (:mod:`paperkg.graph.resolve`).

    Without a resolution (``GraphBuilder()``), each (type, name key) is its own node.
    """

    def __init__(self, resolution: Resolution | None = None) -> None:
        self.graph = nx.MultiDiGraph()
        self.resolution = resolution if resolution is not None else Resolution()
        self._evidence: dict[str, dict[str, Any]] = {}  # node -> first mention's evidence
        # node -> the ids in its "papers" list: a membership test on the list is O(papers), which made
        # building quadratic in the papers that share an entity ("LLMs" at 100,000 papers).
        self._papers: dict[str, set[str]] = {}

    def entity_node(self, etype: str, name: str, aliases: Iterable[str] = ()) -> str:
        """The node of an entity, created on first sight; later surface forms become aliases."""
        res = self.resolution
        aliases = tuple(aliases)
        node = res.entity_node(etype, name, aliases)
        if node is None:
            node, n = f"{etype}:{slug(name)}", 2
            while node in res.names or node in self.graph:
                node, n = f"{etype}:{slug(name)}-{n}", n + 1
            res.node_of[(etype, entity_key(name) or name)] = node
            res.names[node] = name
            res.types[node] = etype
        if node not in self.graph:
            self.graph.add_node(
                node, type=NODE_TYPES[etype], name=res.names[node], aliases=[], papers=[], inferred=node in res.inferred
            )
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
        # One string per distinct sentence of the paper: most of its links quote the same few sentences,
        # and a copy per edge was a tenth of the graph's memory.
        sentences: dict[str, str] = {}
        by_name: dict[str, str] = {}
        for entity in record.entities:
            node = self.entity_node(entity.type, entity.name, entity.aliases)
            for form in (entity.name, *entity.aliases):
                by_name.setdefault(form, node)
            papers = self.graph.nodes[node]["papers"]
            seen = self._papers.get(node)
            if seen is None:
                seen = self._papers[node] = set(papers)
            if paper.id not in seen:
                seen.add(paper.id)
                papers.append(paper.id)
            self._link_paper(pnode, node, entity, spans, record, sentences)
        for index, claim in enumerate(record.claims):
            self._add_claim(pnode, paper.id, index, claim, by_name, sentences)

    def _link_paper(
        self,
        pnode: str,
        node: str,
        entity: Entity,
        spans: dict[str, list[tuple[int, int]]],
        record: Extraction,
        sentences: dict[str, str],
    ) -> None:
        if not entity.mentions:
            return
        mention = entity.mentions[0]
        text = getattr(record.paper, mention.field)
        sentence = sentence_at(text, spans[mention.field], mention.start)
        evidence = {
            "paper": record.paper.id,
            "field": mention.field,
            "start": mention.start,
            "end": mention.end,
            "sentence": sentences.setdefault(sentence, sentence),
        }
        self._evidence.setdefault(node, evidence)
        relation = "proposes" if entity.proposed and entity.type in _PROPOSABLE else _PAPER_RELATION[entity.type]
        # Two entities of one paper can resolve to one node ("LoRA" and "Low-Rank Adaptation"): first wins.
        if not self.graph.has_edge(pnode, node, key=relation):
            self.graph.add_edge(pnode, node, key=relation, relation=relation, **evidence)

    def _add_claim(
        self, pnode: str, paper_id: str, index: int, claim: Claim, by_name: dict[str, str], sentences: dict[str, str]
    ) -> None:
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
        sentence = sentences.setdefault(claim.sentence, claim.sentence)
        evidence = {"paper": paper_id, "field": "abstract", "start": claim.start, "end": claim.end, "sentence": sentence}
        self.graph.add_edge(pnode, cnode, key="reports", relation="reports", **evidence)
        if claim.metric:
            metric = by_name.get(claim.metric) or self.entity_node("metric", claim.metric)
            self.graph.add_edge(cnode, metric, key="measures", relation="measures", **evidence)
        for attr, relation in (("benchmark", "on"), ("subject", "achieved_by"), ("baseline", "compared_to")):
            name = getattr(claim, attr)
            target = by_name.get(name) if name else None
            if name and target is None:
                # Named by another paper only: link when the collection knows the name.
                found = (self.resolution.lookup(t, name) for t in _CLAIM_TARGET_TYPES[attr])
                target = next((n for n in found if n is not None and n in self.graph), None)
            if target is not None:
                self.graph.add_edge(cnode, target, key=relation, relation=relation, **evidence)

    def link_variants(self) -> None:
        """``variant_of`` from each sized (or tuned) model to its family, with the variant's first evidence.

        Family nodes that no paper names are added here, marked ``inferred=True``.
        """
        for variant, family, reason in self.resolution.variants:
            if variant not in self.graph:
                continue
            if family not in self.graph:
                name = self.resolution.names[family]
                self.graph.add_node(family, type="Model", name=name, aliases=[], papers=[], inferred=True)
            evidence = self._evidence.get(variant, {})
            self._evidence.setdefault(family, evidence)
            self.graph.add_edge(variant, family, key="variant_of", relation="variant_of", reason=reason, **evidence)


def build_graph(
    records: Iterable[Extraction],
    *,
    overrides: str | Path | Iterable[Override] | None = None,
    resolution: Resolution | None = None,
) -> nx.MultiDiGraph:
    """The knowledge graph of a collection of extraction records (deterministic for a given order).

    Parameters
    ----------
    records
        Extraction records. Without ``resolution`` they are held in a list and read twice (resolution
        first, then building); with it they are read once, as they stream.
    overrides
        An overrides file (``same``/``different`` lines) or parsed :class:`~paperkg.graph.resolve.Override` items.
    resolution
        The resolution of these same records in this same order (a :class:`~paperkg.graph.resolve.Resolver`
        fed while they were written, say); ``overrides`` must then be given to it instead.

    Returns
    -------
    networkx.MultiDiGraph
        With the audit trail of entity resolution in ``G.graph["merges"]`` and ``G.graph["unresolved"]``.
    """
    if resolution is None:
        records = list(records)
        if isinstance(overrides, (str, Path)):
            overrides = read_overrides(overrides)
        resolution = resolve(records, overrides or ())
    elif overrides:
        raise ValueError("give the overrides to the resolver that made `resolution`, not to build_graph")
    builder = GraphBuilder(resolution)
    for record in records:
        builder.add(record)
    builder.link_variants()
    G = builder.graph
    G.graph["merges"] = [m.to_dict() for m in resolution.merges if m.kept in G]
    G.graph["unresolved"] = [u.to_dict() for u in resolution.unresolved]
    return G


def graph_of_file(path: str | Path, *, overrides: str | Path | Iterable[Override] | None = None) -> nx.MultiDiGraph:
    """The graph of an ``extractions.jsonl`` file, read twice as a stream (names for resolution, then
    the records for the graph), so that memory holds the graph and never every record at once."""
    from ..jsonl import read_extractions
    from .resolve import Resolver

    if isinstance(overrides, (str, Path)):
        overrides = read_overrides(overrides)
    resolver = Resolver()
    for record in read_extractions(path):
        resolver.add(record)
    return build_graph(read_extractions(path), resolution=resolver.resolve(overrides or ()))


def graph_summary(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """Node counts per type and the edge count, for the CLI's summary line."""
    counts: dict[str, int] = {}
    for _, t in graph.nodes(data="type"):
        counts[t] = counts.get(t, 0) + 1
    return {"nodes": counts, "edges": graph.number_of_edges()}
