"""RDF export: the graph as triples in schema.org, DCTerms, SKOS, ML-Schema, PROV-O, Web Annotation and pkg.

One builder (:func:`triples`) turns the networkx graph into plain ``(subject, predicate, object)``
tuples; :func:`to_rdf` wraps them in an rdflib ``Graph`` (the friendly API) and :func:`write_rdf`
streams them through pyoxigraph (Turtle and N-Triples: ~50x faster than rdflib's serialiser at a
million triples) or writes compacted JSON-LD. The builder yields each triple once, in an order fixed
by the graph (node by node, each subject's triples together), so the same graph gives byte-identical
files on every run without sorting or de-duplicating millions of tuples.

IRIs are minted from node ids under a base IRI; any text (spaces, quotes, ``<>``, emoji, control
characters) is percent-encoded and very long names are cut and suffixed with a hash, so an IRI is
always valid whatever the abstract held. No blank nodes: annotations and selectors get IRIs derived
from their claim's (``…/claim/p-…-0#evidence``). See docs/rdf.md for the mapping table.
"""
from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Iterable, Iterator
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import IO, Any, NamedTuple, Union
from urllib.parse import quote

import networkx as nx
from rdflib import Graph, Literal, URIRef

from .. import __version__
from ..files import atomic_writer
from .namespace import DCTYPES, DEFAULT_BASE_IRI, MLS, OA, PKG, PREFIXES, PROV, SCHEMA

_RDF = PREFIXES["rdf"]
_RDFS = PREFIXES["rdfs"]
_XSD = PREFIXES["xsd"]
_DCT = PREFIXES["dcterms"]
_SKOS = PREFIXES["skos"]
TYPE = _RDF + "type"
XSD_DECIMAL = _XSD + "decimal"
XSD_NNI = _XSD + "nonNegativeInteger"
XSD_ANYURI = _XSD + "anyURI"


class Lit(NamedTuple):
    """A literal of the builder: its lexical form and datatype IRI (None for a plain string)."""

    value: str
    datatype: str | None = None


Obj = Union[str, Lit]
Triple = tuple[str, str, Obj]

#: rdf:type values of each node type: the pkg class first, then the reused classes it also belongs to.
CLASSES: dict[str, tuple[str, ...]] = {
    "Paper": (str(SCHEMA.ScholarlyArticle),),
    "Method": (str(PKG.Method), _SKOS + "Concept", str(MLS.Algorithm)),
    "Model": (str(PKG.Model), _SKOS + "Concept", str(MLS.Model)),
    "Dataset": (str(PKG.Dataset), _SKOS + "Concept", str(SCHEMA.Dataset), str(MLS.Dataset)),
    "Benchmark": (str(PKG.Benchmark), _SKOS + "Concept", str(SCHEMA.Dataset), str(MLS.Dataset)),
    "Metric": (str(PKG.Metric), _SKOS + "Concept", str(MLS.EvaluationMeasure)),
    "Task": (str(PKG.Task), _SKOS + "Concept", str(MLS.Task)),
    "Claim": (str(PKG.Claim), str(MLS.ModelEvaluation)),
}
#: Property of each graph relation; ``measures`` from a claim is ``mls:specifiedBy`` (see _predicate).
RELATIONS: dict[str, str] = {
    "proposes": str(PKG.proposes),
    "uses": str(PKG.uses),
    "evaluates_on": str(PKG.evaluatesOn),
    "addresses": str(PKG.addresses),
    "measures": str(PKG.measures),
    "reports": str(PKG.reports),
    "on": str(PKG.on),
    "achieved_by": str(PKG.achievedBy),
    "compared_to": str(PKG.comparedTo),
    "variant_of": str(PKG.variantOf),
    "same_as": _SKOS + "closeMatch",
}
FORMATS = {"ttl": "turtle", "turtle": "turtle", "nt": "nt", "jsonld": "json-ld", "json-ld": "json-ld"}
_MAX_LOCAL = 150  # percent-encoded characters kept from a name before the hash suffix
_CONTEXT_CHARS = 32  # oa:prefix / oa:suffix length
_BAD_IRI = re.compile(r"[\x00-\x20<>\"{}|\\^`\x7f]")
# Control characters other than tab, newline and carriage return; DEL; lone surrogates.
_UNSAFE_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")


# The terms the builders emit per node, as strings: a DefinedNamespace attribute costs ~10 µs a lookup.
_DCTYPES_Text = str(DCTYPES.Text)
_MLS_hasValue = str(MLS.hasValue)
_MLS_specifiedBy = str(MLS.specifiedBy)
_OA_Annotation = str(OA.Annotation)
_OA_SpecificResource = str(OA.SpecificResource)
_OA_TextPositionSelector = str(OA.TextPositionSelector)
_OA_TextQuoteSelector = str(OA.TextQuoteSelector)
_OA_describing = str(OA.describing)
_OA_end = str(OA.end)
_OA_exact = str(OA.exact)
_OA_hasBody = str(OA.hasBody)
_OA_hasSelector = str(OA.hasSelector)
_OA_hasSource = str(OA.hasSource)
_OA_hasTarget = str(OA.hasTarget)
_OA_motivatedBy = str(OA.motivatedBy)
_OA_prefix = str(OA.prefix)
_OA_start = str(OA.start)
_OA_suffix = str(OA.suffix)
_PKG_Listing = str(PKG.Listing)
_PKG_baselineText = str(PKG.baselineText)
_PKG_benchmarkText = str(PKG.benchmarkText)
_PKG_claimText = str(PKG.claimText)
_PKG_codeRepository = str(PKG.codeRepository)
_PKG_direction = str(PKG.direction)
_PKG_evidence = str(PKG.evidence)
_PKG_fileName = str(PKG.fileName)
_PKG_listedIn = str(PKG.listedIn)
_PKG_listingDate = str(PKG.listingDate)
_PKG_metricName = str(PKG.metricName)
_PKG_qualifier = str(PKG.qualifier)
_PKG_subjectText = str(PKG.subjectText)
_PKG_unit = str(PKG.unit)
_PROV_Activity = str(PROV.Activity)
_PROV_SoftwareAgent = str(PROV.SoftwareAgent)
_PROV_wasAssociatedWith = str(PROV.wasAssociatedWith)
_PROV_wasAttributedTo = str(PROV.wasAttributedTo)
_PROV_wasDerivedFrom = str(PROV.wasDerivedFrom)
_PROV_wasGeneratedBy = str(PROV.wasGeneratedBy)
_SCHEMA_softwareVersion = str(SCHEMA.softwareVersion)
_CLAIM_TEXTS = (
    ("metric", _PKG_metricName),
    ("qualifier", _PKG_qualifier),
    ("subject", _PKG_subjectText),
    ("benchmark", _PKG_benchmarkText),
    ("baseline", _PKG_baselineText),
)


def check_base(base: str) -> str:
    """The base IRI to mint under, ending in ``/`` or ``#``; a ValueError names what is wrong with it.

    Checked once here rather than trusted, because every IRI of the export starts with it.

    Examples
    --------
    >>> check_base("https://ex.org/kg")
    'https://ex.org/kg/'
    """
    if not _SCHEME.match(base) or _BAD_IRI.search(base):
        raise ValueError(f"base IRI {base!r} is not an absolute IRI (scheme:..., no spaces, quotes or <>{{}}|\\^`)")
    return base if base.endswith(("/", "#")) else base + "/"


def _local(text: str) -> str:
    """Percent-encoded text, cut with a hash suffix when long, so IRIs stay valid and of bounded size."""
    local = quote(text, safe="-._~")
    if len(local) > _MAX_LOCAL:
        cut = local[:_MAX_LOCAL]
        cut = cut[: cut.rfind("%")] if "%" in cut[-2:] else cut
        local = f"{cut}-{hashlib.sha256(text.encode('utf-8', 'surrogatepass')).hexdigest()[:12]}"
    return local


def mint_iri(base: str, node_id: str) -> URIRef:
    """The IRI of a node: ``base`` + ``type/`` + the percent-encoded rest of the node id.

    Examples
    --------
    >>> str(mint_iri("https://ex.org/", "model:llama <2>"))
    'https://ex.org/model/llama%20%3C2%3E'
    """
    return URIRef(_mint(base, node_id))


def _mint(base: str, node_id: str) -> str:
    kind, _, rest = node_id.partition(":")
    return f"{base}{quote(kind, safe='')}/{_local(rest)}"


def _part(iri: str, name: str) -> str:
    """The IRI of a part of a resource (its evidence, a selector): a fragment, or a suffix if it has one."""
    return f"{iri}{'-' if '#' in iri else '#'}{name}"


def _clean(text: str) -> str:
    """Text safe in any RDF syntax: control characters and lone surrogates become U+FFFD.

    Replaced one for one rather than removed, so that character offsets into the text stay true.
    """
    # A regex, not a generator over characters: this runs on every abstract and was half of write_rdf.
    return _UNSAFE_CHARS.sub("\ufffd", text) if _UNSAFE_CHARS.search(text) else text


def decimal_lexical(value: float | str) -> str | None:
    """The xsd:decimal lexical form of a number (no exponent), or None if it is not finite.

    Goes through ``repr`` so that 91.5 is "91.5", not the binary float's 91.4999….

    Examples
    --------
    >>> decimal_lexical(91.5), decimal_lexical(1e20), decimal_lexical(3)
    ('91.5', '100000000000000000000', '3')
    """
    if isinstance(value, float) and not math.isfinite(value):
        return None
    try:
        number = Decimal(repr(value) if isinstance(value, float) else str(value))
    except InvalidOperation:
        return None
    return format(number, "f") if number.is_finite() else None


def software_iris(base: str) -> tuple[str, str]:
    """The IRIs of the extraction activity and the software agent, naming this paperkg version."""
    version = _local(__version__)
    return f"{base}activity/extraction-paperkg-{version}", f"{base}agent/paperkg-{version}"


def triples(G: nx.MultiDiGraph, *, base: str = DEFAULT_BASE_IRI) -> Iterator[Triple]:
    """Every triple of the export, each once, in a fixed order: the one builder behind every format.

    The order follows the graph rather than a sort, so that a large export streams to its file without
    the triples being held, de-duplicated or sorted: first the extraction activity and the software
    agent, then each node in ``G``'s order (its types, its attributes, its outgoing links), each followed
    by the resources that belong to it: a paper's abstract and the listings not written yet, a claim's
    annotation, target and selectors. A subject's triples are always consecutive (one Turtle block, one
    JSON-LD node), and the same graph gives the same sequence on every run.
    """
    return _triples(G, check_base(base))


def _triples(G: nx.MultiDiGraph, base: str) -> Iterator[Triple]:
    iri = {node: _mint(base, node) for node in G.nodes}
    activity, agent = software_iris(base)
    yield activity, TYPE, _PROV_Activity
    yield activity, _RDFS + "label", Lit(f"paperkg {__version__} extraction")
    yield activity, _PROV_wasAssociatedWith, agent
    yield agent, TYPE, _PROV_SoftwareAgent
    yield agent, _RDFS + "label", Lit(f"paperkg {__version__}")
    yield agent, _SCHEMA_softwareVersion, Lit(__version__)
    listings: set[str] = set()  # listing resources already written: many papers share one
    # networkx's adjacency dicts rather than its views, whose item iteration costs ~15 µs a node.
    succ, pred = G._succ, G._pred
    for node, attrs in G.nodes(data=True):
        s = iri[node]
        kind = attrs.get("type", "")
        for cls in CLASSES.get(kind, (_SKOS + "Concept",)):
            yield s, TYPE, cls
        if kind == "Paper":
            yield from _paper(s, node, attrs)
        elif kind == "Claim":
            yield s, _DCT + "identifier", Lit(_clean(node))
            yield from _claim_values(s, attrs)
        else:
            yield s, _DCT + "identifier", Lit(_clean(node))
            yield s, _SKOS + "prefLabel", Lit(_clean(attrs.get("name", node)))
            for alias in dict.fromkeys(_clean(a) for a in attrs.get("aliases", ())):
                yield s, _SKOS + "altLabel", Lit(alias)
        for v, relations in succ[node].items():
            for relation in relations:
                if relation == "measures" and kind == "Claim":
                    yield s, _MLS_specifiedBy, iri[v]
                elif relation in RELATIONS:
                    yield s, RELATIONS[relation], iri[v]
        if kind == "Paper":
            yield from _paper_parts(s, attrs, base, listings)
        elif kind == "Claim":
            paper = f"paper:{attrs['paper']}"
            edge = next((keys["reports"] for keys in pred[node].values() if "reports" in keys), {})
            abstract = G.nodes[paper].get("abstract", "") if paper in G else ""
            yield from _claim_parts(s, edge, iri.get(paper), abstract, activity, agent)


def _listing_iri(listing: dict[str, Any], base: str) -> tuple[str, str, str]:
    """A listing's IRI, file name and date ("" when it has none)."""
    name = Path(str(listing.get("file", ""))).name
    date = listing.get("date") or ""
    return f"{base}listing/{_local(name)}" + (f"-{_local(date)}" if date else ""), name, date


def _paper(s: str, node: str, attrs: dict[str, Any]) -> Iterator[Triple]:
    yield s, _DCT + "identifier", Lit(_clean(node.partition(":")[2]))
    yield s, _DCT + "title", Lit(_clean(attrs.get("title") or attrs.get("name", "")))
    yield s, _DCT + "abstract", Lit(_clean(attrs.get("abstract", "")))
    for url in dict.fromkeys(_clean(u) for u in attrs.get("urls", ())):
        yield s, _PKG_codeRepository, Lit(url, XSD_ANYURI)


def _paper_parts(s: str, attrs: dict[str, Any], base: str, written: set[str]) -> Iterator[Triple]:
    """The paper's listings (``written`` holds those already written by another paper) and its abstract."""
    lsts: dict[str, tuple[str, str]] = {}
    for listing in attrs.get("listings", ()):
        lst, name, date = _listing_iri(listing, base)
        lsts.setdefault(lst, (name, date))
    for lst in lsts:
        yield s, _PKG_listedIn, lst
    text = _part(s, "abstract")
    yield text, TYPE, _DCTYPES_Text
    yield text, _DCT + "isPartOf", s
    for lst, (name, date) in lsts.items():
        if lst in written:
            continue
        written.add(lst)
        yield lst, TYPE, _PKG_Listing
        yield lst, _PKG_fileName, Lit(_clean(name))
        if date:
            yield lst, _PKG_listingDate, Lit(_clean(date))


def _claim_values(s: str, attrs: dict[str, Any]) -> Iterator[Triple]:
    value = decimal_lexical(attrs.get("value", float("nan")))
    if value is not None:
        yield s, _MLS_hasValue, Lit(value, XSD_DECIMAL)
    yield s, _PKG_unit, Lit(_clean(attrs.get("unit") or ""))
    yield s, _PKG_direction, Lit(_clean(attrs.get("direction") or "none"))
    yield s, _PKG_claimText, Lit(_clean(attrs.get("name", "")))
    for attr, prop in _CLAIM_TEXTS:
        if attrs.get(attr):
            yield s, prop, Lit(_clean(attrs[attr]))


def _claim_parts(
    s: str, edge: dict[str, Any], paper: str | None, abstract: str, activity: str, agent: str
) -> Iterator[Triple]:
    """The rest of the claim's block (evidence, provenance), then its annotation, target and selectors."""
    if edge.get("sentence"):
        yield s, _PKG_evidence, Lit(_clean(edge["sentence"]))
    yield s, _PROV_wasGeneratedBy, activity
    yield s, _PROV_wasAttributedTo, agent
    if paper is None:
        return
    yield s, _PROV_wasDerivedFrom, paper
    start, end = edge.get("start"), edge.get("end")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(abstract)):
        return
    ann, target, quote_sel, position = (_part(s, n) for n in ("evidence", "target", "quote", "position"))
    yield ann, TYPE, _OA_Annotation
    yield ann, _OA_motivatedBy, _OA_describing
    yield ann, _OA_hasBody, s
    yield ann, _OA_hasTarget, target
    yield target, TYPE, _OA_SpecificResource
    yield target, _OA_hasSource, _part(paper, "abstract")
    yield target, _OA_hasSelector, quote_sel
    yield target, _OA_hasSelector, position
    yield quote_sel, TYPE, _OA_TextQuoteSelector
    yield quote_sel, _OA_exact, Lit(_clean(abstract[start:end]))
    yield quote_sel, _OA_prefix, Lit(_clean(abstract[max(0, start - _CONTEXT_CHARS) : start]))
    yield quote_sel, _OA_suffix, Lit(_clean(abstract[end : end + _CONTEXT_CHARS]))
    yield position, TYPE, _OA_TextPositionSelector
    yield position, _OA_start, Lit(str(start), XSD_NNI)
    yield position, _OA_end, Lit(str(end), XSD_NNI)


def prefixes(base: str = DEFAULT_BASE_IRI, kinds: Iterable[str] = ()) -> dict[str, str]:
    """The vocabulary prefixes plus one per node type under the base (``paper:``, ``claim:``…)."""
    out = dict(PREFIXES)
    for kind in sorted(set(kinds) | {"listing", "agent", "activity"}):
        if kind not in out and re.fullmatch(r"[a-z][a-z0-9]*", kind):
            out[kind] = f"{base}{kind}/"
    return out


def _kinds(G: nx.MultiDiGraph) -> set[str]:
    return {node.partition(":")[0] for node in G.nodes}


def _rdflib_term(o: Obj) -> URIRef | Literal:
    if isinstance(o, str):
        return URIRef(o)
    return Literal(o.value, datatype=URIRef(o.datatype) if o.datatype else None)


def to_rdf(G: nx.MultiDiGraph, *, base: str = DEFAULT_BASE_IRI) -> Graph:
    """The RDF graph of a paperkg graph, as an rdflib ``Graph`` (for notebooks and small graphs)."""
    base = check_base(base)
    g = Graph()
    for prefix, ns in prefixes(base, _kinds(G)).items():
        g.bind(prefix, ns, override=True, replace=True)
    for s, p, o in triples(G, base=base):
        g.add((URIRef(s), URIRef(p), _rdflib_term(o)))
    return g


def _oxigraph_triples(ts: Iterable[Triple]) -> Iterator[Any]:
    """pyoxigraph ``Triple`` objects of builder triples, made as they are consumed.

    Only the vocabulary (predicates, classes, datatypes: a few dozen IRIs used millions of times) is
    cached, and a subject's node is reused across its consecutive triples; nothing grows with the graph.
    """
    import pyoxigraph as ox

    named, literal, triple = ox.NamedNode, ox.Literal, ox.Triple
    vocab: dict[str, Any] = {}
    last, subject = "", None
    for s, p, o in ts:
        if s != last:
            last, subject = s, named(s)
        predicate = vocab.get(p)
        if predicate is None:
            predicate = vocab[p] = named(p)
        if o.__class__ is str:
            obj = vocab.get(o) if p == TYPE else None
            if obj is None:
                obj = named(o)
                if p == TYPE:
                    vocab[o] = obj
        elif o.datatype:
            dt = vocab.get(o.datatype)
            if dt is None:
                dt = vocab[o.datatype] = named(o.datatype)
            obj = literal(o.value, datatype=dt)
        else:
            obj = literal(o.value)
        yield triple(subject, predicate, obj)


def _compact(iri: str, namespaces: list[tuple[str, str]]) -> str:
    for prefix, ns in namespaces:
        if iri.startswith(ns) and len(iri) > len(ns) and not iri[len(ns) :].startswith("/"):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def to_jsonld(ts: Iterable[Triple], context: dict[str, str]) -> dict[str, Any]:
    """Compacted JSON-LD (``@context`` of prefixes, ``@graph`` of nodes) built straight from the triples.

    Written here rather than by rdflib's serialiser, whose node order follows Python's string hashing
    and so changes from run to run.
    """
    namespaces = sorted(context.items(), key=lambda kv: -len(kv[1]))
    cache: dict[str, str] = {}

    def compact(iri: str) -> str:
        c = cache.get(iri)
        if c is None:
            c = cache[iri] = _compact(iri, namespaces)
        return c

    nodes: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    for s, p, o in ts:
        if current is None or current["@id"] != compact(s):
            current = {"@id": compact(s)}
            nodes.append(current)
        if p == TYPE and isinstance(o, str):
            current.setdefault("@type", []).append(compact(o))
            continue
        if isinstance(o, str):
            value: Any = {"@id": compact(o)}
        elif o.datatype is None:
            value = o.value
        else:
            value = {"@value": o.value, "@type": compact(o.datatype)}
        current.setdefault(compact(p), []).append(value)
    return {"@context": context, "@graph": nodes}


def write_rdf(G: nx.MultiDiGraph, dest: str | Path | IO[bytes], *, base: str = DEFAULT_BASE_IRI, fmt: str = "ttl") -> int:
    """Serialise the graph as RDF to a path (written atomically) or a binary stream; returns the triple count.

    ``fmt`` is ``ttl``, ``nt`` or ``jsonld``. Turtle and N-Triples stream through pyoxigraph's serialiser
    (rdflib if pyoxigraph is missing) straight into the file, so memory does not grow with the triples;
    JSON-LD is built whole by :func:`to_jsonld`. The triple order is :func:`triples`'.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown RDF format {fmt!r}; expected one of {', '.join(sorted(FORMATS))}")
    base = check_base(base)
    counted = _Counter(triples(G, base=base))
    context = prefixes(base, _kinds(G))
    if isinstance(dest, (str, Path)):
        with atomic_writer(Path(dest), binary=True) as f:
            _serialize_to(counted, FORMATS[fmt], context, f)
    else:
        _serialize_to(counted, FORMATS[fmt], context, dest)
    return counted.count


class _Counter:
    """An iterator that counts what passes through it (the triple count, without holding the triples)."""

    def __init__(self, items: Iterable[Triple]) -> None:
        self._items = iter(items)
        self.count = 0

    def __iter__(self) -> Iterator[Triple]:
        return self

    def __next__(self) -> Triple:
        item = next(self._items)
        self.count += 1
        return item


def _serialize_to(ts: Iterable[Triple], fmt: str, context: dict[str, str], out: IO[bytes]) -> None:
    try:
        import pyoxigraph as ox
    except ImportError:  # pragma: no cover - pyoxigraph is a dependency; rdflib keeps the export working
        ox = None
    if fmt == "json-ld" or ox is None:
        out.write(serialize(ts, fmt, context))
    elif fmt == "nt":
        ox.serialize(_oxigraph_triples(ts), out, ox.RdfFormat.N_TRIPLES)
    else:
        ox.serialize(_oxigraph_triples(ts), out, ox.RdfFormat.TURTLE, prefixes=context)


def serialize(ts: Iterable[Triple], fmt: str, context: dict[str, str]) -> bytes:
    """Bytes of builder triples in ``turtle``, ``nt`` or ``json-ld``, in the order given."""
    if fmt == "json-ld":
        doc = to_jsonld(ts, context)
        return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    try:
        import pyoxigraph as ox
    except ImportError:  # pragma: no cover - pyoxigraph is a dependency; rdflib keeps the export working
        g = Graph()
        for prefix, ns in context.items():
            g.bind(prefix, ns, override=True, replace=True)
        for s, p, o in ts:
            g.add((URIRef(s), URIRef(p), _rdflib_term(o)))
        return g.serialize(format=fmt, encoding="utf-8")
    if fmt == "nt":
        return ox.serialize(_oxigraph_triples(ts), format=ox.RdfFormat.N_TRIPLES)
    return ox.serialize(_oxigraph_triples(ts), format=ox.RdfFormat.TURTLE, prefixes=context)
