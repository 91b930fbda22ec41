"""Lexicon mining: normalisation, counting, thresholds, exclusions and a deterministic output, on
small invented texts (no corpus text is copied here)."""
from __future__ import annotations

import gzip
import io
import json
import textwrap
from pathlib import Path

import pytest

from paperkg.extractors.mining import (
    Annotated,
    Thresholds,
    count_terms,
    display_form,
    generate_mined,
    is_name_like,
    lexicon_keys,
    read_bio,
    read_training_data,
    select_terms,
    shape_problem,
    term_key,
    write_mined,
)

LOOSE = Thresholds(min_docs=2, min_sources=1, min_type_share=0.6, min_ratio=0.5, min_ratio_single=0.8,
                   min_occurrences_single=3, max_words=5)


def text(doc: str, sentence: str, *spans: tuple[int, int, str], source: str = "toy") -> Annotated:
    return Annotated(source, doc, tuple(sentence.split()), tuple(spans))


# --------------------------------------------------------------------------- normalisation


@pytest.mark.parametrize(
    "a, b",
    [
        ("Part-of-Speech Tagging", "part of speech tagging"),
        ("word  embeddings", "Word embedding"),
        ("beam-search", "beam search"),
        ("search strategies", "search strategy"),
        ("bi-directional LSTMs", "bidirectional LSTM"),
    ],
)
def test_variants_share_a_key(a: str, b: str) -> None:
    assert term_key(a) == term_key(b)


@pytest.mark.parametrize("word", ["analysis", "loss", "corpus", "bias"])
def test_non_plurals_are_not_folded(word: str) -> None:
    assert term_key(word) == word


def test_display_form_prefers_singular_then_commonest_spelling() -> None:
    assert display_form({"beam searches": 5, "beam search": 2, "Beam search": 1}) == "beam search"
    assert display_form({"Viterbi decoding": 3, "viterbi decoding": 1}) == "Viterbi decoding"


@pytest.mark.parametrize(
    "term, problem",
    [("beam search", ""), ("the model", "function word"), ("our parser", "function word"), ("12 , 5", "punctuation"),
     ("3.5", "number"), ("accuracy of", "edge word"), ("one two", "function word"),
     ("x y z w v u", "length")],
)
def test_shape_problem(term: str, problem: str) -> None:
    assert shape_problem(term, 5) == problem


def test_name_like() -> None:
    assert is_name_like("SharpNet") and is_name_like("CRF") and is_name_like("Iterative Closest Point")
    assert not is_name_like("RoI pooling") and not is_name_like("char-CNN")


# --------------------------------------------------------------------------- counting


def test_ratio_counts_free_standing_occurrences_only() -> None:
    texts = [
        text("d1", "we use beam search here", (2, 4, "method")),
        text("d2", "beam search decoding and beam search", (0, 3, "method")),
    ]
    s = count_terms(texts)[term_key("beam search")]
    # d1: annotated; d2: the first is inside a longer annotated span (ignored), the second is free
    assert (s.annotated, s.unannotated) == (1, 1)
    assert s.ratio == 0.5
    assert s.docs["method"] == {("toy", "d1")}


def test_hyphenated_tokens_match_spaced_terms() -> None:
    texts = [
        text("d1", "part - of - speech tagging works", (0, 6, "task")),
        text("d2", "part-of-speech tagging again"),
    ]
    s = count_terms(texts)[term_key("part of speech tagging")]
    assert (s.annotated, s.unannotated) == (1, 1)
    assert s.forms == {"part-of-speech tagging": 1}


def test_read_bio_spans() -> None:
    lines = textwrap.dedent(
        """\
        we\t0\tO
        measure\t3\tO
        word\t11\tB-METRIC
        error\t16\tI-METRIC
        rate\t22\tI-METRIC

        parsing\t30\tB-TASK
        """
    ).splitlines(keepends=True)
    texts = list(read_bio(lines))
    assert [t.spans for t in texts] == [((2, 5, "metric"),), ((0, 1, "task"),)]
    assert texts[0].doc != texts[1].doc


# --------------------------------------------------------------------------- selecting


def corpus(term: str, label: str, n_docs: int, *, other: str | None = None, free: int = 0) -> list[Annotated]:
    """``n_docs`` documents annotating ``term`` as ``label``, one annotating it as ``other``,
    and ``free`` documents where it occurs unannotated."""
    n = len(term.split())
    docs = [text(f"{term}-{i}", f"{term} helps", (0, n, label)) for i in range(n_docs)]
    if other:
        docs.append(text(f"{term}-other", f"{term} helps", (0, n, other)))
    docs += [text(f"{term}-free-{i}", f"about {term}") for i in range(free)]
    return docs


def select(texts: list[Annotated], thresholds: Thresholds = LOOSE, **kwargs):  # type: ignore[no-untyped-def]
    kept, rejected = select_terms(count_terms(texts), thresholds, **kwargs)
    return {c.term: c for c in kept}, {c.term: c.reason for c in rejected}


def test_document_threshold() -> None:
    kept, rejected = select(corpus("beam search", "method", 2) + corpus("tree search", "method", 1))
    assert kept["beam search"].documents == 2 and kept["beam search"].type == "method"
    assert rejected["tree search"] == "documents"


def test_source_threshold() -> None:
    texts = corpus("beam search", "method", 3)
    strict = Thresholds(**{**LOOSE.__dict__, "min_sources": 2})
    assert select(texts, strict)[1]["beam search"] == "sources"
    texts.append(text("x", "beam search again", (0, 2, "method"), source="other"))
    assert "beam search" in select(texts, strict)[0]


def test_type_majority() -> None:
    clear = corpus("word alignment", "task", 4, other="method")
    split = corpus("sequence labeling", "task", 2) + [text(f"m{i}", "sequence labeling helps", (0, 2, "method")) for i in range(2)]
    kept, rejected = select(clear + split)
    assert kept["word alignment"].type == "task" and kept["word alignment"].type_share == 0.8
    assert rejected["sequence labeling"] == "type share"


def test_majority_of_a_skipped_type_is_not_returned() -> None:
    kept, rejected = select(corpus("training data", "material", 5))
    assert "training data" not in kept and "training data" not in rejected


def test_annotation_ratio_drops_ordinary_phrases() -> None:
    kept, rejected = select(corpus("good results", "method", 3, free=10) + corpus("beam search", "method", 3, free=1))
    assert rejected["good results"] == "annotation ratio"
    assert "beam search" in kept


def test_single_words_need_a_technical_shape_or_a_high_ratio() -> None:
    texts = (
        corpus("tokenization", "task", 2, free=1)  # -ization: the multi-word ratio is enough
        + corpus("translation", "task", 2, free=1)  # plain word: needs min_ratio_single
        + corpus("backpropagation", "method", 4)  # plain word, always annotated
    )
    kept, rejected = select(texts)
    assert "tokenization" in kept and "backpropagation" in kept
    assert rejected["translation"] == "single word"


def test_generic_heads_and_names_are_rejected() -> None:
    texts = corpus("classification method", "method", 3) + corpus("SharpNet", "method", 3)
    _, rejected = select(texts)
    assert rejected == {"classification method": "generic head", "SharpNet": "name"}


def test_tasks_need_an_action_head() -> None:
    kept, rejected = select(corpus("board game", "task", 3) + corpus("board parsing", "task", 3))
    assert rejected == {"board game": "task head"} and "board parsing" in kept


def test_generic_list_and_hand_lexicons_exclude() -> None:
    texts = corpus("deep learning", "method", 3) + corpus("beam search", "method", 3) + corpus("word error rate", "method", 3)
    known = lexicon_keys([("beam search", "method", ()), ("WER", "metric", ("word error rate",))])
    kept, rejected = select(texts, generic=["the deep learning"], known=known)
    assert kept == {}
    assert rejected == {"deep learning": "generic", "beam search": "hand lexicon", "word error rate": "hand lexicon (metric)"}


def test_packaged_lexicon_has_no_hand_written_terms() -> None:
    """The shipped mined.tsv repeats no name or alias of the hand-written files and no generic phrase."""
    from importlib import resources

    from paperkg.extractors.lexicon import load_generic
    from paperkg.extractors.mining import hand_lexicon_keys

    path = resources.files("paperkg.extractors").joinpath("lexicons", "mined.tsv")
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    assert rows and all(len(r) == 3 and r[1] in {"method", "task"} and int(r[2]) > 0 for r in rows)
    known = hand_lexicon_keys()
    generic = {term_key(g) for g in load_generic()}
    assert not {term_key(r[0]) for r in rows} & (set(known) | generic)
    assert rows == sorted(rows, key=lambda r: (r[1], r[0].lower(), r[0]))


# --------------------------------------------------------------------------- output


def test_output_is_sorted_and_deterministic() -> None:
    texts = corpus("word alignment", "task", 3) + corpus("beam search", "method", 3) + corpus("error rate", "metric", 2)

    def render(ts: list[Annotated]) -> str:
        kept, _ = select_terms(count_terms(ts), LOOSE)
        out = io.StringIO()
        write_mined(generate_mined(kept, ["made by a test"]), out)
        return out.getvalue()

    first = render(texts)
    assert first == render(list(reversed(texts)))
    # metric annotations vote but are not written (TYPE_MAP)
    assert first.splitlines() == ["# made by a test", "", "beam search\tmethod\t3", "word alignment\ttask\t3"]


def test_script_writes_byte_identical_files(tmp_path: Path) -> None:
    """End to end on a tiny data folder in the real file formats."""
    import runpy
    import sys

    data = tmp_path / "data"
    (data / "scierc").mkdir(parents=True)
    (data / "scirex").mkdir()
    (data / "scier" / "LLM").mkdir(parents=True)
    (data / "tdmsci").mkdir()
    sent = ["we", "use", "zeta", "pooling", "for", "glyph", "ordering", "."]
    with open(data / "scierc" / "train.json", "w") as f:
        for i in range(3):
            f.write(json.dumps({"doc_key": f"A{i}", "sentences": [sent], "ner": [[[2, 3, "Method"], [5, 6, "Task"]]]}) + "\n")
    with gzip.open(data / "scirex" / "train.jsonl.gz", "wt") as f:
        for i in range(2):
            f.write(json.dumps({"doc_id": f"R{i}", "words": sent, "sections": [[0, 8]], "ner": [[2, 4, "Method"]]}) + "\n")
    with open(data / "scier" / "LLM" / "train.jsonl", "w") as f:
        f.write(json.dumps({"doc_id": "S1", "sentence": " ".join(sent), "ner": [["glyph ordering", "Task"]]}) + "\n")
    (data / "tdmsci" / "train_1500_v2.conll").write_text("glyph\t0\tB-TASK\nordering\t5\tI-TASK\n")
    assert len(list(read_training_data(data))) == 7

    outs = []
    for name in ("a.tsv", "b.tsv"):
        argv = ["mine_lexicon.py", "--data", str(data), "--out", str(tmp_path / name), "--min-docs", "3"]
        old, sys.argv = sys.argv, argv
        try:
            with pytest.raises(SystemExit) as exit_:
                runpy.run_path(str(Path(__file__).resolve().parents[1] / "scripts" / "mine_lexicon.py"), run_name="__main__")
        finally:
            sys.argv = old
        assert exit_.value.code == 0
        outs.append((tmp_path / name).read_bytes())
    assert outs[0] == outs[1]
    body = [line for line in outs[0].decode().splitlines() if line and not line.startswith("#")]
    assert body == ["zeta pooling\tmethod\t5", "glyph ordering\ttask\t5"]
    assert str(tmp_path) not in outs[0].decode()
