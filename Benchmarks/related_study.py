#!/usr/bin/env python3
"""Related-posts study (issue #11): can a small learned scorer over block features find the
labelled related block on pages of sites it has not seen better than the hand-written rules?

Usage (from the repo root, after `swift build -c release`):
  python3 Benchmarks/related_study.py DEV_LABELS_DIR CHECK_LABELS_DIR [--extract .build/release/extract]

Each labels dir is laid out like Tests/Labels/real (labels/NAME.json with a "related" field,
pages/NAME.html). Only aggregate numbers are printed (the check set is read programmatically,
never shown page by page). Needs lxml and numpy; not run by CI. Write-up and numbers:
Benchmarks/related-study.md.

Candidates: every element holding >= 3 links whose links are split among its children (a
"branch point" of a link group; chains of wrappers holding the same links collapse onto it).
A candidate is positive when it is the deepest one holding most of the labelled posts.
Models: pointwise logistic regression (numpy, by hand) and a per-page softmax with a "no
block" option; evaluated leave-site-out (pages grouped by registrable domain).
"""
import collections
import glob
import json
import math
import os
import re
import subprocess
import sys
from urllib.parse import urljoin, urlparse

import lxml.html
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
VOCAB_FILE = os.path.join(HERE, "..", "Sources", "ExtractKit", "Rules", "SectionVocabulary.swift")


# ---------------------------------------------------------------- vocabulary (from Rules/)
def swift_tables(path):
    """`static let NAME = [ "a", "b" ]` (possibly `+ other`) -> {NAME: [strings]}."""
    src = open(path, encoding="utf-8").read()
    tables = {}
    for m in re.finditer(r"static let (\w+)(?:: \[String\])?\s*=\s*\n?\s*(\[.*?\])", src, re.S):
        tables[m.group(1)] = re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(2))
    return tables


T = swift_tables(VOCAB_FILE)
RELATED = [p for k, v in T.items() if k.startswith("related") and k != "relatedHeadings" for p in v]
RELATED += T.get("confirmingEnglish", []) + T.get("confirmingGerman", [])
MORE = T.get("moreHeadings", [])
SITE = T.get("siteStreamHeadings", []) + T.get("sectionStreamEnglish", []) + T.get("sectionStreamGerman", [])
AUTHOR = T.get("authorStreamHeadings", [])


def opens_with(text, phrases):
    t = " ".join(text.lower().split())
    return any(t.startswith(p) for p in phrases)


# ---------------------------------------------------------------- helpers
def norm(s):
    return " ".join((s or "").lower().split())


def url_key(u, base):
    if not u:
        return None
    u = u.strip()
    if u.startswith(("#", "javascript:", "mailto:", "tel:")):
        return None
    try:
        p = urlparse(urljoin(base, u))
    except ValueError:
        return None
    path = p.path.rstrip("/") or "/"
    return path + ("?" + p.query if p.query else "")


def domain_of(host):
    host = (host or "").lower().split(":")[0]
    if host.startswith("www."):
        host = host[4:]
    parts = host.split(".")
    if len(parts) >= 3 and parts[-2] in ("co", "com", "org", "net", "ac", "gov", "or", "ne") and len(parts[-1]) == 2:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def page_url(doc):
    for xp in ('//link[@rel="canonical"]/@href', '//meta[@property="og:url"]/@content', "//base/@href"):
        v = doc.xpath(xp)
        if v and v[0].startswith("http"):
            return v[0]
    return None


HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
SKIP = {"script", "style", "noscript", "template", "svg", "head"}
CLS_RELATED = re.compile(r"relat|similar|recommend|also|more|next|suggest|readmore|read-more|further", re.I)
CLS_SIDE = re.compile(r"side|widget|aside|rail", re.I)
CLS_NAV = re.compile(r"nav|menu|header|footer|breadcrumb|tag|categor|share|social|comment|author|pagination|pager", re.I)
CLS_POPULAR = re.compile(r"popular|trending|most|latest|recent", re.I)


def words(s):
    return len(s.split())


# ---------------------------------------------------------------- page analysis
class PageData:
    pass


def analyse(html_path, base_hint):
    raw = open(html_path, "rb").read()
    try:
        doc = lxml.html.fromstring(raw)
    except Exception:
        return None
    base = page_url(doc) or base_hint
    host = urlparse(base).netloc if base else ""
    # document order, text offsets, subtree ends
    order, start_char, end_order = {}, {}, {}
    cum = 0
    els = []
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        order[el] = len(els)
        els.append(el)
        start_char[el] = cum
        cum += len((el.text or "").strip()) + len((el.tail or "").strip())
    total_chars = max(cum, 1)

    def skipped(el):
        return any(a.tag in SKIP for a in el.iterancestors()) or el.tag in SKIP

    # main text: the element whose <p> children (and own text) hold the most prose
    prose = collections.Counter()
    for p in doc.iter("p"):
        t = p.text_content().strip()
        if len(t) < 30:
            continue
        lt = sum(len(a.text_content()) for a in p.iter("a"))
        if lt > 0.5 * len(t):
            continue
        par = p.getparent()
        if par is not None:
            prose[par] += len(t)
            gp = par.getparent()
            if gp is not None:
                prose[gp] += len(t) * 0.3
    for el in els:
        own = len((el.text or "").strip()) + sum(len((c.tail or "").strip()) for c in el if isinstance(c.tag, str))
        if own >= 200 and el.tag not in ("a",):
            prose[el] += own
    main = max(prose, key=prose.get) if prose else doc
    # subtree end (last descendant's order / char)
    last_desc = {}
    for el in reversed(els):
        kids = [c for c in el if isinstance(c.tag, str)]
        last_desc[el] = last_desc[kids[-1]] if kids else el
    def end_char(el):
        l = last_desc[el]
        return start_char[l] + len((l.text or "").strip())

    # links per element (counts of <a href> with a usable key)
    links = {}
    for a in doc.iter("a"):
        k = url_key(a.get("href"), base or "http://x/")
        if k is None or skipped(a):
            continue
        links[a] = k
    link_count = collections.Counter()
    for a in links:
        for anc in a.iterancestors():
            link_count[anc] += 1

    h1 = next((h for h in doc.iter("h1") if h.text_content().strip()), None)
    pd = PageData()
    pd.doc, pd.base, pd.host, pd.links, pd.link_count = doc, base, host, links, link_count
    pd.main, pd.order, pd.start_char, pd.end_char = main, order, start_char, end_char
    pd.last_desc, pd.total_chars, pd.n_els, pd.h1 = last_desc, total_chars, len(els), h1
    # candidates: branch points with >= 3 links
    cands = []
    for el, n in link_count.items():
        if n < 3 or el.tag in ("html", "body") or skipped(el):
            continue
        kids = [c for c in el if isinstance(c.tag, str)]
        mx = max((link_count.get(c, 0) + (1 if c in links else 0) for c in kids), default=0)
        if mx >= n:
            continue
        cands.append(el)
    cands.sort(key=lambda e: order[e])
    pd.cands = cands
    return pd


def chain_top(el, pd):
    """Climb wrappers holding the same links (a heading above the list sits in them)."""
    top = el
    while True:
        par = top.getparent()
        if par is None or par.tag in ("body", "html") or pd.link_count.get(par, 0) != pd.link_count[el]:
            return top
        top = par


def heading_of(el, pd):
    """A heading inside the block's wrapper chain before its links, or just before it."""
    top = chain_top(el, pd)
    # inside the chain: first heading-like element in document order before the first link
    first_link = next((a for a in el.iter("a") if a in pd.links), None)
    for h in top.iter():
        if not isinstance(h.tag, str):
            continue
        if first_link is not None and pd.order.get(h, 0) >= pd.order.get(first_link, 0):
            break
        if h.tag in HEADINGS or (h.tag in ("strong", "b", "span", "p", "div", "header", "figcaption", "legend")
                                 and 0 < len(h.text_content().strip()) <= 60 and not list(h.iter("a"))
                                 and len([c for c in h if isinstance(c.tag, str)]) <= 1):
            t = h.text_content().strip()
            if t and len(t) <= 80:
                return t, "inside"
    # before: the previous element sibling of the chain top (or its parent's)
    node = top
    for _ in range(2):
        prev = node.getprevious()
        while prev is not None and (not isinstance(prev.tag, str) or not prev.text_content().strip()):
            prev = prev.getprevious()
        if prev is not None:
            t = prev.text_content().strip()
            if len(t) <= 80 and (prev.tag in HEADINGS or list(prev.iter(*HEADINGS)) or len(t) <= 40):
                return t, "before"
            return None, None
        node = node.getparent()
        if node is None:
            break
    return None, None


SLUG = re.compile(r"[a-z0-9\u00c0-\uffff]+(?:[-_][a-z0-9\u00c0-\uffff]+){2,}", re.I)
DATEPATH = re.compile(r"/(19|20)\d\d/|\d{5,}")

FEATURES = [
    "bias", "after_main", "inside_main", "before_main", "dist_after", "dist_before", "log_links", "log_distinct",
    "share_3_15_words", "share_img_links", "link_text_ratio", "same_host_share", "slug_share", "has_heading",
    "heading_related", "heading_more", "heading_site", "heading_author", "list_markup", "repeat_share",
    "log_children", "depth", "doc_pos", "cls_related", "cls_side", "cls_nav", "cls_popular", "in_nav_tag",
    "in_aside_tag", "before_h1", "avg_link_words", "children_with_links",
]


def features(el, pd):
    f = {}
    f["bias"] = 1.0
    main = pd.main
    m0, m1 = pd.order[main], pd.order[pd.last_desc[main]]
    b0, b1 = pd.order[el], pd.order[pd.last_desc[el]]
    inside = m0 <= b0 <= m1
    contains_main = b0 <= m0 and b1 >= m1
    after = b0 > m1
    before = b1 < m0
    f["after_main"] = float(after)
    f["inside_main"] = float(inside)
    f["before_main"] = float(before)
    tc = pd.total_chars
    f["dist_after"] = (pd.start_char[el] - pd.end_char(main)) / tc if after else 0.0
    f["dist_before"] = (pd.start_char[main] - pd.end_char(el)) / tc if before else 0.0
    if contains_main:
        f["after_main"] = f["before_main"] = 0.0
    anchors = [a for a in el.iter("a") if a in pd.links]
    keys = set(pd.links[a] for a in anchors)
    n = len(anchors)
    f["log_links"] = math.log(n)
    f["log_distinct"] = math.log(max(len(keys), 1))
    texts = [a.text_content().strip() for a in anchors]
    f["share_3_15_words"] = sum(3 <= words(t) <= 15 for t in texts) / n
    f["share_img_links"] = sum(bool(list(a.iter("img", "picture"))) for a in anchors) / n
    total_text = len(el.text_content().strip()) or 1
    f["link_text_ratio"] = min(sum(len(t) for t in texts) / total_text, 1.0)
    same = 0
    slug = 0
    for a in anchors:
        href = a.get("href") or ""
        h = urlparse(urljoin(pd.base or "http://x/", href)).netloc
        if not href.startswith("http") or domain_of(h) == domain_of(pd.host):
            same += 1
        last = pd.links[a].split("?")[0].rstrip("/").rsplit("/", 1)[-1]
        if SLUG.search(last) or DATEPATH.search(pd.links[a]):
            slug += 1
    f["same_host_share"] = same / n
    f["slug_share"] = slug / n
    ht, where = heading_of(el, pd)
    f["has_heading"] = float(ht is not None)
    f["heading_related"] = float(bool(ht) and opens_with(ht, RELATED))
    f["heading_more"] = float(bool(ht) and opens_with(ht, MORE))
    f["heading_site"] = float(bool(ht) and opens_with(ht, SITE))
    f["heading_author"] = float(bool(ht) and opens_with(ht, AUTHOR))
    kids = [c for c in el if isinstance(c.tag, str)]
    f["list_markup"] = float(el.tag in ("ul", "ol") or any(c.tag == "li" for c in kids))
    sigs = collections.Counter((c.tag, ((c.get("class") or "").split() or [""])[0]) for c in kids)
    f["repeat_share"] = sigs.most_common(1)[0][1] / len(kids) if kids else 0.0
    f["log_children"] = math.log(1 + len(kids))
    depth = sum(1 for _ in el.iterancestors())
    f["depth"] = depth / 20.0
    f["doc_pos"] = pd.order[el] / max(pd.n_els, 1)
    top = chain_top(el, pd)
    toks = " ".join((x.get("class") or "") + " " + (x.get("id") or "") for x in [el] + list(el.iterancestors())[: 3 + depth - sum(1 for _ in top.iterancestors())])
    f["cls_related"] = float(bool(CLS_RELATED.search(toks)))
    f["cls_side"] = float(bool(CLS_SIDE.search(toks)))
    f["cls_nav"] = float(bool(CLS_NAV.search(toks)))
    f["cls_popular"] = float(bool(CLS_POPULAR.search(toks)))
    anc_tags = {a.tag for a in el.iterancestors()} | {el.tag}
    f["in_nav_tag"] = float(bool(anc_tags & {"nav", "header", "footer"}))
    f["in_aside_tag"] = float("aside" in anc_tags)
    f["before_h1"] = float(pd.h1 is not None and b1 < pd.order[pd.h1])
    f["avg_link_words"] = min(sum(words(t) for t in texts) / n / 10.0, 2.0)
    f["children_with_links"] = sum(1 for c in kids if pd.link_count.get(c, 0) or c in pd.links) / max(len(kids), 1)
    return [f[k] for k in FEATURES], keys, anchors


# ---------------------------------------------------------------- labels and matching
def label_posts(rel, base):
    out = []
    for p in rel.get("posts") or []:
        out.append((url_key(p.get("url"), base or "http://x/") if p.get("url") else None, norm(p.get("title"))))
    return out


def cover(posts, keys, texts):
    """Share of labelled posts whose url or title the block holds."""
    if not posts:
        return 0.0
    hit = 0
    for k, t in posts:
        if (k and k in keys) or (t and t in texts):
            hit += 1
    return hit / len(posts)


def load(root, tag):
    pages = []
    for lf in sorted(glob.glob(os.path.join(root, "labels", "*.json"))):
        stem = os.path.basename(lf)[:-5]
        lab = json.load(open(lf, encoding="utf-8"))
        page = os.path.join(root, "pages", stem + ".html")
        if not os.path.exists(page):
            continue
        fname = (lab.get("file") or "").split("/")[-1]
        hint_host = fname.split("-")[0].replace(".html", "") if lab.get("file", "").startswith("trafilatura") else ""
        pd = analyse(page, "http://%s/" % hint_host if hint_host else None)
        if pd is None:
            continue
        rel = lab.get("related")
        posts = label_posts(rel, pd.base) if rel and rel.get("posts") else []
        X, covers, sizes = [], [], []
        for el in pd.cands:
            x, keys, anchors = features(el, pd)
            texts = set(norm(a.text_content()) for a in anchors)
            X.append(x)
            covers.append(cover(posts, keys, texts))
            sizes.append(len(keys))
        # positive: deepest candidate(s) holding most labelled posts
        pos = [False] * len(pd.cands)
        if posts:
            good = [i for i, c in enumerate(covers) if c >= 0.5]
            goodset = set(pd.cands[i] for i in good)
            for i in good:
                el = pd.cands[i]
                if not any(d in goodset for d in el.iterdescendants()):
                    pos[i] = True
        site = domain_of(pd.host) if pd.host else (hint_host or stem)
        pages.append(dict(stem=stem, tag=tag, page=page, site=site, posts=posts, X=np.array(X).reshape(-1, len(FEATURES)),
                          pos=np.array(pos), covers=np.array(covers), sizes=np.array(sizes), base=pd.base))
    return pages


def pick_ok(page, cov, size):
    """A pick is right when it holds most labelled posts and is not much bigger than them."""
    return cov >= 0.5 and size <= 4 * len(page["posts"]) + 2


# ---------------------------------------------------------------- models
def standardize(train_X):
    mu = train_X.mean(0)
    sd = train_X.std(0)
    mu[0], sd[0] = 0.0, 1.0
    sd[sd < 1e-9] = 1.0
    return mu, sd


def fit_logreg(X, y, l2=1.0, iters=400, lr=0.5):
    w = np.zeros(X.shape[1])
    pw = (len(y) - y.sum()) / max(y.sum(), 1)
    sw = np.where(y > 0, pw, 1.0)
    sw = sw / sw.mean()
    for _ in range(iters):
        p = 1 / (1 + np.exp(-(X @ w)))
        g = X.T @ (sw * (p - y)) / len(y) + l2 * np.r_[0, w[1:]] / len(y)
        w -= lr * g
    return w


def fit_softmax(pages, mu, sd, l2=1.0, iters=600, lr=0.3):
    """Per-page softmax over candidates plus a 'no block' option of score 0 (the bias weighs a
    block against it); the target spreads over a page's positives, or is 'no block'."""
    ps = [p for p in pages if len(p["X"])]
    X = np.vstack([(p["X"] - mu) / sd for p in ps])
    sizes = [len(p["X"]) for p in ps]
    starts = np.r_[0, np.cumsum(sizes)[:-1]]
    seg = np.repeat(np.arange(len(ps)), sizes)
    pos = np.concatenate([p["pos"] for p in ps]).astype(float)
    npos = np.bincount(seg, weights=pos, minlength=len(ps))
    tgt = np.where(npos[seg] > 0, pos / np.maximum(npos[seg], 1), 0.0)
    n = len(pages)
    w = np.zeros(X.shape[1])
    for _ in range(iters):
        s = X @ w
        m = np.maximum(np.maximum.reduceat(s, starts), 0.0)
        e = np.exp(s - m[seg])
        z = np.bincount(seg, weights=e, minlength=len(ps)) + np.exp(-m)
        g = X.T @ (e / z[seg] - tgt) / n + l2 * np.r_[0, w[1:]] / n
        w -= lr * g
    return w


def decide(page, scores, thr):
    if len(scores) == 0:
        return None
    i = int(np.argmax(scores))
    return i if scores[i] > thr else None


def tally(pages, picks):
    c = collections.Counter()
    for p, i in zip(pages, picks):
        has = bool(p["posts"])
        if i is None:
            c["missed" if has else "none_ok"] += 1
        elif not has:
            c["false"] += 1
        elif pick_ok(p, p["covers"][i], p["sizes"][i]):
            c["right"] += 1
        else:
            c["wrong"] += 1
    return c


def prf(c):
    picks = c["right"] + c["wrong"] + c["false"]
    lab = c["right"] + c["wrong"] + c["missed"]
    P = c["right"] / picks if picks else 0.0
    R = c["right"] / lab if lab else 0.0
    F = 2 * P * R / (P + R) if P + R else 0.0
    return P, R, F


def best_threshold(pages, scorer):
    """Threshold maximizing F1 on the training pages (never on the test fold)."""
    allscores = [scorer(p) for p in pages]
    best = (-1, 0.0)
    cands = sorted(set(float(s.max()) for s in allscores if len(s)))
    for t in [-1e9] + cands:
        c = tally(pages, [decide(p, s, t) for p, s in zip(pages, allscores)])
        F = prf(c)[2]
        if F > best[0]:
            best = (F, t)
    return best[1]


def run_model(kind, train, test):
    Xtr = np.vstack([p["X"] for p in train if len(p["X"])])
    mu, sd = standardize(Xtr)
    if kind == "logreg":
        y = np.concatenate([p["pos"].astype(float) for p in train if len(p["X"])])
        w = fit_logreg((Xtr - mu) / sd, y)
    else:
        w = fit_softmax(train, mu, sd)
    scorer = lambda p: ((p["X"] - mu) / sd) @ w if len(p["X"]) else np.array([])
    thr = best_threshold(train, scorer) if kind == "logreg" else 0.0
    return [decide(p, scorer(p), thr) for p in test], (w, mu, sd, thr, [scorer(p) for p in test])


def leave_site_out(kind, pages, k=10, seed=7):
    """Leave-site-out CV: sites split into k folds, each fold's pages scored by a model trained
    on the other sites' pages only."""
    sites = sorted(set(p["site"] for p in pages))
    rng = np.random.RandomState(seed)
    rng.shuffle(sites)
    fold = {s: i % k for i, s in enumerate(sites)}
    picks, scores = [None] * len(pages), [None] * len(pages)
    for f in range(k):
        tr = [p for p in pages if fold[p["site"]] != f]
        te_idx = [i for i, p in enumerate(pages) if fold[p["site"]] == f]
        got, extra = run_model(kind, tr, [pages[i] for i in te_idx])
        for i, g, sc in zip(te_idx, got, extra[4]):
            picks[i], scores[i] = g, sc
    return picks, scores


# ---------------------------------------------------------------- the rules
def rules_outcomes(pages, binary):
    """Per page: right / wrong / missed / false / none_ok of the rules' related posts."""
    outs = []
    for p in pages:
        out = subprocess.run([binary, p["page"]], capture_output=True, timeout=60)
        try:
            art = json.loads(out.stdout)
        except Exception:
            art = {}
        posts = ((art.get("related") or {}).get("posts")) or []
        has = bool(p["posts"])
        if not posts:
            outs.append("missed" if has else "none_ok")
        elif not has:
            outs.append("false")
        else:
            keys = set(url_key(q.get("url"), p["base"] or "http://x/") for q in posts) - {None}
            texts = set(norm(q.get("title")) for q in posts)
            outs.append("right" if pick_ok(p, cover(p["posts"], keys, texts), len(posts)) else "wrong")
    return outs


def outcome(p, i):
    has = bool(p["posts"])
    if i is None:
        return "missed" if has else "none_ok"
    if not has:
        return "false"
    return "right" if pick_ok(p, p["covers"][i], p["sizes"][i]) else "wrong"


def topk(pages, scores, k):
    """Share of labelled pages whose right block is among the k best-scored candidates."""
    lab = [(p, s) for p, s in zip(pages, scores) if p["posts"]]
    hit = 0
    for p, s in lab:
        best = np.argsort(-s)[:k]
        hit += any(pick_ok(p, p["covers"][i], p["sizes"][i]) for i in best)
    return hit / max(len(lab), 1)


def show(name, c):
    if isinstance(c, list):
        c = collections.Counter(c)
    P, R, F = prf(c)
    print("  %-34s right %3d  wrong %3d  missed %3d  false %3d  none_ok %3d   P %.3f R %.3f F1 %.3f" % (
        name, c["right"], c["wrong"], c["missed"], c["false"], c["none_ok"], P, R, F))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    binary = sys.argv[sys.argv.index("--extract") + 1] if "--extract" in sys.argv else ".build/release/extract"
    dev_root, chk_root = args[0], args[1]
    dev = load(dev_root, "dev")
    chk = load(chk_root, "chk")
    allp = dev + chk
    for name, ps in (("dev", dev), ("check", chk)):
        ncand = sum(len(p["X"]) for p in ps)
        reach = sum(1 for p in ps if p["posts"] and p["pos"].any())
        print("%s: %d pages, %d sites, %d with a related label, %d of them with a positive candidate, %.1f candidates/page"
              % (name, len(ps), len(set(p["site"] for p in ps)), sum(1 for p in ps if p["posts"]), reach,
                 ncand / max(len(ps), 1)))
    print("shared sites dev/check:", len(set(p["site"] for p in dev) & set(p["site"] for p in chk)))
    print("\nRules (%s):" % binary)
    r_dev, r_chk = rules_outcomes(dev, binary), rules_outcomes(chk, binary)
    show("rules on dev259 (tuned there)", r_dev)
    show("rules on s9new (fair)", r_chk)
    r_all = r_dev + r_chk
    for kind in ("logreg", "softmax"):
        print("\nModel %s:" % kind)
        got, (w, mu, sd, thr, _) = run_model(kind, dev, chk)
        show("train dev259 -> test s9new", tally(chk, got))
        picks, _ = leave_site_out(kind, dev)
        show("leave-site-out CV on dev259 only", tally(dev, picks))
        for seed in (7, 11, 23):
            picks, scores = leave_site_out(kind, allp, seed=seed)
            outs = [outcome(p, i) for p, i in zip(allp, picks)]
            print("  leave-site-out CV over dev259+s9new, folds seed %d (top-1 %.2f, top-3 %.2f of labelled pages):"
                  % (seed, topk(allp, scores, 1), topk(allp, scores, 3)))
            show("  model, dev259 pages", outs[: len(dev)])
            show("  model, s9new pages", outs[len(dev):])
            hybrid = [r if r != "missed" and r != "none_ok" else o for r, o in zip(r_all, outs)]
            show("  rules, model where none, dev259", hybrid[: len(dev)])
            show("  rules, model where none, s9new", hybrid[len(dev):])
        if "--weights" in sys.argv:
            for name, wi in sorted(zip(FEATURES, w), key=lambda t: -abs(t[1])):
                print("    %-20s %+.3f" % (name, wi))

if __name__ == "__main__":
    main()
