"""Shared fixtures: the corpus and gold from ../shared, one pipeline for the session, small papers."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED = Path(os.environ.get("PAPERKG_SHARED", Path(__file__).resolve().parents[2] / "shared"))
CORPUS = SHARED / "corpus"
GOLD = SHARED / "annotation" / "dev.jsonl"
SCHEMA = SHARED / "annotation" / "extraction.schema.json"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    if not CORPUS.is_dir():
        pytest.fail(f"the corpus is not at {CORPUS}; set PAPERKG_SHARED to the shared/ folder")
    return CORPUS


@pytest.fixture(scope="session")
def nlp():
    from paperkg.pipeline import make_nlp

    return make_nlp()


@pytest.fixture(scope="session")
def corpus_records(corpus_dir, nlp):
    """Extraction records of the whole corpus (built once per session)."""
    from paperkg import extract, read_papers

    corpus = read_papers([corpus_dir])
    return list(extract(corpus.papers, nlp))
