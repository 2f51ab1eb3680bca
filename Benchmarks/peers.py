#!/usr/bin/env python3
"""extract's speed against libxml2's parse, resiliparse and Trafilatura, in one run, per set of pages.

    swift build -c release && python3 Benchmarks/peers.py [FOLDER...] [--passes N] [--chart SVG]

Each FOLDER is a set (every *.html below it but expected.html is a page); they default to
../shared/corpus/readability and ../shared/corpus/trafilatura-dev. In each pass (default 3),
`extract-bench --only table --passes 1` times, on every set, libxml2's parse into its tree (the
floor, a), full extraction in process (b) and the `extract` command with --jobs 1 (d); then each
installed peer runs in this process on the same pages' bytes, one pass per set (pip install
trafilatura lxml_html_clean resiliparse; a peer not installed is reported and skipped). Times
are CPU seconds (what a loaded machine disturbs least; the wall clock is printed too), per page
the median of the passes, and every ratio the median of its per-pass ratios, so all come from
the same run and the same moments of the machine.

Then each extractor is scored on each set that has a scorer (../shared/eval/score.py: body F1 of
the readability and trafilatura suites) and the chart of pages per second against body F1, one
panel a set, is drawn to SVG (default Benchmarks/speed-accuracy.svg; --chart '' skips scoring
and the chart).
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

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_FOLDERS = ["../shared/corpus/readability", "../shared/corpus/trafilatura-dev"]
SCORER = os.path.join(HERE, "..", "..", "shared", "eval", "score.py")
BUILD = os.path.join(HERE, "..", ".build", "release")


def pages(folder):
    found = []
    for root, _, files in sorted(os.walk(folder)):
        for name in sorted(files):
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


PEERS = [("resiliparse", "resiliparse", resiliparse_run), ("Trafilatura", "trafilatura", trafilatura_run)]
# extract-bench's table: set, pages, MB, then CPU ms/page of (a), (a'), (b), (d), then ratios.
TABLE_ROW = re.compile(r"^(\S+)\s+(\d+)\s+([0-9.]+)\s+([0-9.]+)\s+([0-9.]+)\s+([0-9.]+)\s+([0-9.]+)\s+")


def bench_pass(folders):
    """One pass of extract-bench over every set: {set: (pages, MB, a, b, d)} in CPU seconds."""
    bench = os.path.join(BUILD, "extract-bench")
    if not os.path.exists(bench):
        sys.exit("peers.py: build first: swift build -c release")
    out = subprocess.run([bench, *folders, "--only", "table", "--passes", "1"], capture_output=True, text=True,
                         check=True).stdout
    rows = {}
    for line in out.splitlines():
        match = TABLE_ROW.match(line)
        if match:
            name, count = match.group(1), int(match.group(2))
            a, _, b, d = (float(match.group(i)) * count / 1000 for i in range(4, 8))
            rows[name] = (count, float(match.group(3)), a, b, d)
    if len(rows) != len(folders):
        sys.exit("peers.py: unexpected extract-bench output:\n" + out)
    return rows


def peer_pass(run, docs):
    """(CPU seconds, wall seconds) of one pass of a peer over a set."""
    cpu, wall = time.process_time(), time.perf_counter()
    for raw in docs:
        run(raw)
    return time.process_time() - cpu, time.perf_counter() - wall


def suite_of(folder):
    """The scorer's suite for a set's folder, if it has one."""
    name = os.path.basename(os.path.normpath(folder)).lower()
    for suite in ("readability", "trafilatura", "scrapinghub"):
        if suite in name:
            return suite
    return None


def body_f1(name, suite, folder):
    """Body F1 of extract's binary or a peer on a set, from the shared scorer."""
    out = os.path.join("/tmp", f"peers-score-{os.getpid()}-{name}.json")
    who = ["--extract", os.path.join(BUILD, "extract")] if name == "extract" else ["--peer", name.lower()]
    subprocess.run([sys.executable, SCORER, suite, folder, *who, "--json", out], check=True, capture_output=True,
                   text=True)
    with open(out) as f:
        means = json.load(f)["means"]
    os.remove(out)
    return means["body_f1"]


def chart(panels, path):
    """One panel a set: pages/s (log scale) against body F1, one labelled dot per extractor."""
    pw, height, left, bottom, top, right = 520, 420, 70, 60, 50, 20
    width = pw * len(panels)
    speeds = [p[1] for _, points in panels for p in points]
    low = 10 ** math.floor(math.log10(min(speeds)))
    high = 10 ** math.ceil(math.log10(max(speeds)))
    f1s = [p[2] for _, points in panels for p in points]
    f_low, f_high = math.floor(min(f1s) * 20) / 20 - 0.05, 1.0
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="12">',
             f'<rect width="{width}" height="{height}" fill="white"/>',
             f'<text x="{width / 2}" y="18" text-anchor="middle" font-size="14">Speed (one thread, CPU time) and body F1, '
             'measured in one run</text>']
    for number, (title, points) in enumerate(panels):
        x0 = number * pw

        def x(speed):
            return x0 + left + (math.log10(speed) - math.log10(low)) / (math.log10(high) - math.log10(low)) * (pw - left - right)

        def y(f1):
            return height - bottom - (f1 - f_low) / (f_high - f_low) * (height - bottom - top)

        parts += [f'<text x="{x0 + (left + pw - right) / 2}" y="38" text-anchor="middle" font-size="13">{title}</text>',
                  f'<line x1="{x0 + left}" y1="{height - bottom}" x2="{x0 + pw - right}" y2="{height - bottom}" stroke="black"/>',
                  f'<line x1="{x0 + left}" y1="{top}" x2="{x0 + left}" y2="{height - bottom}" stroke="black"/>',
                  f'<text x="{x0 + (left + pw - right) / 2}" y="{height - 15}" text-anchor="middle">pages per second (log scale)</text>',
                  f'<text x="{x0 + 18}" y="{(top + height - bottom) / 2}" text-anchor="middle" '
                  f'transform="rotate(-90 {x0 + 18} {(top + height - bottom) / 2})">body F1</text>']
        decade = low
        while decade <= high:
            parts.append(f'<line x1="{x(decade):.1f}" y1="{height - bottom}" x2="{x(decade):.1f}" y2="{height - bottom + 5}" stroke="black"/>')
            parts.append(f'<text x="{x(decade):.1f}" y="{height - bottom + 18}" text-anchor="middle">{decade:g}</text>')
            decade *= 10
        tick = f_low
        while tick <= f_high + 1e-9:
            parts.append(f'<line x1="{x0 + left - 5}" y1="{y(tick):.1f}" x2="{x0 + left}" y2="{y(tick):.1f}" stroke="black"/>')
            parts.append(f'<text x="{x0 + left - 8}" y="{y(tick) + 4:.1f}" text-anchor="end">{tick:.2f}</text>')
            tick += 0.05
        for name, speed, f1 in points:
            color = "#c0392b" if name == "extract" else "#2c3e50"
            parts.append(f'<circle cx="{x(speed):.1f}" cy="{y(f1):.1f}" r="6" fill="{color}"/>')
            label = f"{name}: {speed:.0f} pages/s, F1 {f1:.3f}"
            if x(speed) > x0 + pw * 0.55:  # right half: the label to the left of the dot, inside the panel
                parts.append(f'<text x="{x(speed) - 9:.1f}" y="{y(f1) - 8:.1f}" text-anchor="end">{label}</text>')
            else:
                parts.append(f'<text x="{x(speed) + 9:.1f}" y="{y(f1) - 8:.1f}">{label}</text>')
    parts.append("</svg>")
    with open(path, "w") as f:
        f.write("\n".join(parts) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="*")
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--chart", default=os.path.join(HERE, "speed-accuracy.svg"),
                        help="the SVG chart to write ('' for none, and no scoring)")
    args = parser.parse_args()
    folders = args.folders
    if not folders:
        folders = [f for f in DEFAULT_FOLDERS if os.path.isdir(f)]
        for missing in DEFAULT_FOLDERS:
            if missing not in folders:
                print(f"({missing} is not on this machine: set skipped)")
    names = [os.path.basename(os.path.normpath(f)) for f in folders]
    docs = {name: pages(folder) for name, folder in zip(names, folders)}
    for name, folder in zip(names, folders):
        if not docs[name]:
            sys.exit(f"peers.py: no pages under {folder}")
    peers = []
    for name, module, run in PEERS:
        try:
            __import__(module)
        except ImportError:
            print(f"{name}: not installed (pip install {module}); skipped")
            continue
        peers.append((name, run))
        for docs_of_set in docs.values():  # warm-up: imports, caches
            for raw in docs_of_set[:5]:
                run(raw)
    # Interleaved: each pass times extract's measures, then every peer, on every set.
    cpu = {(s, who): [] for s in names for who in ["a", "b", "d"] + [p for p, _ in peers]}
    wall = {key: [] for key in cpu}
    sizes = {}
    for _ in range(args.passes):
        rows = bench_pass(folders)
        for s in names:
            count, megabytes, a, b, d = rows[s]
            sizes[s] = (count, megabytes)
            for who, seconds in zip("abd", (a, b, d)):
                cpu[(s, who)].append(seconds)
        for s in names:
            for peer, run in peers:
                seconds, elapsed = peer_pass(run, docs[s])
                cpu[(s, peer)].append(seconds)
                wall[(s, peer)].append(elapsed)

    def per_page(s, who):
        return statistics.median(cpu[(s, who)]) * 1000 / sizes[s][0]

    def ratio(s, top, bottom):
        return statistics.median(t / b for t, b in zip(cpu[(s, top)], cpu[(s, bottom)]))

    print(f"per set, CPU ms/page, median of {args.passes} passes, one thread each; "
          "ratios: medians of per-pass ratios")
    header = f"{'set':<18}{'pages':>6}{'MB':>7}{'parse (a)':>11}{'extract (b)':>13}{'b/a':>6}{'command (d)':>13}{'d/a':>6}"
    for peer, _ in peers:
        header += f"{peer:>13}{'vs ' + peer:>17}"
    print(header)
    for s in names:
        line = (f"{s:<18}{sizes[s][0]:>6}{sizes[s][1]:>7.1f}{per_page(s, 'a'):>11.2f}{per_page(s, 'b'):>13.2f}"
                f"{ratio(s, 'b', 'a'):>6.2f}{per_page(s, 'd'):>13.2f}{ratio(s, 'd', 'a'):>6.2f}")
        for peer, _ in peers:
            line += f"{per_page(s, peer):>13.2f}{ratio(s, peer, 'b'):>16.1f}x"
        print(line)
    print("(vs PEER: how many times as fast as the peer extract (b) is; the peers' wall-clock ms/page: "
          + ", ".join(f"{s} {peer} {statistics.median(wall[(s, peer)]) * 1000 / sizes[s][0]:.2f}"
                      for s in names for peer, _ in peers) + ")")
    if not args.chart:
        return
    panels = []
    for s, folder in zip(names, folders):
        suite = suite_of(folder)
        if suite is None:
            print(f"{s}: no scorer for this set; left out of the chart")
            continue
        points = []
        for who in ["extract"] + [p for p, _ in peers]:
            f1 = body_f1(who, suite, folder)
            speed = 1000 / per_page(s, "b" if who == "extract" else who)
            print(f"{s:<18}{who:<13}body F1 {f1:.3f}   {speed:.0f} pages/s")
            points.append((who, speed, f1))
        panels.append((s, points))
    if panels:
        chart(panels, args.chart)
        print(f"chart written to {args.chart}")


if __name__ == "__main__":
    main()
