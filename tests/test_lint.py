"""The tree stays lint-clean under the project's ruff rules (pyproject.toml, [tool.ruff])."""
from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_ruff_finds_nothing() -> None:
    ruff = shutil.which("ruff") or str(Path(sys.executable).with_name("ruff"))
    result = subprocess.run(
        [ruff, "check", "--no-cache", "paperkg", "tests", "scripts", "benchmarks"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_module_binds_a_top_level_name_twice() -> None:
    """A second ``_X_RE = ...`` further down a module silently replaces the first for every rule that uses it
    (ruff's F811 covers functions and imports, not assignments)."""
    twice = []
    for path in sorted((ROOT / "paperkg").rglob("*.py")):
        seen: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
            names = [t.id for t in targets if isinstance(t, ast.Name)]
            if isinstance(node, ast.FunctionDef | ast.ClassDef):
                names.append(node.name)
            for name in names:
                if name in seen and name != "__all__":
                    twice.append(f"{path.relative_to(ROOT)}: {name}")
                seen.add(name)
    assert not twice, twice
