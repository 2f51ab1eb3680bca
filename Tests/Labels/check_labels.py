#!/usr/bin/env python3
"""Mechanical check of hand-written labels (../../shared/docs/labels.md, "Checking a label").

    python3 Tests/Labels/check_labels.py Tests/Labels/real            # every label
    python3 Tests/Labels/check_labels.py Tests/Labels/real NAME ...   # some

Every string of a label must occur in the page's visible text (entities decoded, whitespace
collapsed, case kept), headings must be h2-h6 of the page, related URLs must appear in an
href, every key must be present, dates must be YYYY-MM-DD. Exits 1 when any label fails.
"""
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

KEYS = ["file", "title", "authors", "credentials", "publishedAt", "commentCount", "headings", "listItemTitles",
        "steps", "authorBio", "related", "textMustContain", "textMustNotContain"]
# <noscript> is read: a reader without scripts sees it, and some pages (a blog whose post is only
# in a script template) show their article only there.
SKIP = {"script", "style", "template"}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


def norm(text):
    text = text.replace("\u00ad", "").replace("\u200b", "").replace("\xa0", " ")
    return re.sub(r"\s+", " ", text).strip()


def loose(text):
    """Case- and punctuation-insensitive form, for strings a reader may see split by markup."""
    return re.sub(r"[\W_]+", "", norm(text).casefold())


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.hrefs, self.heads = [], set(), []
        self.skip, self.head = 0, None

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        if tag in HEADINGS and tag != "h1":
            self.head = []
        for k, v in attrs:
            if k == "href" and v:
                self.hrefs.add(html.unescape(v).strip())
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in SKIP and self.skip:
            self.skip -= 1
        if tag in HEADINGS and self.head is not None:
            self.heads.append(norm("".join(self.head)))
            self.head = None
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)
            if self.head is not None:
                self.head.append(data)


def read(path):
    raw = open(path, "rb").read()
    # The page's own declaration, in a <meta> tag: a <script charset="UTF-8"> before it says
    # nothing about the page.
    m = re.search(rb'<meta[^>]*charset=["\']?([\w-]+)', raw[:4096], re.I)
    declared = m.group(1).decode().lower() if m else None
    for enc in ([declared] if declared else []) + ["utf-8", "windows-1252"]:
        try:
            return raw.decode(enc)
        except (LookupError, UnicodeDecodeError):
            # A page declared UTF-8 with one stray Latin-1 byte (an image's alt text) is still
            # UTF-8 to a browser, which replaces the odd byte: so here.
            if enc in ("utf-8", "utf8") and enc == declared:
                return raw.decode("utf-8", "replace")
            continue
    return raw.decode("utf-8", "replace")


def check(root, name):
    problems = []
    label = json.load(open(os.path.join(root, "labels", name + ".json"), encoding="utf-8"))
    page_path = os.path.join(root, "pages", name + ".html")
    if not os.path.exists(page_path):
        return [f"page {page_path} missing (broken link?)"]
    page = Page()
    page.feed(read(page_path))
    text = norm("".join(page.parts))
    ltext = loose(text)
    heads = set(page.heads)
    lheads = {loose(h) for h in page.heads}
    for key in KEYS:
        if key not in label:
            problems.append(f"key {key} missing")

    def seen(what, s):
        if not isinstance(s, str) or not norm(s):
            problems.append(f"{what}: empty or not a string")
        elif norm(s) not in text and loose(s) not in ltext:
            problems.append(f"{what}: not in the page text: {s[:70]!r}")

    if label.get("title"):
        seen("title", label["title"])
    for a in label.get("authors") or []:
        seen("author", a)
    for c in label.get("credentials") or []:
        seen("credential", c)
    d = label.get("publishedAt")
    if d is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
        problems.append(f"publishedAt not YYYY-MM-DD: {d!r}")
    cc = label.get("commentCount")
    if cc is not None and not (isinstance(cc, int) and cc >= 0):
        problems.append(f"commentCount not a count: {cc!r}")
    for h in label.get("headings") or []:
        if norm(h) not in heads and loose(h) not in lheads:
            problems.append(f"heading not an h2-h6 of the page: {h[:70]!r}")
    for t in label.get("listItemTitles") or []:
        seen("list item title", t)
        if norm(t).endswith((":", "-", "–", "—")):
            problems.append(f"list item title keeps its trailing mark: {t!r}")
    for g in label.get("steps") or []:
        if g.get("title"):
            seen("step group title", g["title"])
        if not g.get("steps"):
            problems.append("step group without steps")
        for s in g.get("steps") or []:
            seen("step", s)
    bio = label.get("authorBio")
    if bio:
        seen("bio name", bio.get("name"))
        seen("bio start", bio.get("bioStartsWith"))
    rel = label.get("related")
    if rel:
        if rel.get("heading"):
            seen("related heading", rel["heading"])
        if not rel.get("posts"):
            problems.append("related without posts")
        for p in rel.get("posts") or []:
            seen("related title", p.get("title"))
            if p.get("url") is not None and p["url"] not in page.hrefs:
                problems.append(f"related url not an href of the page: {p['url'][:80]!r}")
            if p.get("publishedAt") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", p["publishedAt"]):
                problems.append(f"related date not YYYY-MM-DD: {p['publishedAt']!r}")
    for key, least in (("textMustContain", 6), ("textMustNotContain", 6)):
        phrases = label.get(key) or []
        if len(phrases) < least:
            problems.append(f"{key}: {len(phrases)} phrases, needs {least}")
        for s in phrases:
            seen(key, s)
    return problems


def main():
    root = sys.argv[1]
    names = sys.argv[2:] or sorted(n[:-5] for n in os.listdir(os.path.join(root, "labels")) if n.endswith(".json"))
    bad = 0
    for name in names:
        try:
            problems = check(root, name)
        except (ValueError, OSError) as error:
            problems = [f"unreadable: {error}"]
        if problems:
            bad += 1
            print(f"{name}:")
            for p in problems:
                print(f"  - {p}")
    print(f"{len(names) - bad} of {len(names)} labels pass")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
