"""RDF a SPARQL user can trust: determinism, safe IRIs, typed values, evidence, SHACL, SPARQL round trip."""
from __future__ import annotations

import io
import json
from decimal import Decimal
from importlib import resources
from pathlib import Path

import pytest
from rdflib import RDF, XSD, Graph, Literal, URIRef

from paperkg import __version__
from paperkg.exports.namespace import MLS, OA, PKG, PROV
from paperkg.exports.rdf import check_base, mint_iri, to_rdf, triples, write_rdf
from paperkg.exports.sparql import (
    QueryError,
    bundled_queries,
    format_rows,
    load_store,
    query_description,
    run_query,
    void_description,
)
from paperkg.graph import build_graph
from paperkg.records import Claim, Entity, Extraction, Listing, Mention, Paper, paper_id

PARSE = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld"}
NASTY = ['a b', 'q"uote', "<tag>", "back\\slash", "ctl\x01\x1f\x7f", "emoji 🚀🧪", "x" * 2000, "#frag?q=1&x", "%41"]


def _graph(name: str = "LoRA", value: float = 91.5):
    abstract = f"We propose {name}. It reaches {value}% accuracy on GSM8K, beating vLLM."
    start = abstract.index(name)
    ent = Entity(name, "method", ("alias <" + name + ">",), True, (Mention(name, "abstract", start, start + len(name)),))
    bench_at = abstract.index("GSM8K")
    bench = Entity("GSM8K", "benchmark", (), False, (Mention("GSM8K", "abstract", bench_at, bench_at + 5),))
    text = f"{value}%"
    c0 = abstract.index(text)
    claim = Claim(text, value, "%", "none", c0, c0 + len(text), abstract, metric="accuracy", subject=name, benchmark="GSM8K")
    title = f"Paper about {name}"
    return build_graph([Extraction(Paper(id=paper_id(title), title=title, abstract=abstract), (ent, bench), (claim,))])


def _parse(data: bytes, fmt: str) -> Graph:
    return Graph().parse(data=data, format=PARSE[fmt])


@pytest.mark.parametrize("fmt", ["ttl", "nt", "jsonld"])
@pytest.mark.parametrize("name", NASTY)
def test_any_name_gives_valid_iris_in_every_format(name: str, fmt: str) -> None:
    import pyoxigraph

    buf = io.BytesIO()
    n = write_rdf(_graph(name), buf, base="https://ex.org/kg/", fmt=fmt)
    g = _parse(buf.getvalue(), fmt)
    assert len(g) == n
    for term in set(g.subjects()) | set(g.objects()):
        if isinstance(term, URIRef):
            pyoxigraph.NamedNode(str(term))  # raises on an invalid IRI
            assert len(str(term)) < 400
    assert set(g.objects(None, PKG.claimText)) == {Literal("91.5%")}


@pytest.mark.parametrize("fmt", ["ttl", "nt", "jsonld"])
def test_output_is_byte_identical_across_runs(fmt: str) -> None:
    a, b = io.BytesIO(), io.BytesIO()
    write_rdf(_graph(), a, fmt=fmt)
    write_rdf(_graph(), b, fmt=fmt)
    assert a.getvalue() == b.getvalue()
    assert b"_:" not in a.getvalue()  # no blank nodes anywhere


def test_jsonld_has_a_context_and_compact_terms() -> None:
    buf = io.BytesIO()
    write_rdf(_graph(), buf, fmt="jsonld")
    doc = json.loads(buf.getvalue())
    assert doc["@context"]["mls"] == str(MLS) and doc["@context"]["pkg"] == str(PKG._NS)
    claim = next(n for n in doc["@graph"] if "pkg:Claim" in n.get("@type", []))
    assert claim["mls:hasValue"] == [{"@value": "91.5", "@type": "xsd:decimal"}]


def test_claim_is_a_model_evaluation_with_evidence_and_provenance() -> None:
    G = _graph()
    g = to_rdf(G, base="https://ex.org/kg/")
    claim = next(g.subjects(RDF.type, PKG.Claim))
    assert (claim, RDF.type, MLS.ModelEvaluation) in g
    value = g.value(claim, MLS.hasValue)
    assert value.datatype == XSD.decimal and value.toPython() == Decimal("91.5")
    metric = g.value(claim, MLS.specifiedBy)
    assert (metric, RDF.type, MLS.EvaluationMeasure) in g
    assert g.value(claim, PKG.on) is not None and g.value(claim, PKG.achievedBy) is not None
    ann = URIRef(str(claim) + "#evidence")
    assert (ann, RDF.type, OA.Annotation) in g and g.value(ann, OA.hasBody) == claim
    target = g.value(ann, OA.hasTarget)
    quote_sel = URIRef(str(claim) + "#quote")
    pos = URIRef(str(claim) + "#position")
    assert {quote_sel, pos} == set(g.objects(target, OA.hasSelector))
    abstract = next(a for _, a in G.nodes(data="abstract") if a)
    start, end = int(g.value(pos, OA.start)), int(g.value(pos, OA.end))
    assert abstract[start:end] == str(g.value(quote_sel, OA.exact)) == "91.5%"
    assert abstract[:start].endswith(str(g.value(quote_sel, OA.prefix)))
    assert abstract[end:].startswith(str(g.value(quote_sel, OA.suffix)))
    agent = g.value(claim, PROV.wasAttributedTo)
    assert __version__ in str(agent) and g.value(claim, PROV.wasGeneratedBy) is not None


def test_base_iri_is_checked_and_used() -> None:
    assert check_base("urn:x:") == "urn:x:/"
    with pytest.raises(ValueError, match="not an absolute IRI"):
        check_base("not an iri")
    g = to_rdf(_graph(), base="https://example.org/kg#")
    assert all(str(s).startswith("https://example.org/kg#") for s in g.subjects())
    assert str(mint_iri("https://e.org/", "method:" + "y" * 3000)).startswith("https://e.org/method/yyy")


def test_control_characters_keep_offsets() -> None:
    g = to_rdf(_graph("ctl\x01x"))
    assert all("\x01" not in str(o) for o in g.objects())


def test_bundled_queries_have_a_leading_comment() -> None:
    queries = bundled_queries()
    assert {"leaderboard", "speedups", "top-methods", "compared-to", "by-date"} <= set(queries)
    for text in queries.values():
        assert text.startswith("#") and query_description(text)


def test_malformed_query_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "g.ttl"
    write_rdf(_graph(), path)
    with pytest.raises(QueryError) as info:
        run_query(path, "SELECT ?x WHERE {\n  ?x a pkg:Claim\n  FILTER(?x = }")
    assert info.value.line == 3 and info.value.column is not None
    with pytest.raises(QueryError) as info:
        run_query(Graph().parse(path), "SELECT ?x WHERE {\n  ?x a pkg:Claim\n  FILTER(?x = }")
    assert info.value.line == 3


def test_rdflib_fallback_gives_the_same_rows(tmp_path: Path) -> None:
    path = tmp_path / "g.nt"
    write_rdf(_graph(), path, fmt="nt")
    q = "SELECT ?v ?u WHERE { ?c mls:hasValue ?v ; pkg:unit ?u }"
    assert run_query(path, q) == run_query(Graph().parse(path), q) == (["v", "u"], [[Decimal("91.5"), "%"]])


def test_format_rows() -> None:
    cols, rows = ["name", "value"], [["a,b", Decimal("1.5")], [None, 2]]
    assert format_rows(cols, rows, "csv") == 'name,value\n"a,b",1.5\n,2'
    assert json.loads(format_rows(cols, rows, "json")) == [{"name": "a,b", "value": 1.5}, {"name": None, "value": 2}]
    assert "…" in format_rows(["x"], [["y" * 100]], width=10)


def test_query_cli(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from paperkg.cli import app

    write_rdf(_graph(), tmp_path / "graph.ttl")
    runner = CliRunner()
    result = runner.invoke(app, ["query", str(tmp_path), "leaderboard", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[:2] == ["benchmark,metric,value,unit,subject,title", "GSM8K,accuracy,91.5,%,LoRA,Paper about LoRA"]
    bad = runner.invoke(app, ["query", str(tmp_path), "SELECT ?x WHERE {"])
    assert bad.exit_code == 2 and "line 1" in bad.output
    void = runner.invoke(app, ["void", str(tmp_path)])
    assert void.exit_code == 0 and (tmp_path / "void.ttl").is_file()


def test_shapes_catch_a_string_value() -> None:
    pyshacl = pytest.importorskip("pyshacl")
    shapes = Graph().parse(data=resources.files("paperkg.exports").joinpath("shapes.ttl").read_text(), format="turtle")
    g = to_rdf(_graph())
    assert pyshacl.validate(g, shacl_graph=shapes)[0]
    claim = next(g.subjects(RDF.type, PKG.Claim))
    g.set((claim, MLS.hasValue, Literal("91.5")))
    assert not pyshacl.validate(g, shacl_graph=shapes)[0]


@pytest.fixture(scope="module")
def corpus_export(corpus_records, tmp_path_factory):
    G = build_graph(corpus_records)
    path = tmp_path_factory.mktemp("rdf") / "graph.ttl"
    write_rdf(G, path)
    return G, path


@pytest.mark.slow
def test_corpus_export_conforms_to_the_shapes(corpus_export) -> None:
    pyshacl = pytest.importorskip("pyshacl")
    _, path = corpus_export
    shapes = Graph().parse(data=resources.files("paperkg.exports").joinpath("shapes.ttl").read_text(), format="turtle")
    conforms, _, text = pyshacl.validate(Graph().parse(path), shacl_graph=shapes, inference="none")
    assert conforms, text[:3000]


@pytest.mark.slow
def test_sparql_round_trip_gives_back_the_records(corpus_records, corpus_export) -> None:
    G, path = corpus_export
    store = load_store(path)
    _, papers = run_query(store, "SELECT ?id WHERE { ?p a schema:ScholarlyArticle ; dcterms:identifier ?id }")
    assert sorted(r[0] for r in papers) == sorted(r.paper.id for r in corpus_records)
    assert len(papers) == 317
    _, entities = run_query(store, "SELECT ?id WHERE { ?e a skos:Concept ; dcterms:identifier ?id }")
    nodes = {n for n, t in G.nodes(data="type") if t not in ("Paper", "Claim")}
    assert {r[0] for r in entities} == nodes and len(entities) == len(nodes)
    _, claims = run_query(store, "SELECT ?id ?v WHERE { ?c a pkg:Claim ; dcterms:identifier ?id ; mls:hasValue ?v }")
    got = {cid: v for cid, v in claims}
    want = {f"claim:{r.paper.id}-{i}": Decimal(repr(c.value)) for r in corpus_records for i, c in enumerate(r.claims)}
    assert len(claims) == len(got) == len(want)
    assert all(isinstance(v, Decimal) for v in got.values())
    assert got == want
    columns, rows = run_query(store, "by-date")
    assert columns[0] == "date" and rows
    void = void_description(store)
    assert int(next(void.objects(None, URIRef("http://rdfs.org/ns/void#triples")))) == len(Graph().parse(path))


def test_each_triple_once_and_each_subject_in_one_block() -> None:
    """No global de-duplication or sort: shared listings, repeated URLs and aliases that clean alike."""
    listings = (Listing("mar.txt", 3, "Mar 19"), Listing("mar.txt", 9, "Mar 19"))
    records = []
    for title in ("One paper", "Another paper"):
        abstract = "We use LoRA here."
        at = abstract.index("LoRA")
        lora = Entity("LoRA", "method", ("Lo\x01RA", "Lo\x02RA"), False, (Mention("LoRA", "abstract", at, at + 4),))
        records.append(Extraction(Paper(paper_id(title), title, abstract, listings, ("https://x.org/a", "https://x.org/a")), (lora,)))
    ts = list(triples(build_graph(records)))
    assert len(ts) == len(set(ts))
    subjects = [s for s, _, _ in ts]
    blocks = [s for i, s in enumerate(subjects) if i == 0 or subjects[i - 1] != s]
    assert len(blocks) == len(set(blocks))
    buf = io.BytesIO()
    assert write_rdf(build_graph(records), buf, fmt="nt") == len(ts) == len(_parse(buf.getvalue(), "nt"))
