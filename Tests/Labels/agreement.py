#!/usr/bin/env python3
"""Agreement between two independent labellings of the same pages.

    python3 Tests/Labels/agreement.py Tests/Labels/real Tests/Labels/second

For every page labelled in both roots, compares each field the way the scorer reads it
(strings normalized: case, whitespace, punctuation at the ends) and prints where they differ,
then the share of pages that agree per field.
"""
import json
import os
import re
import sys


def norm(s):
    return re.sub(r"\s+", " ", (s or "").replace("\xa0", " ")).strip().casefold().strip(" .:;,–—-")


def view(label):
    bio = label.get("authorBio")
    rel = label.get("related")
    return {
        "title": norm(label.get("title")),
        "authors": sorted(norm(a) for a in label.get("authors") or []),
        "credentials": [norm(c) for c in label.get("credentials") or []],
        "publishedAt": label.get("publishedAt"),
        "commentCount": label.get("commentCount"),
        "headings": [norm(h) for h in label.get("headings") or []],
        "listItemTitles": [norm(t) for t in label.get("listItemTitles") or []],
        "steps": [(norm(g.get("title")), [norm(s) for s in g.get("steps") or []]) for g in label.get("steps") or []],
        "authorBio": (norm(bio.get("name")), norm(bio.get("bioStartsWith"))[:20]) if bio else None,
        "related": (norm(rel.get("heading")), [norm(p.get("title")) for p in rel.get("posts") or []]) if rel else None,
    }


def main():
    first, second = sys.argv[1], sys.argv[2]
    names = sorted(n[:-5] for n in os.listdir(os.path.join(second, "labels")) if n.endswith(".json"))
    names = [n for n in names if os.path.exists(os.path.join(first, "labels", n + ".json"))]
    agree = {}
    for name in names:
        a = view(json.load(open(os.path.join(first, "labels", name + ".json"), encoding="utf-8")))
        b = view(json.load(open(os.path.join(second, "labels", name + ".json"), encoding="utf-8")))
        for field in a:
            same = a[field] == b[field]
            agree.setdefault(field, []).append(same)
            if not same:
                print(f"{name} {field}:\n  first:  {a[field]!r}\n  second: {b[field]!r}")
    print(f"\n{len(names)} pages labelled twice")
    for field, marks in agree.items():
        print(f"  {field:15} {sum(marks)}/{len(marks)} agree")


if __name__ == "__main__":
    main()
