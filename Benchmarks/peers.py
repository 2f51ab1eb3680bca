#!/usr/bin/env python3
"""extract's speed against Trafilatura and resiliparse, measured in one run on the same pages.

    swift build -c release && python3 Benchmarks/peers.py [FOLDER] [--passes N]

FOLDER defaults to ../shared/corpus/readability (every *.html below it but expected.html).
Each peer runs in-process on the pages' bytes, as extract-bench runs ExtractKit; a peer
that is not installed is reported and skipped (pip install trafilatura lxml_html_clean resiliparse).
Prints ms/page and MB/s for each (median of N passes, default 3), then extract's speed as
a multiple of each peer's. extract's numbers come from `extract-bench` run in the same
invocation (its "(b) extract, 1 thread" row), so all are measured on the same machine state.

    python3 Benchmarks/peers.py --chart Benchmarks/speed-accuracy.svg

also scores each on the Readability corpus (../shared/eval/score.py, body F1) and draws
pages/s against body F1 as an SVG chart.
"""
import argparse
import json
import math
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


SCORER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "eval", "score.py")


def body_f1(name, corpus):
    """Body F1 on the Readability corpus from the shared scorer: extract's binary, or a peer."""
    out = os.path.join("/tmp", f"peers-score-{os.getpid()}-{name}.json")
    if name == "extract":
        binary = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".build", "release", "extract")
        who = ["--extract", binary]
    else:
        who = ["--peer", name.lower()]
    subprocess.run([sys.executable, SCORER, "readability", corpus, *who, "--json", out],
                   check=True, capture_output=True, text=True)
    with open(out) as f:
        means = json.load(f)["means"]
    os.remove(out)
    return means["body_f1"]


def chart(points, path):
    """pages/s (log scale) against body F1, one labelled dot per extractor."""
    width, height, left, bottom, top, right = 640, 420, 70, 60, 40, 30
    speeds = [p[1] for p in points]
    low = 10 ** math.floor(math.log10(min(speeds)))
    high = 10 ** math.ceil(math.log10(max(speeds)))
    f1s = [p[2] for p in points]
    f_low, f_high = math.floor(min(f1s) * 20) / 20 - 0.05, 1.0

    def x(speed):
        return left + (math.log10(speed) - math.log10(low)) / (math.log10(high) - math.log10(low)) * (width - left - right)

    def y(f1):
        return height - bottom - (f1 - f_low) / (f_high - f_low) * (height - bottom - top)

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="12">',
             f'<rect width="{width}" height="{height}" fill="white"/>',
             f'<text x="{width / 2}" y="20" text-anchor="middle" font-size="14">Speed and accuracy on the Readability corpus (one thread)</text>',
             f'<line x1="{left}" y1="{height - bottom}" x2="{width - right}" y2="{height - bottom}" stroke="black"/>',
             f'<line x1="{left}" y1="{top}" x2="{left}" y2="{height - bottom}" stroke="black"/>',
             f'<text x="{(left + width - right) / 2}" y="{height - 15}" text-anchor="middle">pages per second (log scale)</text>',
             f'<text x="18" y="{(top + height - bottom) / 2}" text-anchor="middle" transform="rotate(-90 18 {(top + height - bottom) / 2})">body F1</text>']
    decade = low
    while decade <= high:
        parts.append(f'<line x1="{x(decade):.1f}" y1="{height - bottom}" x2="{x(decade):.1f}" y2="{height - bottom + 5}" stroke="black"/>')
        parts.append(f'<text x="{x(decade):.1f}" y="{height - bottom + 18}" text-anchor="middle">{decade:g}</text>')
        decade *= 10
    tick = f_low
    while tick <= f_high + 1e-9:
        parts.append(f'<line x1="{left - 5}" y1="{y(tick):.1f}" x2="{left}" y2="{y(tick):.1f}" stroke="black"/>')
        parts.append(f'<text x="{left - 8}" y="{y(tick) + 4:.1f}" text-anchor="end">{tick:.2f}</text>')
        tick += 0.05
    for name, speed, f1 in points:
        color = "#c0392b" if name == "extract" else "#2c3e50"
        parts.append(f'<circle cx="{x(speed):.1f}" cy="{y(f1):.1f}" r="6" fill="{color}"/>')
        label = f"{name}: {speed:.0f} pages/s, F1 {f1:.3f}"
        if x(speed) > width * 0.55:  # right half: the label to the left of the dot, inside the chart
            parts.append(f'<text x="{x(speed) - 9:.1f}" y="{y(f1) - 8:.1f}" text-anchor="end">{label}</text>')
        else:
            parts.append(f'<text x="{x(speed) + 9:.1f}" y="{y(f1) - 8:.1f}">{label}</text>')
    parts.append("</svg>")
    with open(path, "w") as f:
        f.write("\n".join(parts) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", default="../shared/corpus/readability")
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--chart", help="also score body F1 (Readability corpus) and write this SVG chart")
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
    if args.chart:
        points = []
        for name, seconds in rows:
            f1 = body_f1(name, "../shared/corpus/readability")
            print(f"{name:<14}body F1 {f1:.3f} (Readability corpus)")
            points.append((name, len(docs) / seconds, f1))
        chart(points, args.chart)
        print(f"chart written to {args.chart}")


if __name__ == "__main__":
    main()
