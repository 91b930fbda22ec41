"""External evaluation: reader offset conventions, exact-span scoring and type mapping on tiny
invented fixtures, plus one slow run over the real SciERC and TDMSci test sets."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from paperkg.errors import InputError
from paperkg.external import (
    ANY,
    SCIERC_MAPPING,
    TDMSCI_MAPPING,
    Document,
    evaluate_scierc,
    evaluate_tdmsci,
    format_table,
    main,
    predict,
    read_scierc,
    read_tdmsci_brat,
    score_spans,
)

# --------------------------------------------------------------------------------- fixtures

SCIERC_DOC = {
    "doc_key": "TOY-1",
    "sentences": [
        ["We", "train", "a", "neural", "parser", "-LRB-", "NP", "-RRB-", "."],
        ["It", "improves", "F1", "on", "the", "Penn", "Treebank", "."],
    ],
    # document-level token indices, inclusive end
    "ner": [
        [[3, 4, "Method"], [6, 6, "Method"]],
        [[11, 11, "Metric"], [14, 15, "Material"], [9, 9, "Generic"]],
    ],
    "relations": [[], []],
    "clusters": [],
}


def write_scierc(tmp_path: Path, *records: Any) -> Path:
    path = tmp_path / "test.json"
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records), encoding="utf-8")
    return path


BRAT_TXT = "BLEU is used for machine translation .\nResults on SQuAD improve .\n"
# exclusive ends, offsets into the whole file
BRAT_ANN = "T1\tMETRIC 0 4\tBLEU\nT2\tTASK 17 36\tmachine translation\nT3\tDATASET 50 55\tSQuAD\nR1\tRel Arg1:T1 Arg2:T2\n"


def write_brat(tmp_path: Path, txt: str = BRAT_TXT, ann: str = BRAT_ANN) -> tuple[Path, Path]:
    t, a = tmp_path / "test.txt", tmp_path / "test.ann"
    t.write_text(txt, encoding="utf-8")
    a.write_text(ann, encoding="utf-8")
    return t, a


class FakeDoc:
    def __init__(self, entities: list[dict[str, Any]]) -> None:
        self._ = type("U", (), {"pkg_entities": entities})()


class FakeNLP:
    """Stands in for the pipeline: returns fixed entities per text, so mapping is tested alone."""

    def __init__(self, by_text: dict[str, list[dict[str, Any]]]) -> None:
        self.by_text = by_text

    def pipe(self, texts: Any, batch_size: int = 32) -> Any:
        for text in texts:
            yield FakeDoc(self.by_text.get(text, []))


def ent(start: int, end: int, etype: str) -> dict[str, Any]:
    return {"start": start, "end": end, "type": etype, "name": "x", "proposed": False, "source": "lexicon"}


# --------------------------------------------------------------------------------- readers


def test_scierc_inclusive_token_spans_become_exclusive_char_spans(tmp_path) -> None:
    (doc,) = read_scierc(write_scierc(tmp_path, SCIERC_DOC))
    assert doc.id == "TOY-1"
    assert doc.text == "We train a neural parser ( NP ) . It improves F1 on the Penn Treebank ."
    surfaces = {doc.text[s:e]: label for s, e, label in doc.spans}
    # [3, 4] covers two tokens, [6, 6] one token; tokens count across sentences
    assert surfaces == {
        "neural parser": "Method",
        "NP": "Method",
        "F1": "Metric",
        "Penn Treebank": "Material",
        "It": "Generic",
    }


def test_scierc_ptb_escapes_can_be_kept(tmp_path) -> None:
    (doc,) = read_scierc(write_scierc(tmp_path, SCIERC_DOC), unescape_ptb=False)
    assert "-LRB- NP -RRB-" in doc.text
    assert {doc.text[s:e] for s, e, _ in doc.spans} >= {"NP", "Penn Treebank"}


@pytest.mark.parametrize(
    "bad, message",
    [
        ("{not json", "not valid JSON"),
        ({**SCIERC_DOC, "ner": [[]]}, "one entry per sentence"),
        ({**SCIERC_DOC, "ner": [[[3, 99, "Method"]], []]}, "outside"),
        ({**SCIERC_DOC, "ner": [[[3, "4", "Method"]], []]}, "bad mention"),
    ],
)
def test_scierc_malformed_input_names_file_and_line(tmp_path, bad: Any, message: str) -> None:
    path = write_scierc(tmp_path, SCIERC_DOC, bad)
    with pytest.raises(InputError, match=message) as info:
        read_scierc(path)
    assert f"{path}:2:" in str(info.value)


def test_missing_file_is_named(tmp_path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_scierc(tmp_path / "nope.json")


def test_brat_exclusive_char_spans_rebased_per_line(tmp_path) -> None:
    docs = read_tdmsci_brat(*write_brat(tmp_path))
    assert [d.id for d in docs] == ["test.txt:1", "test.txt:2"]
    first, second = docs
    assert first.text == "BLEU is used for machine translation ."
    assert {(first.text[s:e], label) for s, e, label in first.spans} == {("BLEU", "METRIC"), ("machine translation", "TASK")}
    # SQuAD is at 50-55 in the file, 11-16 on its own line
    assert second.spans == ((11, 16, "DATASET"),)
    assert second.text[11:16] == "SQuAD"


@pytest.mark.parametrize(
    "ann, message",
    [
        ("T1\tMETRIC 0 5\tBLEU\n", "differs from"),  # inclusive end by mistake
        ("T1\tMETRIC 0 4 BLEU\n", "tab-separated"),
        ("T1\tMETRIC x 4\tBLEU\n", "TYPE START END"),
        ("T1\tMETRIC 0 4;5 7\tBLEU is\n", "discontinuous"),
        ("T1\tTASK 0 999\tBLEU\n", "outside"),
    ],
)
def test_brat_malformed_input_names_file_and_line(tmp_path, ann: str, message: str) -> None:
    txt, ann_path = write_brat(tmp_path, ann="T9\tMETRIC 0 4\tBLEU\n" + ann)
    with pytest.raises(InputError, match=message) as info:
        read_tdmsci_brat(txt, ann_path)
    assert f"{ann_path}:2:" in str(info.value)


def test_brat_span_across_lines_is_rejected(tmp_path) -> None:
    txt, ann = write_brat(tmp_path, ann="T1\tTASK 30 42\ttranslation . Res\n")
    with pytest.raises(InputError, match="crosses a line break") as info:
        read_tdmsci_brat(txt, ann)
    assert f"{ann}:1:" in str(info.value)


# --------------------------------------------------------------------------------- scoring


def test_score_spans_hand_computed() -> None:
    gold = [{(0, 4, "A"), (5, 9, "B"), (10, 12, "A")}, {(0, 3, "A")}]
    pred = [{(0, 4, "A"), (5, 8, "B"), (10, 12, "B")}, {(0, 3, "A"), (4, 6, "A")}]
    s = score_spans(gold, pred, ["A", "B"])
    a, b, micro = s["labels"]["A"], s["labels"]["B"], s["micro"]
    # A: gold 3, pred 3 (0-4, 0-3, 4-6), tp 2
    assert (a["tp"], a["gold"], a["pred"]) == (2, 3, 3)
    assert a["precision"] == pytest.approx(2 / 3) and a["recall"] == pytest.approx(2 / 3)
    # B: gold 1, pred 2, tp 0 (wrong boundary; right boundary but wrong type)
    assert (b["tp"], b["gold"], b["pred"], b["f1"]) == (0, 1, 2, 0.0)
    # micro: tp 2, gold 4, pred 5 -> P 0.4, R 0.5, F1 = 2*.4*.5/.9
    assert (micro["tp"], micro["gold"], micro["pred"]) == (2, 4, 5)
    assert micro["precision"] == pytest.approx(0.4)
    assert micro["recall"] == pytest.approx(0.5)
    assert micro["f1"] == pytest.approx(0.4 / 0.9)


def test_score_spans_matches_within_a_document_only() -> None:
    s = score_spans([{(0, 4, "A")}, set()], [set(), {(0, 4, "A")}])
    assert s["micro"]["tp"] == 0 and s["micro"]["f1"] == 0.0


def test_score_spans_ignores_unlisted_labels_and_handles_empty() -> None:
    s = score_spans([{(0, 4, "A"), (5, 6, "Generic")}], [{(0, 4, "A")}], ["A", "B"])
    assert s["micro"] == {"tp": 1, "gold": 1, "pred": 1, "precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert s["labels"]["B"]["f1"] == 0.0 and s["labels"]["B"]["gold"] == 0
    with pytest.raises(ValueError):
        score_spans([set()], [])


# --------------------------------------------------------------------------------- mapping


def test_predict_maps_types_and_drops_unmapped() -> None:
    doc = Document("d", "BERT on SQuAD and GLUE with F1 for QA", ())
    entities = [ent(0, 4, "model"), ent(8, 13, "dataset"), ent(18, 22, "benchmark"), ent(28, 30, "metric"), ent(35, 37, "task")]
    nlp = FakeNLP({doc.text: entities})
    (scierc,) = predict([doc], nlp, SCIERC_MAPPING)
    assert scierc == {(0, 4, "Method"), (8, 13, "Material"), (18, 22, "Material"), (28, 30, "Metric"), (35, 37, "Task")}
    (tdm,) = predict([doc], nlp, TDMSCI_MAPPING)
    assert tdm == {(8, 13, "DATASET"), (18, 22, "DATASET"), (28, 30, "METRIC"), (35, 37, "TASK")}
    assert SCIERC_MAPPING["method"] == SCIERC_MAPPING["model"] == "Method"
    assert "method" not in TDMSCI_MAPPING and "model" not in TDMSCI_MAPPING


def test_evaluate_end_to_end_on_toy_data(tmp_path) -> None:
    (tmp_path / "scierc").mkdir()
    (doc,) = read_scierc(write_scierc(tmp_path / "scierc", SCIERC_DOC))
    start = doc.text.index("Penn Treebank")
    nlp = FakeNLP({doc.text: [ent(start, start + len("Penn Treebank"), "dataset"), ent(0, 2, "method")]})
    result = evaluate_scierc(tmp_path, nlp)
    micro = result["scores"]["micro"]
    # gold: 4 scored mentions (Generic dropped); pred: 2; tp: 1
    assert (micro["tp"], micro["gold"], micro["pred"]) == (1, 4, 2)
    assert result["typeless"]["micro"]["tp"] == 1
    assert list(result["typeless"]["labels"]) == [ANY]
    table = format_table(result)
    assert "| Material | 1 | 1 | 1 | 100.0 | 100.0 | 100.0 |" in table
    assert "typeless" in table

    brat = tmp_path / "tdmsci" / "brat_test"
    brat.mkdir(parents=True)
    write_brat(brat)
    nlp = FakeNLP({"Results on SQuAD improve .": [ent(11, 16, "benchmark")]})
    result = evaluate_tdmsci(tmp_path, nlp)
    assert result["scores"]["labels"]["DATASET"]["f1"] == 1.0
    assert result["scores"]["micro"]["gold"] == 3


def test_main_reports_unreadable_input(tmp_path, capsys) -> None:
    assert main([str(tmp_path), "--only", "tdmsci"]) == 2
    assert "test.txt" in capsys.readouterr().err


# --------------------------------------------------------------------------------- real data


@pytest.mark.slow
def test_real_data_counts_are_consistent(nlp) -> None:
    from conftest import SHARED

    data = SHARED / "data"
    if not (data / "scierc" / "test.json").is_file():
        pytest.fail(f"SciERC is not at {data / 'scierc'}; set PAPERKG_SHARED to the shared/ folder")
    expected = {
        "SciERC test": {"Task": 263, "Method": 430, "Material": 158, "Metric": 71},
        "TDMSci test": {"TASK": 396, "DATASET": 192, "METRIC": 174},
    }
    for result in (evaluate_scierc(data, nlp), evaluate_tdmsci(data, nlp)):
        scores = result["scores"]
        gold = {label: c["gold"] for label, c in scores["labels"].items()}
        assert gold == expected[result["dataset"]]
        for counts in [*scores["labels"].values(), scores["micro"], result["typeless"]["micro"]]:
            assert 0 <= counts["tp"] <= min(counts["gold"], counts["pred"])
            assert 0.0 <= counts["f1"] <= 1.0
        assert scores["micro"]["gold"] == sum(gold.values()) == result["typeless"]["micro"]["gold"]
        assert scores["micro"]["tp"] == sum(c["tp"] for c in scores["labels"].values())
        # a typed match is also a boundary match
        assert result["typeless"]["micro"]["tp"] >= scores["micro"]["tp"]
    assert evaluate_tdmsci(data, nlp)["documents"] == 487
