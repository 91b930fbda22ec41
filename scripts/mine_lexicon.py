"""Build ``paperkg/extractors/lexicons/mined.tsv`` from the training splits of external corpora.

Reads only the training files listed in :data:`paperkg.extractors.mining.TRAIN_FILES`
(SciERC, SciREX, SciER-LLM and TDMSci train); never a dev or test split and never the paperkg
corpus. Writes ``term<TAB>type<TAB>documents`` lines under a header that records the command, the
input digests and the thresholds; the same inputs give a byte-identical file.

    python scripts/mine_lexicon.py                       # defaults: ../shared/data -> mined.tsv
    python scripts/mine_lexicon.py --rejected /tmp/rejected.tsv   # also list what was left out and why
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import fields
from pathlib import Path

from paperkg.extractors.lexicon import load_generic
from paperkg.extractors.mining import (
    TRAIN_FILES,
    Thresholds,
    count_terms,
    file_digest,
    generate_mined,
    hand_lexicon_keys,
    read_training_data,
    select_terms,
    write_mined,
)
from paperkg.files import atomic_writer

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data"
DEFAULT_OUT = REPO / "paperkg" / "extractors" / "lexicons" / "mined.tsv"
HELP = {
    "min_sources": "distinct corpora annotating the term with its majority type",
    "min_docs": "distinct documents annotating the term with its majority type",
    "min_type_share": "share of all its annotations that have the majority type",
    "min_ratio": "annotation ratio of a multi-word term (annotated occurrences / free-standing occurrences)",
    "min_ratio_single": "annotation ratio of a single word without an -ization ending",
    "min_occurrences_single": "occurrences a plain single word needs before its ratio counts",
    "max_words": "most words in a term (hyphenated compounds count as one)",
}


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    p.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared data folder")
    p.add_argument("--out", type=Path, default=DEFAULT_OUT, help="lexicon to write")
    p.add_argument("--rejected", type=Path, help="also write the rejected Method/Task/Metric terms and why")
    p.add_argument(
        "--sources", nargs="+", choices=sorted(TRAIN_FILES), default=list(TRAIN_FILES), help="corpora to read"
    )
    defaults = Thresholds()
    for f in fields(Thresholds):
        p.add_argument(f"--{f.name.replace('_', '-')}", type=type(getattr(defaults, f.name)),
                       default=getattr(defaults, f.name), help=HELP[f.name])
    return p.parse_args(argv)


def command_line(args: argparse.Namespace, thresholds: Thresholds) -> str:
    """The command that reproduces the file, every threshold spelled out, no machine-specific paths."""
    parts = ["python scripts/mine_lexicon.py"]
    if args.sources != list(TRAIN_FILES):
        parts.append("--sources " + " ".join(args.sources))
    parts += [f"--{f.name.replace('_', '-')} {getattr(thresholds, f.name)}" for f in fields(Thresholds)]
    return " ".join(parts)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    thresholds = Thresholds(**{f.name: getattr(args, f.name) for f in fields(Thresholds)})
    stats = count_terms(read_training_data(args.data, args.sources))
    known = hand_lexicon_keys()
    kept, rejected = select_terms(stats, thresholds, load_generic(), known)

    header = [
        "Lexicon: mined (method, task). Generated file: do not edit; regenerate with",
        f"  {command_line(args, thresholds)}",
        "Terms that annotators outside paperkg marked as Method, Task or Metric in these training splits",
        "(sha256 of each file as read):",
        *(f"  {TRAIN_FILES[s]}  {file_digest(args.data / TRAIN_FILES[s])}" for s in args.sources),
        "Kept: annotated in >= min-docs documents of >= min-sources corpora with its majority type, that type held",
        "by >= min-type-share of its annotations, annotated in >= min-ratio of its free-standing occurrences,",
        "1..max-words words, no function words, not in generic.txt, no generic head noun, not written like a name",
        "or acronym, a task ending in an action noun, not a name or alias in the hand-written lexicons; a single",
        "word needs an -ization ending or min-ratio-single over >= min-occurrences-single occurrences.",
        "Weaker evidence than the hand-written lexicons (see README.md).",
        "Format: term<TAB>type<TAB>documents (documents annotating it with that type, over all sources).",
    ]
    with atomic_writer(args.out) as f:
        write_mined(generate_mined(kept, header), f)
    if args.rejected:
        with atomic_writer(args.rejected) as f:
            f.write("term\ttype\treason\tdocuments\ttype_share\tratio\toccurrences\n")
            for c in rejected:
                f.write(f"{c.term}\t{c.type}\t{c.reason}\t{c.documents}\t{c.type_share:.2f}\t{c.ratio:.2f}\t{c.occurrences}\n")

    by_type = Counter(c.type for c in kept)
    reasons = Counter(c.reason.split(" (")[0] for c in rejected)
    print(f"{len(kept)} terms written to {args.out}: " + ", ".join(f"{t} {n}" for t, n in sorted(by_type.items())))
    print("rejected: " + ", ".join(f"{r} {n}" for r, n in reasons.most_common()), file=sys.stderr)
    for c in rejected:
        if c.reason.startswith("hand lexicon ("):
            print(f"type disagreement: {c.term!r} is {c.type} here, {c.reason[14:-1]} in the hand lexicon", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
