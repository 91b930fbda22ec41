"""Extraction records on disk: one JSON object per line, written atomically, read back with line numbers."""
from __future__ import annotations

import json
from pathlib import Path
from typing import IO, Iterable, Iterator

from .errors import Errors, InputError
from .files import atomic_writer
from .records import Extraction


def dumps_record(record: Extraction) -> str:
    """One line of ``extractions.jsonl`` (no newline); the same record always gives the same bytes."""
    return json.dumps(record.to_dict(), ensure_ascii=False, separators=(", ", ": "))


def write_extractions(records: Iterable[Extraction], dest: str | Path | IO[str]) -> int:
    """Stream records to a path (atomically: all or nothing) or a text stream; returns the count."""
    count = 0
    if isinstance(dest, (str, Path)):
        with atomic_writer(Path(dest)) as f:
            for record in records:
                f.write(dumps_record(record) + "\n")
                count += 1
        return count
    for record in records:
        dest.write(dumps_record(record) + "\n")
        count += 1
    return count


def read_extractions(path: str | Path) -> Iterator[Extraction]:
    """Records of an ``extractions.jsonl`` file; a malformed line raises an error naming file and line."""
    path = Path(path)
    with path.open(encoding="utf-8") as f:
        for number, line in enumerate(f, start=1):
            if not line.strip():
                continue
            try:
                yield Extraction.from_dict(json.loads(line))
            except (ValueError, KeyError, TypeError) as e:
                raise InputError(Errors.E050.format(path=path, line=number, reason=f"{e.__class__.__name__}: {e}")) from e
