#!/usr/bin/env python3
"""extract's speed against Trafilatura and resiliparse, measured in one run on the same pages.

    swift build -c release && python3 Benchmarks/peers.py [FOLDER] [--passes N]

FOLDER defaults to ../shared/corpus/readability (every *.html below it but expected.html).
Each peer runs in-process on the pages' bytes, as extract-bench runs ExtractKit; a peer
that is not installed is reported and skipped (pip install trafilatura lxml_html_clean resiliparse).
Prints ms/page and MB/s for each (median of N passes, default 3), then extract's speed as
a multiple of each peer's. extract's numbers come from `extract-bench` run in the same
invocation (its "(b) extract, 1 thread" row), so all are measured on the same machine state.
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import time


def pages(folder):
    found = []
    for root, _, files in os.walk(folder):
        for name in files:
            if name.endswith(".html") and name != "expected.html":
                with open(os.path.join(root, name), "rb") as f:
                    found.append(f.read())
    return found


def trafilatura_run(raw):
    import trafilatura
    trafilatura.extract(raw, output_format="json", with_metadata=True, include_comments=False, include_tables=True)


def resiliparse_run(raw):
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.encoding import detect_encoding
    from resiliparse.parse.html import HTMLTree
    tree = HTMLTree.parse_from_bytes(raw, detect_encoding(raw))
    extract_plain_text(tree, main_content=True)


PEERS = [("Trafilatura", "trafilatura", trafilatura_run), ("resiliparse", "resiliparse", resiliparse_run)]


def median_seconds(run, docs, passes):
    for raw in docs[:5]:  # warm-up: imports, caches
        run(raw)
    times = []
    for _ in range(passes):
        start = time.perf_counter()
        for raw in docs:
            run(raw)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def extract_seconds(folder, passes, count):
    bench = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".build", "release", "extract-bench")
    if not os.path.exists(bench):
        sys.exit("peers.py: build first: swift build -c release")
    out = subprocess.run([bench, folder, "--passes", str(passes)], capture_output=True, text=True, check=True).stdout
    match = re.search(r"\(b\) extract, 1 thread\s+([0-9.]+) ms/page", out)
    if not match:
        sys.exit("peers.py: unexpected extract-bench output:\n" + out)
    return float(match.group(1)) * count / 1000


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", default="../shared/corpus/readability")
    parser.add_argument("--passes", type=int, default=3)
    args = parser.parse_args()
    docs = pages(args.folder)
    if not docs:
        sys.exit(f"peers.py: no pages under {args.folder}")
    megabytes = sum(map(len, docs)) / 1e6
    print(f"pages: {len(docs)}, {megabytes:.1f} MB, median of {args.passes} passes, one thread each")
    rows = [("extract", extract_seconds(args.folder, args.passes, len(docs)))]
    for name, module, run in PEERS:
        try:
            __import__(module)
        except ImportError:
            print(f"{name}: not installed (pip install {module}); skipped")
            continue
        rows.append((name, median_seconds(run, docs, args.passes)))
    for name, seconds in rows:
        print(f"{name:<14}{seconds * 1000 / len(docs):8.2f} ms/page {megabytes / seconds:8.1f} MB/s")
    ours = rows[0][1]
    for name, seconds in rows[1:]:
        print(f"extract is {seconds / ours:.1f}x as fast as {name}")


if __name__ == "__main__":
    main()
