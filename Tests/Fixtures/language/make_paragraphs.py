#!/usr/bin/env python3
"""Builds paragraphs.json: real paragraphs of 18 languages for the language-detection test.

    python3 Tests/Fixtures/language/make_paragraphs.py

The sentences are the human translations of program messages Debian ships
(/usr/share/locale/LANG/LC_MESSAGES/*.mo): each paragraph joins four consecutive long
messages of one catalog, without format placeholders or option names.
"""
import gettext, json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
LANGUAGES = {"de": "de", "fr": "fr", "es": "es", "it": "it", "pt": "pt", "nl": "nl", "pl": "pl", "cs": "cs",
             "ru": "ru", "uk": "uk", "ja": "ja", "zh_CN": "zh", "ko": "ko", "sv": "sv", "fi": "fi", "hu": "hu",
             "tr": "tr", "da": "da"}
CATALOGS = ["apt", "dpkg", "coreutils", "tar", "grep", "findutils", "sed", "gettext-tools", "bash", "wget"]
PER_LANGUAGE = 5

paragraphs = []
for locale, code in LANGUAGES.items():
    messages = []
    for name in CATALOGS:
        path = f"/usr/share/locale/{locale}/LC_MESSAGES/{name}.mo"
        if not os.path.exists(path):
            continue
        with open(path, "rb") as handle:
            catalog = gettext.GNUTranslations(handle)._catalog
        for key in sorted(k for k in catalog if isinstance(k, str) and k):
            value = catalog[key]
            cjk = code in ("ja", "zh", "ko")
            if not isinstance(value, str) or len(value) < (20 if cjk else 50) or len(value) > 300:
                continue
            if re.search(r"[%{}<>\\`$_=|/*#]|--|::|\w\.\w", value):
                continue
            messages.append(" ".join(value.split()))
        if len(messages) >= PER_LANGUAGE * 4:
            break
    for index in range(PER_LANGUAGE):
        chunk = messages[index * 4:(index + 1) * 4]
        if len(chunk) == 4:
            paragraphs.append({"language": code, "text": " ".join(chunk)})
with open(os.path.join(HERE, "paragraphs.json"), "w", encoding="utf-8") as out:
    json.dump(paragraphs, out, ensure_ascii=False, indent=1)
print(len(paragraphs), "paragraphs in", len({p["language"] for p in paragraphs}), "languages")
