#!/usr/bin/env python3
"""extract's charset decision against Python's charset-normalizer on the same pages.

    python3 Benchmarks/charset_compare.py [--extract .build/release/extract]

The pages are Tests/Fixtures/charset/pages (built by Tests/Fixtures/charset/make_pages.py
from real sentences of Russian, Ukrainian, Japanese, Chinese, Korean, Czech, Polish and
Hungarian, converted with iconv to windows-1251, KOI8-R, Shift_JIS, EUC-JP, GBK, GB18030,
Big5, EUC-KR, windows-1250 and ISO-8859-2; undeclared, short, mostly-ASCII markup, or with a
lying declaration). A page counts as right when the decoded page holds its title and every
paragraph exactly. charset-normalizer gets the page's bytes, as extract does
(pip install charset-normalizer).
"""
import argparse, json, os, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "..", "Tests", "Fixtures", "charset")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--extract", default=os.path.join(HERE, "..", ".build", "release", "extract"))
    args = parser.parse_args()
    try:
        from charset_normalizer import from_bytes
    except ImportError:
        sys.exit("charset_compare: python3 -m pip install charset-normalizer")
    manifest = json.load(open(os.path.join(FIXTURES, "manifest.json"), encoding="utf-8"))
    rows, totals, seconds = [], {"extract": 0, "charset-normalizer": 0}, {"extract": 0.0, "charset-normalizer": 0.0}
    for entry in manifest:
        path = os.path.join(FIXTURES, "pages", entry["page"])
        wanted = [entry["title"]] + entry["paragraphs"]
        data = open(path, "rb").read()

        start = time.perf_counter()
        result = subprocess.run([args.extract, path], capture_output=True)
        seconds["extract"] += time.perf_counter() - start
        article = json.loads(result.stdout) if result.returncode == 0 else {}
        ours = article.get("source", {}).get("encoding", "-")
        text = (article.get("title") or "") + "\n" + article.get("text", "")
        ours_right = all(part in text for part in wanted)

        start = time.perf_counter()
        best = from_bytes(data).best()
        seconds["charset-normalizer"] += time.perf_counter() - start
        theirs = best.encoding if best else "-"
        theirs_right = best is not None and all(part in str(best) for part in wanted)

        totals["extract"] += ours_right
        totals["charset-normalizer"] += theirs_right
        rows.append((entry["page"], entry["encoding"], ours, "ok" if ours_right else "WRONG", theirs,
                     "ok" if theirs_right else "WRONG"))
    width = max(len(row[0]) for row in rows)
    print(f"{'page':<{width}}  {'truth':<13} {'extract':<13} {'':<5}  {'charset-normalizer':<18} ")
    for page, truth, ours, ours_mark, theirs, theirs_mark in rows:
        print(f"{page:<{width}}  {truth:<13} {ours:<13} {ours_mark:<5}  {theirs:<18} {theirs_mark}")
    for name in totals:
        print(f"{name}: {totals[name]}/{len(rows)} pages decoded right ({seconds[name]:.2f} s"
              + (", including process start-up and the whole extraction)" if name == "extract" else ")"))


if __name__ == "__main__":
    main()
