"""The paperkg vocabulary as a closed rdflib namespace: a typo in a term name raises at once.

The published description of every term (``rdfs:label``, ``rdfs:comment``) is ``vocab.ttl`` beside
this file; a test checks that the two list the same terms.
"""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

#: Default base for the IRIs of papers, entities and claims (``--base-iri`` changes it).
DEFAULT_BASE_IRI = "https://w3id.org/paperkg/id/"
SCHEMA = Namespace("https://schema.org/")


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

    value: URIRef
    unit: URIRef
    metricName: URIRef
    direction: URIRef
    qualifier: URIRef
    baselineText: URIRef
    claimText: URIRef
    evidence: URIRef
    listing: URIRef
    listingDate: URIRef
    codeRepository: URIRef
