"""Records: the whole corpus's extraction records against the schema, with exact offsets."""
from __future__ import annotations

import json

import pytest

from paperkg.jsonl import dumps_record, read_extractions, write_extractions
from paperkg.records import Claim, Entity, Extraction, Listing, Mention, Paper, paper_id


def small_record() -> Extraction:
    title = "FooNet: Counting Sheep"
    abstract = "FooNet reaches 91.5% accuracy."
    paper = Paper(id=paper_id(title), title=title, abstract=abstract, listings=(Listing("a.txt", 3, "Mar 19"),))
    entity = Entity("FooNet", "method", (), True, (Mention("FooNet", "title", 0, 6), Mention("FooNet", "abstract", 0, 6)))
    claim = Claim("91.5%", 91.5, "%", "none", 15, 20, abstract, metric="accuracy", subject="FooNet")
    return Extraction(paper, (entity,), (claim,))


def test_record_round_trips_through_json(tmp_path) -> None:
    record = small_record()
    assert Extraction.from_dict(json.loads(dumps_record(record))) == record
    path = tmp_path / "x.jsonl"
    assert write_extractions([record, record], path) == 2
    assert list(read_extractions(path)) == [record, record]


def test_malformed_record_file_names_the_line(tmp_path) -> None:
    from paperkg.errors import InputError

    path = tmp_path / "x.jsonl"
    path.write_text(dumps_record(small_record()) + "\n{\"id\": 1}\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"x.jsonl:2:"):
        list(read_extractions(path))


@pytest.mark.slow
def test_corpus_records_follow_the_schema_with_exact_offsets(corpus_records) -> None:
    import jsonschema
    from conftest import SCHEMA

    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    assert len(corpus_records) == 317
    n_mentions = n_claims = 0
    for record in corpus_records:
        d = json.loads(dumps_record(record))
        errors = list(validator.iter_errors(d))
        assert not errors, (record.paper.id, errors[0].message)
        for e in d["entities"]:
            for m in e["mentions"]:
                assert d[m["field"]][m["start"] : m["end"]] == m["text"]
                n_mentions += 1
        for c in d["claims"]:
            assert d["abstract"][c["start"] : c["end"]] == c["text"]
            assert c["text"] and c["sentence"] and c["text"] in c["sentence"]
            n_claims += 1
    # The extractors must find something in a corpus of ML abstracts.
    assert n_mentions > 3000 and n_claims > 200
