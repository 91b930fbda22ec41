"""Make ``docs/screenshot.png``: the corpus graph's HTML view as headless Chromium draws it.

Usage: ``python scripts/screenshot.py [BUILD_DIR_OR_CORPUS] [--out docs/screenshot.png]``.  A directory
holding ``extractions.jsonl`` is read as a build; anything else is built from scratch.  The page is
captured once it sets ``data-paperkg-ready`` on ``<body>`` (after its first drawing), and the time
that took is printed, so the script doubles as the time-to-interactive measurement of the docs.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def load_graph(source: Path):  # type: ignore[no-untyped-def]
    """The graph of a build directory, or of a corpus extracted here and now (slower: spaCy runs)."""
    from paperkg.graph import build_graph
    from paperkg.jsonl import read_extractions

    if (source / "extractions.jsonl").is_file():
        return build_graph(read_extractions(source / "extractions.jsonl"))
    from paperkg import extract, read_papers

    return build_graph(extract(read_papers([source]).papers))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshot.png")
    parser.add_argument("--view", default="all")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=900)
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    from paperkg.exports.html import select_view, write_html

    started = time.perf_counter()
    view = select_view(load_graph(args.source), view=args.view)
    with tempfile.TemporaryDirectory() as tmp:
        page_path = Path(tmp) / "graph.html"
        write_html(view.graph, page_path, note=view.note)
        print(f"graph and page: {time.perf_counter() - started:.1f} s, {page_path.stat().st_size / 1e6:.1f} MB", file=sys.stderr)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": args.width, "height": args.height})
            page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file://") else route.abort())
            opened = time.perf_counter()
            page.goto(page_path.as_uri())
            page.wait_for_selector("body[data-paperkg-ready]", state="attached", timeout=120_000)
            ready = time.perf_counter() - opened
            page.wait_for_timeout(300)
            args.out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(args.out))
            browser.close()
    print(f"time to interactive: {ready:.2f} s; wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
