"""Exports: RDF with safe IRIs and typed values, and an HTML page that is offline and escapes text."""
from __future__ import annotations

import io
import re

import pytest
from rdflib import RDF, XSD, Graph, URIRef
from rdflib.namespace import DCTERMS, SKOS

from paperkg.exports import html
from paperkg.exports.html import page_view, select_view, to_html
from paperkg.exports.namespace import MLS, PKG, SCHEMA
from paperkg.exports.rdf import mint_iri, to_rdf, write_rdf
from paperkg.graph import build_graph
from paperkg.records import Claim, Entity, Extraction, Mention, Paper, paper_id

HOSTILE = 'Evil <script>alert(1)</script> "onmouseover=alert(2) \\ \x01\x7f 🚀 ' + "x" * 2000


def record(title: str, abstract: str, entities=(), claims=()) -> Extraction:
    return Extraction(Paper(id=paper_id(title), title=title, abstract=abstract), tuple(entities), tuple(claims))


@pytest.fixture()
def hostile_graph():
    abstract = f"We use {HOSTILE} and reach 91.5% accuracy."
    start = abstract.index(HOSTILE)
    ent = Entity(HOSTILE, "method", ("H <b>",), False, (Mention(HOSTILE, "abstract", start, start + len(HOSTILE)),))
    c0 = abstract.index("91.5%")
    claim = Claim("91.5%", 91.5, "%", "none", c0, c0 + 5, abstract, metric="accuracy")
    return build_graph([record(HOSTILE, abstract, [ent], [claim])])


@pytest.mark.parametrize("fmt", ["ttl", "nt", "jsonld"])
def test_hostile_text_gives_valid_rdf_in_every_format(hostile_graph, fmt) -> None:
    buf = io.BytesIO()
    triples = write_rdf(hostile_graph, buf, fmt=fmt)
    g = Graph().parse(data=buf.getvalue(), format={"ttl": "turtle", "nt": "nt", "jsonld": "json-ld"}[fmt])
    assert len(g) == triples
    assert len(list(g.subjects(RDF.type, SCHEMA.ScholarlyArticle))) == 1
    for s in g.subjects():
        assert isinstance(s, URIRef) and not re.search(r"[\s<>\"{}|\\^`\x00-\x1f]", str(s))


def test_iris_are_deterministic_and_percent_encoded() -> None:
    iri = str(mint_iri("https://ex.org/kg/", 'method:a b<c>"d\\é🚀'))
    assert iri == str(mint_iri("https://ex.org/kg/", 'method:a b<c>"d\\é🚀'))
    assert iri.startswith("https://ex.org/kg/method/") and not re.search(r"[^A-Za-z0-9\-._~:/%]", iri)


def test_claim_values_are_decimals_and_entities_have_labels(hostile_graph) -> None:
    g = to_rdf(hostile_graph)
    values = list(g.objects(None, MLS.hasValue))
    assert values and all(v.datatype == XSD.decimal for v in values)
    for s in g.subjects(RDF.type, PKG.Method):
        assert g.value(s, SKOS.prefLabel) is not None
    paper = next(g.subjects(RDF.type, SCHEMA.ScholarlyArticle))
    assert g.value(paper, DCTERMS.title) is not None and g.value(paper, DCTERMS.abstract) is not None


def test_vocabulary_file_describes_every_term() -> None:
    from importlib import resources

    from rdflib import RDFS

    vocab = Graph().parse(data=resources.files("paperkg.exports").joinpath("vocab.ttl").read_text(), format="turtle")
    terms = {str(t) for t in vocab.subjects(RDFS.label, None)} - {str(PKG._NS)}
    declared = {str(PKG._NS) + name for name in PKG.__annotations__}
    assert terms == declared
    for t in terms:
        assert vocab.value(URIRef(t), RDFS.comment) is not None


def test_html_is_offline_and_escapes_abstract_text(hostile_graph) -> None:
    page = to_html(hostile_graph)
    data = re.search(r'<script id="paperkg-data" type="application/json">(.*?)</script>', page, re.S)
    assert data is not None and "<" not in data.group(1) and ">" not in data.group(1)
    markup = page[: data.start()] + page[data.end() :]
    assert "alert(1)" not in markup and "onmouseover=alert(2)" not in markup
    assert not re.search(r"""<(?:script|link|img|iframe)[^>]+(?:src|href)\s*=\s*["']?(?:https?:)?//""", page, re.I)
    assert not re.search(r"@import|url\(\s*['\"]?(?:https?:)?//", page, re.I)
    assert 'id="paperkg-search"' in page and 'id="paperkg-details"' in page


def _shared_entity_graph(papers: int):
    """``papers`` papers that all use BERT (same-length titles, so page sizes compare)."""
    abstract = "We fine-tune BERT on our data."
    at = abstract.index("BERT")
    bert = Entity("BERT", "model", (), False, (Mention("BERT", "abstract", at, at + 4),))
    return build_graph([record(f"Paper number {i:05d}", abstract, [bert]) for i in range(papers)])


def _page_data(page: str) -> dict:
    import json

    data = re.search(r'<script id="paperkg-data" type="application/json">(.*?)</script>', page, re.S)
    assert data is not None
    return json.loads(data.group(1))


def test_details_list_a_bounded_number_of_papers_drawn_ones_first() -> None:
    G = _shared_entity_graph(30)
    view = select_view(G, max_nodes=5)  # BERT and the first 4 papers
    data = _page_data(to_html(view.graph, note=view.note))
    bert = next(d for d in data["details"] if d["name"] == "BERT")
    assert len(bert["papers"]) == html.PAPERS_LISTED and bert["more_papers"] == 30 - html.PAPERS_LISTED
    drawn = [p for p in bert["papers"] if p[0] >= 0]
    assert len(drawn) == 4 and bert["papers"][:4] == drawn  # clickable papers first
    assert [p[1] for p in bert["papers"][4:6]] == ["Paper number 00004", "Paper number 00005"]
    assert len(view.graph.graph["paper_titles"]) == html.PAPERS_LISTED - 4  # only the titles listed


def test_build_page_size_depends_on_the_nodes_drawn_not_the_corpus() -> None:
    small, big = _shared_entity_graph(40), _shared_entity_graph(400)
    pages = []
    for G in (small, big):
        view = page_view(G, max_nodes=10)
        assert view.graph.number_of_nodes() == 10
        assert view.note.startswith(f"showing 10 of {G.number_of_nodes():,} nodes") and "paperkg html" in view.note
        pages.append(to_html(view.graph, note=view.note))
    assert abs(len(pages[1]) - len(pages[0])) < 50  # the note's digits and the "more" count
    assert page_view(small).note == "" and page_view(small).graph.number_of_nodes() == small.number_of_nodes()
