"""Errors and warnings with stable codes, in one place.

Every message says what went wrong, where (file and line when there is one) and how to fix it.
The code prefix (``[E010]``) makes messages easy to search for in issues and docs.
"""
from __future__ import annotations

from typing import Any


class ErrorsWithCodes(type):
    """Metaclass that prefixes every message attribute with its code: ``Errors.E010`` -> ``"[E010] ..."``."""

    def __getattribute__(cls, code: str) -> Any:
        msg = super().__getattribute__(code)
        if code.startswith("__") or not isinstance(msg, str):
            return msg
        return f"[{code}] {msg}"


class Errors(metaclass=ErrorsWithCodes):
    # input: files and records
    E001 = "{path}: cannot read the file ({reason})."
    E002 = "{path}: the file is empty."
    E003 = "{path}: this looks like a binary file, not a text listing or JSON Lines file."
    E004 = "{path}:{line}: the file is not valid UTF-8 text ({reason})."
    E010 = "{path}:{line}: title {title!r} has no abstract. Add the abstract on the next line or delete the title."
    E011 = "{path}:{line}: expected a title line but found what looks like an abstract; is its title missing?"
    E020 = "{path}:{line}: not valid JSON ({reason})."
    E021 = "{path}:{line}: a record must be a JSON object, not {kind}."
    E022 = "{path}:{line}: the record has no {field!r} (a non-empty string is required)."
    E023 = "{path}:{line}: field {field!r} must be {expected}, not {kind}."
    E030 = "{path}: no papers could be read from the inputs ({skipped} problems reported)."
    E031 = "{path}: no such file or directory."
    # extraction
    E040 = "paper {paper_id}: extraction failed and the paper was skipped ({reason})."
    E041 = (
        "an extraction worker process died ({reason}); nothing was written over the previous outputs, and the "
        "papers already extracted are in the cache, so running the command again resumes."
    )
    # records
    E050 = "{path}:{line}: not an extraction record ({reason})."


class PaperKGError(Exception):
    """Base of every error paperkg raises on purpose."""


class InputError(PaperKGError):
    """Input that cannot be read: names the file and, where there is one, the line."""
