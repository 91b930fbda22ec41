"""The graph: entity resolution (merge and no-merge cases), provenance, analysis tables and interchange."""
from __future__ import annotations

import json
import re

import networkx as nx
import pytest

from paperkg.errors import InputError
from paperkg.exports.tables import to_tables, write_export
from paperkg.graph import (
    build_graph,
    communities,
    cooccurrence,
    leaderboard,
    paper_profile,
    papers_using,
    read_overrides,
    top_entities,
)
from paperkg.names import entity_key, name_key
from paperkg.records import Claim, Entity, Extraction, Mention, Paper, paper_id


def paper(title: str, abstract: str, *ents: tuple[str, str] | tuple[str, str, tuple[str, ...]], claims=(), proposed=()):
    """A record whose entities are (name, type[, aliases]) found at their first occurrence in the abstract."""
    entities = []
    for e in ents:
        name, etype = e[0], e[1]
        aliases = e[2] if len(e) > 2 else ()
        start = abstract.index(name)
        entities.append(
            Entity(name, etype, tuple(aliases), name in proposed, (Mention(name, "abstract", start, start + len(name)),))
        )
    return Extraction(Paper(paper_id(title), title, abstract), tuple(entities), tuple(claims))


def nodes_named(G: nx.MultiDiGraph, name: str, type_: str | None = None) -> list[str]:
    key = name_key(name)
    return [
        n for n, a in G.nodes(data=True)
        if a["type"] not in ("Paper", "Claim") and (type_ is None or a["type"] == type_)
        and any(name_key(f) == key for f in (a["name"], *a.get("aliases", ())))
    ]


def reasons(G: nx.MultiDiGraph) -> set[str]:
    return {m["reason"] for m in G.graph["merges"]}


# --- merges -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("forms", [("LLaMA-2", "Llama 2", "LLaMA2"), ("Transformer", "transformers", "Transformers")])
def test_case_hyphen_space_and_plural_variants_merge(forms) -> None:
    etype = "model" if "2" in forms[0] else "method"
    G = build_graph([paper(f"P{i}", f"We use {f} here.", (f, etype)) for i, f in enumerate(forms)])
    [node] = nodes_named(G, forms[0])
    assert len(G.nodes[node]["papers"]) == 3
    assert "same-key" in reasons(G)
    assert json.loads(json.dumps(G.graph["merges"])) == G.graph["merges"]


def test_acronym_defined_in_one_paper_resolves_bare_use_in_another() -> None:
    a = paper("A", "We propose Low-Rank Adaptation (LoRA) for tuning.", ("Low-Rank Adaptation", "method", ("LoRA",)))
    b = paper("B", "We fine-tune with LoRA on GSM8K.", ("LoRA", "method"))
    G = build_graph([a, b])
    [node] = nodes_named(G, "LoRA")
    assert nodes_named(G, "Low-Rank Adaptation") == [node]
    assert len(G.nodes[node]["papers"]) == 2
    [merge] = [m for m in G.graph["merges"] if m["reason"] == "acronym"]
    assert merge["kept"] == node and "LoRA" in merge["forms"] and "Low-Rank Adaptation" in merge["detail"]


def test_acronym_named_entity_with_long_alias_also_defines_it() -> None:
    a = paper("A", "We use LoRA, i.e. Low Rank Adaptation.", ("LoRA", "method", ("Low Rank Adaptation",)))
    b = paper("B", "Low-Rank Adaptation is cheap.", ("Low-Rank Adaptation", "method"))
    c = paper("C", "LoRA again.", ("LoRA", "method"))
    G = build_graph([a, b, c])
    assert len(nodes_named(G, "LoRA")) == 1
    assert len(G.nodes[nodes_named(G, "LoRA")[0]]["papers"]) == 3


def test_acronym_with_two_long_forms_stays_unmerged_and_is_reported() -> None:
    a = paper("A", "We study continual learning (CL).", ("continual learning", "method", ("CL",)))
    b = paper("B", "We study contrastive learning (CL).", ("contrastive learning", "method", ("CL",)))
    c = paper("C", "CL helps.", ("CL", "method"))
    G = build_graph([a, b, c])
    assert len(nodes_named(G, "continual learning")) == 1
    assert len(nodes_named(G, "contrastive learning")) == 1
    bare = [n for n in G if G.nodes[n].get("name") == "CL"]
    assert len(bare) == 1 and G.nodes[bare[0]]["papers"] == [paper_id("C")]
    [u] = G.graph["unresolved"]
    assert u["form"] == "CL" and u["reason"] == "ambiguous-acronym" and len(u["candidates"]) == 2
    assert "acronym" not in reasons(G)


def test_ambiguous_acronym_named_entities_do_not_meet_under_the_short_key() -> None:
    a = paper("A", "CL, i.e. continual learning.", ("CL", "method", ("continual learning",)))
    b = paper("B", "CL, i.e. contrastive learning.", ("CL", "method", ("contrastive learning",)))
    G = build_graph([a, b])
    assert len([n for n, t in G.nodes(data="type") if t == "Method"]) == 2


def test_acronym_does_not_cross_types() -> None:
    a = paper("A", "Low-Rank Adaptation (LoRA) is a method.", ("Low-Rank Adaptation", "method", ("LoRA",)))
    b = paper("B", "The LoRA model.", ("LoRA", "model"))
    G = build_graph([a, b])
    assert len(nodes_named(G, "LoRA")) == 2


# --- variants and distinct things -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "variant, family",
    [("LLaMA2-7B", "Llama 2"), ("Llama-2-70B", "Llama 2"), ("LLaMA-7B", "LLaMA"), ("OPT-175B", "OPT"),
     ("Llama-2-7B-chat", "Llama 2"), ("Mistral-7B-Instruct-v0.2", "Mistral"), ("Mistral Instruct 7B v0.2", "Mistral"),
     ("Mixtral-8x7B", "Mixtral")],
)
def test_sized_models_link_to_their_family(variant, family) -> None:
    G = build_graph([paper("F", f"We compare with {family}.", (family, "model")), paper("V", f"We run {variant}.", (variant, "model"))])
    [v] = nodes_named(G, variant)
    [f] = nodes_named(G, family)
    assert v != f
    [(_, target, attrs)] = [(a, b, d) for a, b, k, d in G.out_edges(v, keys=True, data=True) if k == "variant_of"]
    assert target == f and attrs["paper"] == paper_id("V") and variant in attrs["sentence"]
    assert G.nodes[f]["inferred"] is False


def test_absent_family_is_created_and_marked_inferred() -> None:
    G = build_graph([paper("V", "We run OPT-175B and OPT-30B.", ("OPT-175B", "model"), ("OPT-30B", "model"))])
    [fam] = [n for n, a in G.nodes(data=True) if a.get("inferred")]
    assert G.nodes[fam]["name"] == "OPT"
    assert {u for u, _, k in G.in_edges(fam, keys=True) if k == "variant_of"} == set(nodes_named(G, "OPT-175B") + nodes_named(G, "OPT-30B"))


def test_sentence_fragments_do_not_invent_families() -> None:
    G = build_graph([paper("V", "Our 9B model wins.", ("Our 9B", "model"))])
    assert not any(a.get("inferred") for _, a in G.nodes(data=True))


@pytest.mark.parametrize("a, b", [("GPT-4", "GPT-4o"), ("LLaMA", "Llama 2"), ("Llama 2", "Llama 3"), ("T5", "CodeT5"), ("BERT", "RoBERTa")])
def test_distinct_things_stay_apart(a, b) -> None:
    G = build_graph([paper("A", f"We use {a}.", (a, "model")), paper("B", f"We use {b}.", (b, "model"))])
    assert len([n for n, t in G.nodes(data="type") if t == "Model"]) == 2
    assert not any(k == "variant_of" for _, _, k in G.edges(keys=True))


def test_extended_benchmarks_stay_apart_from_their_base() -> None:
    G = build_graph([paper("A", "We test on HumanEval.", ("HumanEval", "benchmark")),
                     paper("B", "We test on HumanEval+.", ("HumanEval+", "benchmark"))])
    assert sorted(a["name"] for _, a in G.nodes(data=True) if a["type"] == "Benchmark") == ["HumanEval", "HumanEval+"]


# --- overrides -----------------------------------------------------------------------------------------------


def test_overrides_same_and_different(tmp_path) -> None:
    recs = [
        paper("A", "Low-Rank Adaptation (LoRA) is used.", ("Low-Rank Adaptation", "method", ("LoRA",))),
        paper("B", "LoRA and QLoRA.", ("LoRA", "method"), ("QLoRA", "method")),
    ]
    f = tmp_path / "o.tsv"
    f.write_text("# my fixes\nsame\tQLoRA\tLoRA\n", encoding="utf-8")
    G = build_graph(recs, overrides=f)
    assert len([n for n, t in G.nodes(data="type") if t == "Method"]) == 1
    [m] = [m for m in G.graph["merges"] if m["reason"] == "override"]
    assert m["detail"] == f"{f}:2"
    f.write_text("different\tLoRA\tLow-Rank Adaptation\n", encoding="utf-8")
    G = build_graph(recs, overrides=f)
    assert len(nodes_named(G, "Low-Rank Adaptation")) == 1 and len([n for n, t in G.nodes(data="type") if t == "Method"]) == 3
    assert G.graph["unresolved"][0]["reason"].startswith("override-different")


@pytest.mark.parametrize(
    "text, line, words",
    [
        ("# ok\nsame\tLoRA\n", 2, "expected"),
        ("merge\tLoRA\tQLoRA\n", 1, "expected"),
        ("\nsame\tLoRA\tNoSuchThing\n", 2, "NoSuchThing"),
        ("different\tLoRA\tLORA\n", 1, "same name key"),
    ],
)
def test_override_errors_name_file_and_line(tmp_path, text, line, words) -> None:
    f = tmp_path / "o.tsv"
    f.write_text(text, encoding="utf-8")
    recs = [paper("B", "LoRA and QLoRA.", ("LoRA", "method"), ("QLoRA", "method"))]
    with pytest.raises(InputError, match=re.escape(f"{f}:{line}:")) as e:
        build_graph(recs, overrides=read_overrides(f))
    assert words in str(e.value)


# --- analysis and interchange on a small graph ------------------------------------------------------------


@pytest.fixture()
def small_graph() -> nx.MultiDiGraph:
    a_abs = "We propose FooNet, tuned with LoRA from Llama 2. FooNet reaches 91.5% accuracy on GSM8K."
    c = a_abs.index("91.5%")
    claim = Claim("91.5%", 91.5, "%", "none", c, c + 5, a_abs[a_abs.index("FooNet reaches"):], metric="accuracy",
                  subject="FooNet", benchmark="GSM8K")
    a = paper("Foo", a_abs, ("FooNet", "model"), ("LoRA", "method"), ("Llama 2", "model"), ("accuracy", "metric"),
              ("GSM8K", "benchmark"), claims=[claim], proposed=("FooNet",))
    b_abs = "We fine-tune Llama-2-7B with LoRA and reach 80.1% accuracy on GSM8K."
    c = b_abs.index("80.1%")
    claim_b = Claim("80.1%", 80.1, "%", "none", c, c + 5, b_abs, metric="accuracy", subject="Llama-2-7B", benchmark="GSM8K")
    b = paper("Bar", b_abs, ("Llama-2-7B", "model"), ("LoRA", "method"), ("accuracy", "metric"), ("GSM8K", "benchmark"), claims=[claim_b])
    return build_graph([a, b])


def test_analysis_tables(small_graph) -> None:
    G = small_graph
    assert set(papers_using(G, "Llama 2")["title"]) == {"Foo", "Bar"}  # "Bar" only names the 7B variant
    assert set(papers_using(G, "LoRA")["paper"]) == {f"paper:{paper_id('Foo')}", f"paper:{paper_id('Bar')}"}
    prof = paper_profile(G, "Foo")
    assert prof.iloc[0]["relation"] == "proposes" and "reports" in set(prof["relation"])
    lb = leaderboard(G, benchmark="gsm-8k", metric="Accuracy")
    assert list(lb["value"]) == [91.5, 80.1] and list(lb["rank"]) == [1, 2] and lb.iloc[0]["subject"] == "FooNet"
    top = top_entities(G, "method")
    assert top.iloc[0]["name"] == "LoRA" and top.iloc[0]["papers"] == 2
    co = cooccurrence(G, types=("Method", "Model", "Benchmark"), min_count=2)
    assert {"LoRA", "GSM8K"} == {co.iloc[0]["a"], co.iloc[0]["b"]} or co.iloc[0]["papers"] == 2
    com = communities(G)
    assert set(com["community"]) and com.equals(communities(G))


def test_tables_and_exports_are_deterministic(small_graph, tmp_path) -> None:
    tables = to_tables(small_graph)
    assert set(tables) == {"nodes", "edges", "claims"} and len(tables["claims"]) == 2
    for fmt in ("graphml", "gexf", "json", "ttl", "nt", "jsonld"):
        a = write_export(small_graph, tmp_path / f"a.{fmt}", fmt).read_bytes()
        assert a == write_export(small_graph, tmp_path / f"b.{fmt}", fmt).read_bytes()
    H = nx.read_graphml(tmp_path / "a.graphml")
    assert H.number_of_edges() == small_graph.number_of_edges()
    nx.read_gexf(tmp_path / "a.gexf")
    write_export(small_graph, tmp_path / "csv", "csv")
    assert sorted(p.name for p in (tmp_path / "csv").iterdir()) == ["claims.csv", "edges.csv", "nodes.csv"]


def roundtrip(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    try:
        data = nx.node_link_data(G, edges="edges")
        return nx.node_link_graph(json.loads(json.dumps(data)), edges="edges")
    except TypeError:  # networkx < 3.4
        return nx.node_link_graph(json.loads(json.dumps(nx.node_link_data(G))))


def assert_same_graph(G: nx.MultiDiGraph, H: nx.MultiDiGraph) -> None:
    assert H.is_multigraph() and H.is_directed()
    assert dict(G.nodes(data=True)) == dict(H.nodes(data=True))
    assert sorted(G.edges(keys=True, data=True), key=repr) == sorted(H.edges(keys=True, data=True), key=repr)
    assert G.graph == H.graph


def test_node_link_round_trip_small(small_graph) -> None:
    assert_same_graph(small_graph, roundtrip(small_graph))


# --- the corpus -----------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus_graph(corpus_records):
    return build_graph(corpus_records)


@pytest.mark.slow
def test_corpus_one_node_per_normalised_name(corpus_graph) -> None:
    seen: dict[tuple[str, str], str] = {}
    for n, a in corpus_graph.nodes(data=True):
        if a["type"] in ("Paper", "Claim"):
            continue
        key = (a["type"], entity_key(a["name"]))
        assert key not in seen, f"{n} and {seen[key]} normalise the same"
        seen[key] = n


@pytest.mark.slow
def test_corpus_sized_llama2_models_reach_llama2(corpus_graph) -> None:
    G = corpus_graph
    [llama2] = [n for n, a in G.nodes(data=True) if a["type"] == "Model" and name_key(a["name"]) == "llama2"]
    variants_of = nx.DiGraph((u, v) for u, v, k in G.edges(keys=True) if k == "variant_of")
    sized = [n for n, a in G.nodes(data=True) if a["type"] == "Model" and re.fullmatch(r"llama2\d+(\.\d+)?b", name_key(a["name"]))]
    assert sized, "the corpus names sized Llama 2 models"
    for n in sized:
        assert n in variants_of and nx.has_path(variants_of, n, llama2), G.nodes[n]["name"]


@pytest.mark.slow
def test_corpus_edges_carry_provenance(corpus_graph) -> None:
    G = corpus_graph
    for u, v, k, e in G.edges(keys=True, data=True):
        assert e.get("paper") and e.get("sentence") is not None, (u, v, k)
        text = G.nodes[f"paper:{e['paper']}"][e["field"]]
        mention = text[e["start"]:e["end"]]
        assert mention and mention in e["sentence"], (u, v, k, mention, e["sentence"])


@pytest.mark.slow
def test_corpus_node_link_round_trip(corpus_graph) -> None:
    assert_same_graph(corpus_graph, roundtrip(corpus_graph))


@pytest.mark.slow
def test_streamed_build_is_the_same_graph(corpus_records, corpus_graph, tmp_path) -> None:
    """What ``paperkg build`` does: names to a Resolver as records are written, the graph from the file."""
    from paperkg.graph import Resolver
    from paperkg.jsonl import read_extractions, write_extractions

    resolver = Resolver()
    path = tmp_path / "extractions.jsonl"

    def names(records):
        for record in records:
            resolver.add(record)
            yield record

    write_extractions(names(corpus_records), path)
    streamed = build_graph(read_extractions(path), resolution=resolver.resolve())
    assert nx.node_link_data(streamed, edges="links") == nx.node_link_data(corpus_graph, edges="links")
    from paperkg.graph import graph_of_file  # what merges, stats, export and html do: two passes over the file

    assert nx.node_link_data(graph_of_file(path), edges="links") == nx.node_link_data(corpus_graph, edges="links")
    with pytest.raises(ValueError, match="overrides"):
        build_graph([], resolution=resolver.resolve(), overrides=[("same", "a", "b", "x:1")])
