#!/usr/bin/env python3
"""Builds the charset test pages: real sentences of each language, converted with iconv.

    python3 Tests/Fixtures/charset/make_pages.py --collect   # texts.json from the system's translations
    python3 Tests/Fixtures/charset/make_pages.py             # pages/ and manifest.json from texts.json

The sentences are the human translations of program messages Debian ships
(/usr/share/locale/LANG/LC_MESSAGES/*.mo: apt, dpkg, coreutils, ...): real text of each
language, not generated. Each (language, encoding) pair gives four pages: a normal article
without a charset declaration, a short one (one sentence), one whose markup is mostly ASCII
(long head, scripts, menus) around two sentences, and one whose declaration lies (it names
windows-1252 or utf-8, the two labels a careless template writes).
"""
import gettext, glob, json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PAIRS = [
    ("ru", "windows-1251"), ("ru", "koi8-r"), ("uk", "windows-1251"), ("ja", "shift_jis"), ("ja", "euc-jp"),
    ("zh_CN", "gbk"), ("zh_CN", "gb18030"), ("zh_TW", "big5"), ("ko", "euc-kr"), ("cs", "windows-1250"),
    ("cs", "iso-8859-2"), ("pl", "windows-1250"), ("pl", "iso-8859-2"), ("hu", "iso-8859-2"),
]
CATALOGS = ["apt", "dpkg", "coreutils", "libapt-pkg6.0", "tar", "grep", "findutils", "sed", "gettext-tools", "man-db"]


def collect():
    texts = {}
    for lang, _ in PAIRS:
        if lang in texts:
            continue
        chosen = []
        for name in CATALOGS:
            path = f"/usr/share/locale/{lang}/LC_MESSAGES/{name}.mo"
            if not os.path.exists(path):
                continue
            with open(path, "rb") as handle:
                catalog = gettext.GNUTranslations(handle)._catalog
            for key in sorted(k for k in catalog if isinstance(k, str)):
                value = catalog[key]
                cjk = lang[:2] in ("ja", "zh", "ko")
                if not isinstance(value, str) or not (25 if cjk else 60) <= len(value) <= 220:
                    continue
                if re.search(r"[%{}<>&\\\n\t`$_=|/*#\"]|--", value):
                    continue
                letters = sum(ch.isalpha() for ch in value)
                foreign = sum(ch.isalpha() and not ch.isascii() for ch in value)
                # Latin-script languages: some letters outside ASCII; the others: mostly outside ASCII.
                if foreign < 4 or (lang[:2] not in ("cs", "pl", "hu") and foreign < 0.7 * letters):
                    continue
                chosen.append(" ".join(value.split()))
            if len(chosen) >= 40:
                break
        texts[lang] = chosen[:12]
    with open(os.path.join(HERE, "texts.json"), "w", encoding="utf-8") as out:
        json.dump(texts, out, ensure_ascii=False, indent=1)


HEAD = """<!DOCTYPE html>
<html>
<head>
%s<title>%s</title>
<link rel="stylesheet" href="/assets/site.css">
%s
</head>
<body>
<header class="site-header"><a href="/">Home</a> <nav><a href="/news">News</a> <a href="/about">About</a></nav></header>
<main><article>
<h1>%s</h1>
%s
</article></main>
<footer class="site-footer"><p>Copyright 2024</p></footer>
</body>
</html>
"""
BULK = "\n".join(
    ['<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} '
     'gtag("js", new Date()); gtag("config", "G-ABCDEFG");</script>']
    + [f'<meta name="x-asset-{i}" content="/static/build/chunk-{i:04d}.js?v=1.2.3">' for i in range(120)]
    + ['<style>' + " ".join(f".c{i}{{margin:{i}px;padding:0}}" for i in range(300)) + '</style>'])


def encodable(text, encoding):
    try:
        text.encode(encoding)
        return True
    except UnicodeEncodeError:
        return False


def build():
    with open(os.path.join(HERE, "texts.json"), encoding="utf-8") as handle:
        texts = json.load(handle)
    pages = os.path.join(HERE, "pages")
    os.makedirs(pages, exist_ok=True)
    manifest = []
    for lang, encoding in PAIRS:
        sentences = [t for t in texts[lang] if encodable(t, encoding)]
        title, body = sentences[0], sentences[1:]
        lying = "windows-1252" if encoding not in ("windows-1250", "iso-8859-2") else "utf-8"
        variants = {
            "article": ("", "", body[:8]),
            "short": ("", "", body[:1]),
            "ascii-markup": ("", BULK, body[:2]),
            "lying": (f'<meta charset="{lying}">\n', "", body[:6]),
        }
        for variant, (declaration, extra, paragraphs) in variants.items():
            html = HEAD % (declaration, title, extra, title, "\n".join(f"<p>{p}</p>" for p in paragraphs))
            name = f"{lang}-{encoding}-{variant}.html"
            # iconv does the conversion, as the issue asks: the page's bytes are what iconv writes.
            encoded = subprocess.run(["iconv", "-f", "UTF-8", "-t", encoding.upper()], input=html.encode("utf-8"),
                                     capture_output=True, check=True).stdout
            with open(os.path.join(pages, name), "wb") as out:
                out.write(encoded)
            manifest.append({"page": name, "language": lang, "encoding": encoding, "declared": declaration != "",
                             "title": title, "paragraphs": paragraphs})
    with open(os.path.join(HERE, "manifest.json"), "w", encoding="utf-8") as out:
        json.dump(manifest, out, ensure_ascii=False, indent=1)
    print(len(manifest), "pages")


if __name__ == "__main__":
    if "--collect" in sys.argv:
        collect()
    build()
