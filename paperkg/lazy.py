"""Attributes of a package imported on first use (PEP 562).

spaCy, networkx and rdflib take a second or more to import; a package that re-exports functions from
modules using them would make every ``paperkg --version`` pay for that.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, MutableMapping
from importlib import import_module
from typing import Any


def lazy_getattr(package: str, table: Mapping[str, str], namespace: MutableMapping[str, Any]) -> Callable[[str], Any]:
    """A module ``__getattr__`` that imports ``table[name]`` (a module relative to ``package``) on first
    use of ``name`` and keeps the value in ``namespace`` (the package's ``globals()``)."""

    def __getattr__(name: str) -> Any:
        if name not in table:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = namespace[name] = getattr(import_module(table[name], package), name)
        return value

    return __getattr__
