"""RDF export: the graph as triples in schema.org, DCTerms, SKOS, ML-Schema, PROV-O, Web Annotation and pkg.

One builder (:func:`triples`) turns the networkx graph into plain ``(subject, predicate, object)``
tuples; :func:`to_rdf` wraps them in an rdflib ``Graph`` (the friendly API) and :func:`write_rdf`
serialises them through pyoxigraph (Turtle and N-Triples: ~50x faster than rdflib's serialiser at a
million triples) or as compacted JSON-LD. The tuples are de-duplicated and sorted, so the same graph
gives byte-identical files on every run.

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
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import IO, Any, Iterable, Iterator, NamedTuple, Union
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


def decimal_lexical(value: float | int | str) -> str | None:
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


def triples(G: nx.MultiDiGraph, *, base: str = DEFAULT_BASE_IRI) -> list[Triple]:
    """Every triple of the export, de-duplicated and sorted: the one builder behind every format.

    Sorted so that output is byte-identical across runs and grouped by subject in Turtle.
    """
    base = check_base(base)
    return sorted(set(_triples(G, base)), key=_sort_key)


def _sort_key(t: Triple) -> tuple[str, str, str]:
    o = t[2]
    return (t[0], "" if t[1] == TYPE else t[1], "<" + o if isinstance(o, str) else f'"{o.value}"{o.datatype or ""}')


def _triples(G: nx.MultiDiGraph, base: str) -> Iterator[Triple]:
    iri = {node: _mint(base, node) for node in G.nodes}
    activity, agent = software_iris(base)
    yield activity, TYPE, _PROV_Activity
    yield activity, _RDFS + "label", Lit(f"paperkg {__version__} extraction")
    yield activity, _PROV_wasAssociatedWith, agent
    yield agent, TYPE, _PROV_SoftwareAgent
    yield agent, _RDFS + "label", Lit(f"paperkg {__version__}")
    yield agent, _SCHEMA_softwareVersion, Lit(__version__)
    reports: dict[str, dict[str, Any]] = {}
    for u, v, relation, attrs in G.edges(keys=True, data=True):
        if relation == "reports":
            reports[v] = attrs
        kind = G.nodes[u].get("type")
        if relation == "measures" and kind == "Claim":
            yield iri[u], _MLS_specifiedBy, iri[v]
        elif relation in RELATIONS:
            yield iri[u], RELATIONS[relation], iri[v]
    for node, attrs in G.nodes(data=True):
        s = iri[node]
        kind = attrs.get("type", "")
        for cls in CLASSES.get(kind, (_SKOS + "Concept",)):
            yield s, TYPE, cls
        if kind == "Paper":
            yield from _paper(s, node, attrs, base)
        elif kind == "Claim":
            paper = f"paper:{attrs['paper']}"
            abstract = G.nodes[paper].get("abstract", "") if paper in G else ""
            yield from _claim(s, node, attrs, reports.get(node, {}), iri.get(paper), abstract, activity, agent)
        else:
            yield s, _DCT + "identifier", Lit(_clean(node))
            yield s, _SKOS + "prefLabel", Lit(_clean(attrs.get("name", node)))
            for alias in attrs.get("aliases", ()):
                yield s, _SKOS + "altLabel", Lit(_clean(alias))


def _paper(s: str, node: str, attrs: dict[str, Any], base: str) -> Iterator[Triple]:
    yield s, _DCT + "identifier", Lit(_clean(node.partition(":")[2]))
    yield s, _DCT + "title", Lit(_clean(attrs.get("title") or attrs.get("name", "")))
    yield s, _DCT + "abstract", Lit(_clean(attrs.get("abstract", "")))
    text = _part(s, "abstract")
    yield text, TYPE, _DCTYPES_Text
    yield text, _DCT + "isPartOf", s
    for listing in attrs.get("listings", ()):
        name = Path(str(listing.get("file", ""))).name
        date = listing.get("date") or ""
        lst = f"{base}listing/{_local(name)}" + (f"-{_local(date)}" if date else "")
        yield s, _PKG_listedIn, lst
        yield lst, TYPE, _PKG_Listing
        yield lst, _PKG_fileName, Lit(_clean(name))
        if date:
            yield lst, _PKG_listingDate, Lit(_clean(date))
    for url in attrs.get("urls", ()):
        yield s, _PKG_codeRepository, Lit(_clean(url), XSD_ANYURI)


def _claim(
    s: str,
    node: str,
    attrs: dict[str, Any],
    edge: dict[str, Any],
    paper: str | None,
    abstract: str,
    activity: str,
    agent: str,
) -> Iterator[Triple]:
    yield s, _DCT + "identifier", Lit(_clean(node))
    value = decimal_lexical(attrs.get("value", float("nan")))
    if value is not None:
        yield s, _MLS_hasValue, Lit(value, XSD_DECIMAL)
    yield s, _PKG_unit, Lit(_clean(attrs.get("unit") or ""))
    yield s, _PKG_direction, Lit(_clean(attrs.get("direction") or "none"))
    yield s, _PKG_claimText, Lit(_clean(attrs.get("name", "")))
    for attr, prop in (
        ("metric", _PKG_metricName),
        ("qualifier", _PKG_qualifier),
        ("subject", _PKG_subjectText),
        ("benchmark", _PKG_benchmarkText),
        ("baseline", _PKG_baselineText),
    ):
        if attrs.get(attr):
            yield s, prop, Lit(_clean(attrs[attr]))
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


def _oxigraph_triples(ts: list[Triple]) -> Iterator[Any]:
    import pyoxigraph as ox

    nodes: dict[str, Any] = {}

    def named(iri: str) -> Any:
        n = nodes.get(iri)
        if n is None:
            n = nodes[iri] = ox.NamedNode(iri)
        return n

    for s, p, o in ts:
        if isinstance(o, str):
            obj = named(o)
        elif o.datatype:
            obj = ox.Literal(o.value, datatype=named(o.datatype))
        else:
            obj = ox.Literal(o.value)
        yield ox.Triple(named(s), named(p), obj)


def _compact(iri: str, namespaces: list[tuple[str, str]]) -> str:
    for prefix, ns in namespaces:
        if iri.startswith(ns) and len(iri) > len(ns) and not iri[len(ns) :].startswith("/"):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def to_jsonld(ts: list[Triple], context: dict[str, str]) -> dict[str, Any]:
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

    ``fmt`` is ``ttl``, ``nt`` or ``jsonld``. Turtle and N-Triples go through pyoxigraph when it is
    installed (rdflib otherwise), JSON-LD through :func:`to_jsonld`.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown RDF format {fmt!r}; expected one of {', '.join(sorted(FORMATS))}")
    base = check_base(base)
    ts = triples(G, base=base)
    data = serialize(ts, FORMATS[fmt], prefixes(base, _kinds(G)))
    if isinstance(dest, (str, Path)):
        with atomic_writer(Path(dest), binary=True) as f:
            f.write(data)
    else:
        dest.write(data)
    return len(ts)


def serialize(ts: list[Triple], fmt: str, context: dict[str, str]) -> bytes:
    """Bytes of sorted builder triples in ``turtle``, ``nt`` or ``json-ld``."""
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
