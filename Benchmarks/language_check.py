#!/usr/bin/env python3
"""`language` against the page's own <html lang> on the corpora.

    python3 Benchmarks/language_check.py [--extract .build/release/extract]

For every corpus page that declares <html lang>: whether extract's `language` keeps it (same
primary subtag; metadata such as og:locale may refine it) or replaces it with the article
text's language, with the start of the text of each replaced page to judge the replacement
by eye. For pages that declare none: how many get a language from their text.
"""
import argparse, collections, glob, json, os, re, subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "..", "shared", "corpus")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--extract", default=os.path.join(HERE, "..", ".build", "release", "extract"))
    args = parser.parse_args()
    pages = sorted(glob.glob(os.path.join(SHARED, "readability", "**", "*.html"), recursive=True))
    pages += sorted(glob.glob(os.path.join(SHARED, "trafilatura-dev", "**", "*.html"), recursive=True))
    stats, changed = collections.Counter(), []
    for page in pages:
        raw = open(page, "rb").read()
        match = re.search(rb"<html[^>]*\slang\s*=\s*[\"']?([A-Za-z-]+)", raw[:5000])
        declared = match.group(1).decode() if match else None
        result = subprocess.run([args.extract, page, "--compact"], capture_output=True)
        try:
            article = json.loads(result.stdout)
        except ValueError:
            stats["failed"] += 1
            continue
        language = article["language"]
        if declared:
            stats["declared"] += 1
            if language and language.split("-")[0].lower() == declared.split("-")[0].lower():
                stats["declared, kept"] += 1
            else:
                changed.append((os.path.relpath(page, SHARED), declared, language, article["text"][:90]))
        else:
            stats["undeclared"] += 1
            stats["undeclared, language from the text" if language else "undeclared, none"] += 1
    print(dict(stats))
    print(f"replaced ({len(changed)}):")
    for page, declared, language, text in changed:
        print(f"  {page}: {declared} -> {language}: {text!r}")


if __name__ == "__main__":
    main()
