"""An external check of the entity extractor on data nobody on this team annotated.

The extractor's own gold set (``shared/annotation``) was written by the people who wrote the
lexicons and patterns, so a good score on it can be a score on our own habits. This module scores
the same extractor on two public, independently annotated test sets instead:

* **SciERC** test (Luan et al., 2018): 100 AI abstracts, tokenised, token spans with an
  *inclusive* end. Types compared: Task, Method, Material, Metric. SciERC's OtherScientificTerm
  and Generic are not gold here (paperkg never predicts them).
* **TDMSci** test (Hou et al., 2021): 487 NLP-paper sentences in brat standoff, character spans
  with an *exclusive* end. Types: TASK, DATASET, METRIC (paperkg method/model are ignored).

paperkg's six types are mapped onto each scheme (:data:`SCIERC_MAPPING`, :data:`TDMSCI_MAPPING`).
Matching is strict: a prediction counts only if its character ``(start, end, label)`` equals a
gold mention exactly, the usual convention for these corpora, so boundary disagreements
("the BERT model" vs "BERT") count as both a false positive and a false negative.

Run ``python -m paperkg.external ../shared/data`` (add ``--json`` for machine-readable output).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import InputError
from .jsonl import json_objects

#: A mention: character start, character end (exclusive), label.
Span = tuple[int, int, str]

#: paperkg type -> SciERC type.
SCIERC_MAPPING: dict[str, str] = {
    "method": "Method",
    "model": "Method",
    "dataset": "Material",
    "benchmark": "Material",
    "metric": "Metric",
    "task": "Task",
}
#: The SciERC types that are scored, in table order.
SCIERC_LABELS: tuple[str, ...] = ("Task", "Method", "Material", "Metric")

#: paperkg type -> TDMSci type (method and model have no TDMSci counterpart and are dropped).
TDMSCI_MAPPING: dict[str, str] = {
    "task": "TASK",
    "dataset": "DATASET",
    "benchmark": "DATASET",
    "metric": "METRIC",
}
#: The TDMSci types that are scored, in table order.
TDMSCI_LABELS: tuple[str, ...] = ("TASK", "DATASET", "METRIC")

#: PTB escapes in SciERC tokens, turned back into the characters the extractor looks for
#: (its abbreviation detector needs a real "(" to see "long form (SHORT)").
PTB_UNESCAPE: dict[str, str] = {
    "-LRB-": "(",
    "-RRB-": ")",
    "-LSB-": "[",
    "-RSB-": "]",
    "-LCB-": "{",
    "-RCB-": "}",
    "``": '"',
    "''": '"',
}

#: Label used for the typeless (boundaries only) score.
ANY = "ANY"


@dataclass(frozen=True)
class Document:
    """One unit of text with its gold mentions, all in character space.

    Attributes
    ----------
    id : str
        Where it came from (SciERC ``doc_key``, or ``test.txt:LINE`` for TDMSci), for error reports.
    text : str
        The text the extractor is run on.
    spans : tuple of (start, end, label)
        Gold mentions; ``end`` is exclusive, so ``text[start:end]`` is the surface.
    """

    id: str
    text: str
    spans: tuple[Span, ...]


# ---------------------------------------------------------------------------------------- readers


def _read_text(path: Path) -> str:
    """Read a UTF-8 file, turning OS and decoding errors into an :class:`InputError` naming it."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file.") from None
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"{path}: cannot read the file ({e}).") from None


def read_scierc(path: str | Path, unescape_ptb: bool = True) -> list[Document]:
    """Read a SciERC processed JSON Lines file into documents with character-level gold.

    Tokens are joined with single spaces (PTB bracket escapes turned back into brackets unless
    ``unescape_ptb`` is false) and each inclusive token span ``[s, e]`` becomes the character span
    from the start of token ``s`` to the end of token ``e``. All six SciERC labels are kept; the
    evaluation chooses which to score.

    Parameters
    ----------
    path : str or Path
        A ``{train,dev,test}.json`` file: one JSON object per line with ``doc_key``,
        ``sentences`` and ``ner``.
    unescape_ptb : bool
        Whether to write ``-LRB-`` as ``(`` etc.

    Returns
    -------
    list of Document

    Raises
    ------
    InputError
        On unreadable files, bad JSON, missing fields or token spans out of range, naming the
        file and line.
    """
    path = Path(path)
    docs: list[Document] = []
    for lineno, record in json_objects(path):
        where = f"{path}:{lineno}"
        sentences, ner = record.get("sentences"), record.get("ner")
        if not isinstance(sentences, list) or not all(
            isinstance(s, list) and all(isinstance(t, str) for t in s) for s in sentences
        ):
            raise InputError(f"{where}: 'sentences' must be a list of lists of token strings.")
        if not isinstance(ner, list) or len(ner) != len(sentences):
            raise InputError(
                f"{where}: 'ner' must be a list with one entry per sentence ({len(sentences)} sentences)."
            )
        doc_id = str(record.get("doc_key", f"{path.name}:{lineno}"))
        tokens = [t for sentence in sentences for t in sentence]
        starts: list[int] = []
        ends: list[int] = []
        pieces: list[str] = []
        offset = 0
        for token in tokens:
            surface = PTB_UNESCAPE.get(token, token) if unescape_ptb else token
            starts.append(offset)
            ends.append(offset + len(surface))
            pieces.append(surface)
            offset += len(surface) + 1
        text = " ".join(pieces)
        spans: list[Span] = []
        for sentence_ner in ner:
            if not isinstance(sentence_ner, list):
                raise InputError(f"{where}: document {doc_id}: each 'ner' entry must be a list of [start, end, type].")
            for item in sentence_ner:
                ok = (
                    isinstance(item, list)
                    and len(item) == 3
                    and isinstance(item[0], int)
                    and isinstance(item[1], int)
                    and isinstance(item[2], str)
                )
                if not ok:
                    raise InputError(f"{where}: document {doc_id}: bad mention {item!r}; expected [start, end, type].")
                s, e, label = item
                if not 0 <= s <= e < len(tokens):
                    raise InputError(
                        f"{where}: document {doc_id}: token span [{s}, {e}] (inclusive end) is outside "
                        f"the document's {len(tokens)} tokens."
                    )
                spans.append((starts[s], ends[e], label))
        docs.append(Document(doc_id, text, tuple(spans)))
    return docs


def read_tdmsci_brat(txt: str | Path, ann: str | Path) -> list[Document]:
    """Read a brat ``.txt``/``.ann`` pair into one document per non-empty line of the text.

    brat offsets are character offsets into the whole file with an exclusive end; they are
    rebased onto their line, since TDMSci is one sentence per line and the extractor should see
    each sentence on its own. Only text-bound annotations (``T`` lines) are read; relations,
    attributes and notes are skipped.

    Parameters
    ----------
    txt, ann : str or Path
        The brat text and standoff files.

    Returns
    -------
    list of Document
        In line order; ids are ``<txt name>:<line>``.

    Raises
    ------
    InputError
        On unreadable files, malformed ``T`` lines, discontinuous or out-of-range spans, spans
        that cross a line break, or a stated surface that differs from the text at its offsets.
    """
    txt, ann = Path(txt), Path(ann)
    text = _read_text(txt)
    line_starts: list[int] = []
    lines = text.split("\n")
    offset = 0
    for line in lines:
        line_starts.append(offset)
        offset += len(line) + 1
    by_line: dict[int, list[Span]] = {}
    for lineno, row in enumerate(_read_text(ann).splitlines(), start=1):
        if not row.startswith("T"):
            continue
        where = f"{ann}:{lineno}"
        fields = row.split("\t")
        if len(fields) != 3:
            raise InputError(f"{where}: expected 'T<n><TAB>TYPE START END<TAB>surface', got {len(fields)} tab-separated fields.")
        if ";" in fields[1]:
            raise InputError(f"{where}: discontinuous spans ({fields[1]!r}) are not supported.")
        parts = fields[1].split()
        if len(parts) != 3 or not parts[1].isdigit() or not parts[2].isdigit():
            raise InputError(f"{where}: expected 'TYPE START END', got {fields[1]!r}.")
        label, start, end = parts[0], int(parts[1]), int(parts[2])
        if not start < end <= len(text):
            raise InputError(f"{where}: span {start}-{end} is empty or outside {txt} ({len(text)} characters).")
        if "\n" in text[start:end]:
            raise InputError(f"{where}: span {start}-{end} crosses a line break in {txt}.")
        if text[start:end] != fields[2]:
            raise InputError(
                f"{where}: the surface {fields[2]!r} differs from {txt} at {start}-{end} ({text[start:end]!r}); "
                "are the offsets in characters with an exclusive end?"
            )
        index = _line_of(line_starts, start)
        base = line_starts[index]
        by_line.setdefault(index, []).append((start - base, end - base, label))
    return [
        Document(f"{txt.name}:{i + 1}", line, tuple(by_line.get(i, ())))
        for i, line in enumerate(lines)
        if line.strip() or by_line.get(i)
    ]


def _line_of(line_starts: Sequence[int], offset: int) -> int:
    """Index of the line holding character ``offset`` (binary search over line starts)."""
    lo, hi = 0, len(line_starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if line_starts[mid] <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo


# ------------------------------------------------------------------------------------- prediction


def predict(docs: Sequence[Document], nlp: Any, mapping: Mapping[str, str]) -> list[set[Span]]:
    """Run the extractor on each document and map its types onto the external scheme.

    Parameters
    ----------
    docs : sequence of Document
    nlp : spacy.language.Language
        A pipeline from :func:`paperkg.pipeline.make_nlp`.
    mapping : mapping of str to str
        paperkg type -> external label; entities of unmapped types are dropped, because the
        external scheme has no gold for them and counting them would be an unfair penalty.

    Returns
    -------
    list of set of Span
        One set per document, in order (a set, so a span found twice counts once).
    """
    out: list[set[Span]] = []
    for doc in nlp.pipe((d.text for d in docs), batch_size=32):
        out.append(
            {(e["start"], e["end"], mapping[e["type"]]) for e in doc._.pkg_entities if e["type"] in mapping}
        )
    return out


# ---------------------------------------------------------------------------------------- scoring


def _prf(tp: int, n_gold: int, n_pred: int) -> dict[str, float | int]:
    """Counts plus precision, recall and F1 (0.0 where undefined, so tables never show NaN)."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "gold": n_gold, "pred": n_pred, "precision": p, "recall": r, "f1": f}


def score_spans(
    gold: Sequence[Iterable[Span]],
    pred: Sequence[Iterable[Span]],
    labels: Sequence[str] | None = None,
) -> dict[str, Any]:
    """Exact-match precision, recall and F1 per label and micro-averaged over labels.

    Spans are compared per document, so equal offsets in two documents never match each other.

    Parameters
    ----------
    gold, pred : sequence of iterable of Span
        Aligned by document.
    labels : sequence of str, optional
        The labels to score, in order; spans with other labels are ignored on both sides.
        By default every label seen in gold or predictions.

    Returns
    -------
    dict
        ``{"labels": {label: counts}, "micro": counts}`` where counts has ``tp``, ``gold``,
        ``pred``, ``precision``, ``recall`` and ``f1``.

    Examples
    --------
    >>> s = score_spans([{(0, 4, "A"), (5, 9, "B")}], [{(0, 4, "A"), (5, 8, "B")}])
    >>> s["micro"]["tp"], s["micro"]["precision"], s["labels"]["B"]["recall"]
    (1, 0.5, 0.0)
    """
    if len(gold) != len(pred):
        raise ValueError(f"gold has {len(gold)} documents but predictions have {len(pred)}")
    gold_sets = [set(g) for g in gold]
    pred_sets = [set(p) for p in pred]
    if labels is None:
        labels = sorted({s[2] for g in gold_sets for s in g} | {s[2] for p in pred_sets for s in p})
    wanted = set(labels)
    tp = dict.fromkeys(labels, 0)
    n_gold = dict.fromkeys(labels, 0)
    n_pred = dict.fromkeys(labels, 0)
    for g, p in zip(gold_sets, pred_sets):
        g = {s for s in g if s[2] in wanted}
        p = {s for s in p if s[2] in wanted}
        for s in g:
            n_gold[s[2]] += 1
        for s in p:
            n_pred[s[2]] += 1
        for s in g & p:
            tp[s[2]] += 1
    return {
        "labels": {label: _prf(tp[label], n_gold[label], n_pred[label]) for label in labels},
        "micro": _prf(sum(tp.values()), sum(n_gold.values()), sum(n_pred.values())),
    }


def _typeless(spans: Iterable[Span]) -> set[Span]:
    """The same spans with their label replaced by :data:`ANY`, to score boundaries alone."""
    return {(s, e, ANY) for s, e, _ in spans}


def _evaluate(
    name: str, docs: list[Document], nlp: Any, mapping: Mapping[str, str], labels: Sequence[str]
) -> dict[str, Any]:
    """Predict, then score typed and typeless; gold is restricted to ``labels`` in both."""
    if nlp is None:
        from .pipeline import make_nlp

        nlp = make_nlp()
    started = time.perf_counter()
    pred = predict(docs, nlp, mapping)
    gold = [{s for s in d.spans if s[2] in labels} for d in docs]
    return {
        "dataset": name,
        "documents": len(docs),
        "mapping": dict(mapping),
        "scores": score_spans(gold, pred, labels),
        "typeless": score_spans([_typeless(g) for g in gold], [_typeless(p) for p in pred], [ANY]),
        "seconds": round(time.perf_counter() - started, 2),
    }


def _find(data_dir: str | Path, sub: str, name: str) -> Path:
    """``data_dir/sub/name``, or ``data_dir/name`` when given the dataset's own folder."""
    data_dir = Path(data_dir)
    nested = data_dir / sub / name
    return nested if nested.exists() or not (data_dir / name).exists() else data_dir / name


def evaluate_scierc(data_dir: str | Path, nlp: Any = None) -> dict[str, Any]:
    """Score the extractor on the SciERC test split (Task, Method, Material, Metric).

    Parameters
    ----------
    data_dir : str or Path
        The shared data folder (holding ``scierc/test.json``) or the ``scierc`` folder itself.
    nlp : spacy.language.Language, optional
        A paperkg pipeline; a fresh one by default.

    Returns
    -------
    dict
        ``dataset``, ``documents``, ``mapping``, ``scores`` (see :func:`score_spans`),
        ``typeless`` (boundaries only, over the four scored types) and ``seconds``.
    """
    docs = read_scierc(_find(data_dir, "scierc", "test.json"))
    return _evaluate("SciERC test", docs, nlp, SCIERC_MAPPING, SCIERC_LABELS)


def evaluate_tdmsci(data_dir: str | Path, nlp: Any = None) -> dict[str, Any]:
    """Score the extractor on the TDMSci test set (TASK, DATASET, METRIC), one sentence at a time.

    Parameters
    ----------
    data_dir : str or Path
        The shared data folder (holding ``tdmsci/brat_test/``) or the ``tdmsci`` folder itself.
    nlp : spacy.language.Language, optional
        A paperkg pipeline; a fresh one by default.

    Returns
    -------
    dict
        As :func:`evaluate_scierc`.
    """
    folder = _find(data_dir, "tdmsci", "brat_test")
    docs = read_tdmsci_brat(folder / "test.txt", folder / "test.ann")
    return _evaluate("TDMSci test", docs, nlp, TDMSCI_MAPPING, TDMSCI_LABELS)


# ---------------------------------------------------------------------------------------- output


def format_table(result: Mapping[str, Any]) -> str:
    """A plain-text (Markdown) table of one evaluation, percentages to one decimal.

    Parameters
    ----------
    result : mapping
        The output of :func:`evaluate_scierc` or :func:`evaluate_tdmsci`.

    Returns
    -------
    str
    """
    rows = [
        f"{result['dataset']} ({result['documents']} documents), exact character spans",
        "",
        "| type | gold | pred | tp | P | R | F1 |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]

    def row(name: str, c: Mapping[str, Any]) -> str:
        return (
            f"| {name} | {c['gold']} | {c['pred']} | {c['tp']} | "
            f"{100 * c['precision']:.1f} | {100 * c['recall']:.1f} | {100 * c['f1']:.1f} |"
        )

    for label, counts in result["scores"]["labels"].items():
        rows.append(row(label, counts))
    rows.append(row("**micro**", result["scores"]["micro"]))
    rows.append(row("typeless", result["typeless"]["micro"]))
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``python -m paperkg.external DATA_DIR [--json] [--only scierc|tdmsci]``.

    Returns
    -------
    int
        0 on success, 2 when an input file cannot be read.
    """
    parser = argparse.ArgumentParser(
        prog="python -m paperkg.external",
        description="Score paperkg's entity extractor on SciERC and TDMSci test sets (exact-span F1).",
    )
    parser.add_argument("data_dir", type=Path, help="folder holding scierc/ and tdmsci/ (e.g. ../shared/data)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--only", choices=("scierc", "tdmsci"), help="run one dataset only")
    args = parser.parse_args(argv)
    from .pipeline import make_nlp

    nlp = make_nlp()
    results = []
    try:
        if args.only in (None, "scierc"):
            results.append(evaluate_scierc(args.data_dir, nlp))
        if args.only in (None, "tdmsci"):
            results.append(evaluate_tdmsci(args.data_dir, nlp))
    except InputError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        print("\n\n".join(format_table(r) for r in results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
