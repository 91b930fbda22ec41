"""Extraction records on disk: one JSON object per line, written atomically, read back with line numbers."""
from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

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


def numbered_lines(path: str | Path) -> Iterator[tuple[int, str]]:
    """The lines of a UTF-8 text file (gzip-compressed if it ends in ``.gz``), numbered from 1.

    An unreadable file raises an :class:`InputError` naming it.
    """
    path = Path(path)
    try:
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as f:  # type: ignore[operator]
            yield from enumerate(f, start=1)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file.") from None
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"{path}: cannot read the file ({e}).") from None


def json_objects(path: str | Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """Each non-blank line's JSON object with its line number; a line that is not one raises an
    :class:`InputError` naming the file and line."""
    for number, line in numbered_lines(path):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(f"{path}:{number}: not valid JSON ({e}).") from None
        if not isinstance(record, dict):
            raise InputError(f"{path}:{number}: expected a JSON object, not {type(record).__name__}.")
        yield number, record
