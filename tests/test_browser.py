"""The HTML view in a real browser: Debian's chromium driven by Playwright, never a downloaded browser.

The page must work offline (no request leaves the file), draw the selected graph, find nodes from
the search box and show abstract text as text.  Without chromium or Playwright the tests skip, except
under CI (env var ``CI``) where they fail: a CI run that silently skipped them would prove nothing.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from paperkg.exports.html import select_view, write_html
from paperkg.graph import build_graph
from paperkg.records import Claim, Entity, Extraction, Mention, Paper, paper_id

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
HOSTILE = '<script>window.pwned=1</script>"onmouseover=window.pwned=2 x="'


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"browser tests cannot run in CI: {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Playwright is not installed (pip install -e '.[test]')")
    if not Path(CHROMIUM).exists():
        _unavailable(f"{CHROMIUM} is missing (apt-get install chromium)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def _record(title: str, abstract: str, entities: list[tuple[str, str, bool]], claims: tuple[Claim, ...] = ()) -> Extraction:
    ents = []
    for name, etype, proposed in entities:
        start = abstract.index(name)
        ents.append(Entity(name, etype, (), proposed, (Mention(name, "abstract", start, start + len(name)),)))  # type: ignore[arg-type]
    return Extraction(Paper(id=paper_id(title), title=title, abstract=abstract, urls=("https://github.com/a/b", "javascript:alert(1)")),
                      tuple(ents), claims)


@pytest.fixture(scope="module")
def small_graph() -> Any:
    a1 = "We propose FlashMix, a mixer, and fine-tune BERT on GLUE. FlashMix reaches 91.5% accuracy on GLUE."
    c0 = a1.index("91.5%")
    claim = Claim("91.5%", 91.5, "%", "none", c0, c0 + 5, a1[a1.index("FlashMix reaches"):],
                  metric="accuracy", subject="FlashMix", benchmark="GLUE")
    a2 = "We study BERT and RoBERTa with accuracy on GLUE."
    a3 = f"Hostile {HOSTILE} abstract about BERT."
    return build_graph([
        _record("FlashMix: mixing fast", a1, [("FlashMix", "method", True), ("BERT", "model", False),
                                              ("GLUE", "benchmark", False), ("accuracy", "metric", False)], (claim,)),
        _record("A study of encoders", a2, [("BERT", "model", False), ("RoBERTa", "model", False),
                                            ("accuracy", "metric", False), ("GLUE", "benchmark", False)]),
        _record(HOSTILE, a3, [("BERT", "model", False)]),
    ])


def _open(browser: Any, path: Path) -> tuple[Any, list[str], list[str]]:
    """A page on ``path`` once drawn, with the requests it tried beyond the file and its console errors."""
    page = browser.new_page(viewport={"width": 1200, "height": 800})
    requests: list[str] = []
    errors: list[str] = []

    def route(r: Any) -> None:
        if r.request.url == path.as_uri():
            r.continue_()
        else:
            requests.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-paperkg-ready]", state="attached", timeout=60_000)
    return page, requests, errors


def _search(page: Any, text: str) -> str:
    page.fill("#paperkg-search", text)
    page.press("#paperkg-search", "Enter")
    return page.text_content("#paperkg-details") or ""


def test_small_page_is_offline_complete_and_searchable(browser: Any, small_graph: Any, tmp_path: Path) -> None:
    view = select_view(small_graph)
    path = tmp_path / "graph.html"
    write_html(view.graph, path, note=view.note)
    page, requests, errors = _open(browser, path)
    assert requests == [] and errors == []
    assert page.evaluate("window.paperkgNetwork.body.data.nodes.length") == small_graph.number_of_nodes()
    details = _search(page, "flashmix")
    assert "FlashMix" in details and "Method" in details and "FlashMix: mixing fast" in details
    assert "FlashMix reaches 91.5% accuracy on GLUE." in details
    details = _search(page, "FlashMix: mixing fast")
    assert "https://github.com/a/b" in details and "javascript:alert(1)" in details
    hrefs = page.eval_on_selector_all("#paperkg-details a[rel=noopener]", "as => as.map(a => a.href)")
    assert hrefs == ["https://github.com/a/b"]
    page.close()


def test_hostile_title_stays_text(browser: Any, small_graph: Any, tmp_path: Path) -> None:
    path = tmp_path / "graph.html"
    write_html(small_graph, path)
    page, requests, errors = _open(browser, path)
    details = _search(page, HOSTILE)
    assert HOSTILE in details
    page.hover("#paperkg-details h2")
    assert page.evaluate("window.pwned") is None
    assert requests == [] and errors == []
    page.close()


def test_filtered_view_says_so(browser: Any, small_graph: Any, tmp_path: Path) -> None:
    view = select_view(small_graph, view="techniques", focus="bert", depth=1, max_nodes=3)
    assert view.graph.number_of_nodes() == 3 and "showing 3 of" in view.note
    path = tmp_path / "graph.html"
    write_html(view.graph, path, note=view.note)
    page, requests, errors = _open(browser, path)
    assert page.evaluate("window.paperkgNetwork.body.data.nodes.length") == 3
    assert page.text_content("#paperkg-note") == view.note
    assert requests == [] and errors == []
    page.close()


def test_long_paper_lists_are_cut_with_a_count(browser: Any, tmp_path: Path) -> None:
    from paperkg.exports.html import PAPERS_LISTED

    graph = build_graph([_record(f"Paper {i:02d} on encoders", "We fine-tune BERT.", [("BERT", "model", False)])
                         for i in range(PAPERS_LISTED + 5)])
    view = select_view(graph, max_nodes=3)
    path = tmp_path / "graph.html"
    write_html(view.graph, path, note=view.note)
    page, requests, errors = _open(browser, path)
    details = _search(page, "bert")
    assert f"Papers ({PAPERS_LISTED + 5})" in details and "and 5 more" in details
    assert page.eval_on_selector_all("#paperkg-details li", "ls => ls.length") == PAPERS_LISTED + 1
    assert requests == [] and errors == []
    page.close()


def test_same_graph_same_bytes(small_graph: Any) -> None:
    from paperkg.exports.html import to_html

    assert to_html(small_graph) == to_html(small_graph)


@pytest.mark.slow
def test_corpus_page_loads_offline(browser: Any, corpus_records: Any, tmp_path: Path) -> None:
    graph = build_graph(corpus_records)
    path = tmp_path / "graph.html"
    write_html(graph, path)
    page, requests, errors = _open(browser, path)
    assert requests == [] and errors == []
    assert page.evaluate("window.paperkgNetwork.body.data.nodes.length") == graph.number_of_nodes()
    name = max((a for _, a in graph.nodes(data=True) if a["type"] == "Model"), key=lambda a: len(a["papers"]))["name"]
    assert name in _search(page, name.upper())
    page.close()
