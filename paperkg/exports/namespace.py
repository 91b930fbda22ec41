"""The vocabularies of the RDF export: the paperkg vocabulary as a closed namespace, and the reused ones.

The published description of every paperkg term (``rdfs:label``, ``rdfs:comment``) is ``vocab.ttl``
beside this file; a test checks that the two list the same terms. ``PKG`` is closed (``_fail``) so
that a typo in a term name raises at once instead of minting a term nobody described.
"""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

#: Default base for the IRIs of papers, entities and claims (``--base-iri`` changes it).
DEFAULT_BASE_IRI = "https://w3id.org/paperkg/id/"

SCHEMA = Namespace("https://schema.org/")
MLS = Namespace("http://www.w3.org/ns/mls#")
OA = Namespace("http://www.w3.org/ns/oa#")
PROV = Namespace("http://www.w3.org/ns/prov#")
DCTYPES = Namespace("http://purl.org/dc/dcmitype/")
VOID = Namespace("http://rdfs.org/ns/void#")


class PKG(DefinedNamespace):
    """Classes and properties of the paperkg vocabulary."""

    _fail = True
    _NS = Namespace("https://w3id.org/paperkg/vocab#")

    Method: URIRef
    Model: URIRef
    Dataset: URIRef
    Benchmark: URIRef
    Metric: URIRef
    Task: URIRef
    Claim: URIRef
    Listing: URIRef

    proposes: URIRef
    uses: URIRef
    evaluatesOn: URIRef
    addresses: URIRef
    measures: URIRef
    reports: URIRef
    on: URIRef
    achievedBy: URIRef
    comparedTo: URIRef
    variantOf: URIRef

    unit: URIRef
    metricName: URIRef
    direction: URIRef
    qualifier: URIRef
    subjectText: URIRef
    benchmarkText: URIRef
    baselineText: URIRef
    claimText: URIRef
    evidence: URIRef
    listedIn: URIRef
    fileName: URIRef
    listingDate: URIRef
    codeRepository: URIRef


#: Prefixes of every vocabulary the export uses, in the order they are written.
PREFIXES: dict[str, str] = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "schema": str(SCHEMA),
    "dcterms": "http://purl.org/dc/terms/",
    "dctypes": str(DCTYPES),
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "mls": str(MLS),
    "prov": str(PROV),
    "oa": str(OA),
    "pkg": str(PKG._NS),
}
