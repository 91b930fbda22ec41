"""RDF export: the graph as triples in schema.org, DCTerms, SKOS and the paperkg vocabulary.

IRIs are minted from node ids under a base IRI: the same graph gives the same IRIs on every run, and
any text (spaces, quotes, ``<>``, emoji, control characters) is percent-encoded, so an IRI is valid
whatever the abstract held.
"""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import IO
from urllib.parse import quote

import networkx as nx
from rdflib import RDF, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS

from ..files import atomic_writer
from .namespace import DEFAULT_BASE_IRI, PKG, SCHEMA

_CLASS = {
    "Method": PKG.Method,
    "Model": PKG.Model,
    "Dataset": PKG.Dataset,
    "Benchmark": PKG.Benchmark,
    "Metric": PKG.Metric,
    "Task": PKG.Task,
    "Claim": PKG.Claim,
}
_RELATION = {
    "proposes": PKG.proposes,
    "uses": PKG.uses,
    "evaluates_on": PKG.evaluatesOn,
    "addresses": PKG.addresses,
    "measures": PKG.measures,
    "reports": PKG.reports,
    "on": PKG.on,
    "achieved_by": PKG.achievedBy,
    "compared_to": PKG.comparedTo,
    "variant_of": PKG.variantOf,
}
FORMATS = {"ttl": "turtle", "turtle": "turtle", "nt": "nt", "jsonld": "json-ld"}


def mint_iri(base: str, node_id: str) -> URIRef:
    """The IRI of a node: ``base`` + ``type/`` + the percent-encoded rest of the node id.

    Examples
    --------
    >>> str(mint_iri("https://ex.org/", "model:llama <2>"))
    'https://ex.org/model/llama%20%3C2%3E'
    """
    kind, _, rest = node_id.partition(":")
    return URIRef(f"{base}{quote(kind, safe='')}/{quote(rest, safe='-._~')}")


def _clean(text: str) -> str:
    """Text safe in any RDF syntax: control characters other than tab and newline removed."""
    return "".join(c for c in text if c in "\t\n" or c >= " " and c != "\x7f")


def to_rdf(G: nx.MultiDiGraph, *, base: str = DEFAULT_BASE_IRI) -> Graph:
    """The RDF graph of a paperkg graph."""
    g = Graph()
    g.bind("schema", SCHEMA)
    g.bind("dcterms", DCTERMS)
    g.bind("skos", SKOS)
    g.bind("pkg", PKG._NS)
    iri = {node: mint_iri(base, node) for node in G.nodes}
    for node, attrs in G.nodes(data=True):
        s = iri[node]
        kind = attrs["type"]
        if kind == "Paper":
            g.add((s, RDF.type, SCHEMA.ScholarlyArticle))
            g.add((s, DCTERMS.identifier, Literal(node.partition(":")[2])))
            g.add((s, DCTERMS.title, Literal(_clean(attrs["title"]))))
            g.add((s, DCTERMS.abstract, Literal(_clean(attrs["abstract"]))))
            for listing in attrs.get("listings", []):
                g.add((s, PKG.listing, Literal(_clean(Path(listing["file"]).name))))
                if listing.get("date"):
                    g.add((s, PKG.listingDate, Literal(_clean(listing["date"]))))
            for url in attrs.get("urls", []):
                g.add((s, PKG.codeRepository, Literal(_clean(url), datatype=XSD.anyURI)))
        elif kind == "Claim":
            g.add((s, RDF.type, PKG.Claim))
            g.add((s, PKG.value, Literal(Decimal(repr(attrs["value"])), datatype=XSD.decimal)))
            g.add((s, PKG.unit, Literal(_clean(attrs["unit"]))))
            g.add((s, PKG.direction, Literal(attrs["direction"])))
            g.add((s, PKG.claimText, Literal(_clean(attrs["name"]))))
            for attr, prop in (("metric", PKG.metricName), ("qualifier", PKG.qualifier), ("baseline", PKG.baselineText)):
                if attrs.get(attr):
                    g.add((s, prop, Literal(_clean(attrs[attr]))))
        else:
            g.add((s, RDF.type, _CLASS[kind]))
            g.add((s, SKOS.prefLabel, Literal(_clean(attrs["name"]))))
            for alias in attrs.get("aliases", []):
                g.add((s, SKOS.altLabel, Literal(_clean(alias))))
    for u, v, relation, attrs in G.edges(keys=True, data=True):
        g.add((iri[u], _RELATION[relation], iri[v]))
        if relation == "reports" and attrs.get("sentence"):
            g.add((iri[v], PKG.evidence, Literal(_clean(attrs["sentence"]))))
    return g


def write_rdf(G: nx.MultiDiGraph, dest: str | Path | IO[bytes], *, base: str = DEFAULT_BASE_IRI, fmt: str = "ttl") -> int:
    """Serialise the graph as RDF to a path (written atomically) or a binary stream; returns the triple count."""
    g = to_rdf(G, base=base)
    data = g.serialize(format=FORMATS[fmt], encoding="utf-8")
    if isinstance(dest, (str, Path)):
        with atomic_writer(Path(dest), binary=True) as f:
            f.write(data)
    else:
        dest.write(data)
    return len(g)
