"""Corpus readers: the listing format, JSON Lines, merging, and every kind of bad input."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from paperkg.corpus import find_urls, read_papers
from paperkg.records import paper_id

ABSTRACT_A = (
    "We propose FooNet, a network for counting sheep. It reaches 91.5% accuracy on SheepBench. "
    "Code is at https://github.com/example/foonet. " + "More words follow here. " * 8
)
ABSTRACT_B = "We study the bar problem at length. Our analysis shows things. " * 5


def listing(date: str, *pairs: str) -> str:
    chrome = "new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nbyAK and the research community\n\n"
    return chrome + date + "\n\n" + "\n\n".join(pairs) + "\n"


def write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    p = tmp_path / name
    if isinstance(text, bytes):
        p.write_bytes(text)
    else:
        p.write_text(text, encoding="utf-8")
    return p


def test_listing_skips_chrome_and_pairs_lines(tmp_path: Path) -> None:
    f = write(tmp_path, "a.txt", listing("Mar 19", "FooNet: Counting Sheep", ABSTRACT_A, "On Bar", ABSTRACT_B))
    corpus = read_papers([f])
    assert corpus.problems == []
    assert [p.title for p in corpus.papers] == ["FooNet: Counting Sheep", "On Bar"]
    first = corpus.papers[0]
    assert first.abstract == ABSTRACT_A.strip()
    assert first.listings[0].date == "Mar 19"
    assert first.listings[0].line == 11
    assert first.urls == ("https://github.com/example/foonet",)


def test_same_title_in_two_listings_is_one_paper(tmp_path: Path) -> None:
    a = write(tmp_path, "a.txt", listing("Mar 19", "FooNet: Counting Sheep", ABSTRACT_A))
    b = write(tmp_path, "b.txt", listing("Jun 4", "On Bar", ABSTRACT_B, "FooNet:  counting sheep", ABSTRACT_A))
    corpus = read_papers([a, b])
    assert len(corpus.papers) == 2
    foo = corpus.papers[0]
    assert [(Path(s.file).name, s.date) for s in foo.listings] == [("a.txt", "Mar 19"), ("b.txt", "Jun 4")]


def test_ids_are_stable_and_depend_on_the_title_only() -> None:
    assert paper_id("FooNet: Counting Sheep") == paper_id("  foonet:   counting SHEEP ")
    assert paper_id("FooNet: Counting Sheep") != paper_id("FooNet: Counting Goats")
    assert paper_id("FooNet: Counting Sheep").startswith("p-")


def test_title_without_abstract_is_reported_and_the_rest_kept(tmp_path: Path) -> None:
    f = write(tmp_path, "a.txt", listing("Mar 19", "Lonely Title", "FooNet: Counting Sheep", ABSTRACT_A, "Last Title"))
    corpus = read_papers([f])
    assert [p.title for p in corpus.papers] == ["FooNet: Counting Sheep"]
    assert len(corpus.problems) == 2
    assert "a.txt:11:" in corpus.problems[0] and "Lonely Title" in corpus.problems[0] and "[E010]" in corpus.problems[0]
    assert "a.txt:17:" in corpus.problems[1] and "Last Title" in corpus.problems[1]


@pytest.mark.parametrize(
    "content, code",
    [(b"", "E002"), (b"   \n\n", "E002"), (b" \n" * 20_000, "E002"), (b"\x00\x01\x02binary\x00", "E003")],
)
def test_empty_and_binary_files_are_reported(tmp_path: Path, content: bytes, code: str) -> None:
    bad = write(tmp_path, "bad.txt", content)
    good = write(tmp_path, "good.txt", listing("Mar 19", "FooNet: Counting Sheep", ABSTRACT_A))
    corpus = read_papers([bad, good])
    assert len(corpus.papers) == 1
    assert len(corpus.problems) == 1 and f"[{code}]" in corpus.problems[0] and "bad.txt" in corpus.problems[0]


def test_bom_and_crlf_are_read_as_text(tmp_path: Path) -> None:
    record = json.dumps({"title": "FooNet: Counting Sheep", "abstract": ABSTRACT_A})
    f = write(tmp_path, "a.jsonl", b"\xef\xbb\xbf" + record.encode() + b"\r\n" + b"\r\n")
    corpus = read_papers([f])
    assert [p.title for p in corpus.papers] == ["FooNet: Counting Sheep"] and corpus.problems == []


def test_missing_path_is_reported(tmp_path: Path) -> None:
    corpus = read_papers([tmp_path / "nope.txt"])
    assert corpus.papers == [] and "nope.txt" in corpus.problems[0] and "[E031]" in corpus.problems[0]


def test_invalid_utf8_line_is_reported_but_kept(tmp_path: Path) -> None:
    text = listing("Mar 19", "FooNet: Counting Sheep", ABSTRACT_A).encode().replace(b"FooNet: Counting", b"FooNet: \xff Counting")
    corpus = read_papers([write(tmp_path, "a.txt", text)])
    assert len(corpus.papers) == 1
    assert "[E004]" in corpus.problems[0] and "a.txt:11:" in corpus.problems[0]


def test_jsonl_records_and_their_problems(tmp_path: Path) -> None:
    lines = [
        json.dumps({"title": "FooNet: Counting Sheep", "abstract": ABSTRACT_A, "id": 7, "url": "https://x.org/1",
                    "date": "2024-03-19", "authors": ["A. B", "C. D"]}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"title": "No Abstract"}),
        json.dumps({"abstract": "No title here."}),
        "",
        json.dumps({"title": "On Bar", "abstract": ABSTRACT_B, "authors": 3}),
    ]
    f = write(tmp_path, "records.jsonl", "\n".join(lines) + "\n")
    corpus = read_papers([f])
    assert [p.title for p in corpus.papers] == ["FooNet: Counting Sheep", "On Bar"]
    foo = corpus.papers[0]
    assert (foo.external_id, foo.url, foo.date, foo.authors) == ("7", "https://x.org/1", "2024-03-19", ("A. B", "C. D"))
    codes = [p.split("]")[0] + "]" for p in corpus.problems]
    assert codes == ["[E020]", "[E021]", "[E022]", "[E022]", "[E023]"]
    assert all("records.jsonl:" in p for p in corpus.problems)
    assert "records.jsonl:2:" in corpus.problems[0] and "records.jsonl:7:" in corpus.problems[4]


def test_directories_are_expanded_in_sorted_order(tmp_path: Path) -> None:
    write(tmp_path, "b.txt", listing("Jun 4", "On Bar", ABSTRACT_B))
    write(tmp_path, "a.jsonl", json.dumps({"title": "FooNet: Counting Sheep", "abstract": ABSTRACT_A}) + "\n")
    write(tmp_path, "notes.md", "ignored")
    assert [p.title for p in read_papers([tmp_path]).papers] == ["FooNet: Counting Sheep", "On Bar"]


def test_find_urls_strips_trailing_punctuation() -> None:
    text = "see https://github.com/a/b.git. and (http://x.org/p?q=1), https://github.com/a/b.git again"
    assert find_urls(text) == ("https://github.com/a/b.git", "http://x.org/p?q=1")


@pytest.mark.slow
def test_corpus_has_317_distinct_papers_with_provenance(corpus_dir: Path) -> None:
    corpus = read_papers([corpus_dir])
    assert corpus.problems == []
    assert len(corpus.papers) == 317
    assert len({p.id for p in corpus.papers}) == 317
    assert sum(len(p.listings) for p in corpus.papers) == 333
    assert all(s.date for p in corpus.papers for s in p.listings)
    assert any(len(p.listings) > 1 for p in corpus.papers)
    assert sum(1 for p in corpus.papers if p.urls) > 50
