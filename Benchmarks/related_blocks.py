"""Candidate card blocks on the development pages: what the label takes, what extract takes.

Run from the repo root over a dump of the 677 pages (Benchmarks/compare-outputs.sh dump DIR):
    python3 Benchmarks/related_blocks.py DIR
Prints the development pages whose output block is missed, false or another block than the
label's, the heading kinds of all plausible blocks, the site-stream headings met, and how often
the first plausible block after the article's end is the labelled one. Development pages only
(Tests/Labels/real); never run it over the held-out labels."""
import json, os, re, sys
import lxml.html
from urllib.parse import urljoin, urlparse
sys.path.insert(0, '../shared/eval')
import score as S

ROOT = 'Tests/Labels/real'
DUMP = sys.argv[1]
SW = open('Sources/ExtractKit/Rules/SectionVocabulary.swift').read()

def table(names):
    out = []
    for n in names:
        m = re.search(r'static let ' + n + r' =\s*\[(.*?)\]', SW, re.S)
        out += re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(1))
    return out
REL = table([n for n in re.findall(r'static let (related[A-Za-z]+) = \[', SW) if n != 'relatedWholeHeadings'])
WHOLE = table(['relatedWholeHeadings'])
MORE = table(['moreHeadings'])
SITE = table([n for n in re.findall(r'static let (siteStream[A-Z][a-z]+|sectionStream[A-Z][a-z]+) = \[', SW)])
EXTRA_SITE = ['latest', 'newest', 'recent', 'neueste', 'aktuell', 'populair', 'most ', 'top stories', 'les plus', 'dernier', 'últim', 'ultim', 'más leíd', 'mas leid', 'più lett', 'mais lid', 'najczęściej', 'najnowsze', 'popular', 'trending', 'meistgelesen', 'beliebt', 'recientes', 'recenti', 'recentes']

def kind(text):
    t = re.sub(r'\s+', ' ', text).strip().lower().replace('’', "'")
    if not t or len(t) >= 60: return None
    if any(t.startswith(p) for p in SITE): return 'site'
    if any(t.startswith(p) for p in REL) or t.rstrip(' :') in WHOLE: return 'rel'
    if any(t.startswith(p) for p in MORE): return 'more'
    if any(p in t for p in EXTRA_SITE): return 'site?'
    return 'other'

HEADS = {'h1','h2','h3','h4','h5','h6'}
def text(e): return re.sub(r'\s+', ' ', e.text_content() or '').strip()

def links_of(e):
    return [a for a in e.iter('a') if (a.get('href') or '').strip() and not a.get('href').startswith('#') and not a.get('href','').lower().startswith('javascript')]

def candidates(doc):
    """elements with 3+ children holding a link; deepest of a wrapper chain; with heading."""
    cands = []
    for e in doc.iter():
        if not isinstance(e.tag, str): continue
        kids = [c for c in e if isinstance(c.tag, str) and (c.tag == 'a' and c.get('href') or links_of(c))]
        if len(kids) >= 3:
            cands.append(e)
    return cands

def heading_of(e):
    # inside: first heading-like before the first link
    for d in e.iter():
        if not isinstance(d.tag, str): continue
        if d.tag == 'a': break
        if d.tag in HEADS and text(d): return text(d), 'in'
        if d.tag in ('div','span','p','strong','b','header') and 0 < len(text(d)) < 60 and not links_of(d) and all(not isinstance(c.tag,str) or not text(c) or c.tag in('span','strong','b','i','em') for c in d):
            cls = (d.get('class') or '') + ' ' + (d.get('id') or '')
            if re.search(r'head|title', cls, re.I): return text(d), 'in'
    # before: previous element siblings up to 3 levels
    cur = e
    for _ in range(3):
        p = cur.getprevious()
        while p is not None and (not isinstance(p.tag, str) or not text(p)): p = p.getprevious()
        if p is not None:
            t = text(p)
            if len(t) < 60 and not links_of(p) or (p.tag in HEADS and len(t) < 60): return t, 'before'
            return None, None
        cur = cur.getparent()
        if cur is None: break
    return None, None

CUE = re.compile(r'related|similar|recommend|yarpp|more|next', re.I)
SIDE = re.compile(r'sidebar|widget|aside', re.I)
POP = re.compile(r'popular|most-?read|trending|latest|recent', re.I)
def cues(e):
    c = []
    cur = e
    for i in range(4):
        if cur is None: break
        s = (cur.get('class') or '') + ' ' + (cur.get('id') or '')
        if re.search(r'related|similar|recommend|yarpp', s, re.I): c.append('relclass')
        if POP.search(s): c.append('popclass')
        if cur.tag in ('aside','nav','footer','header'): c.append(cur.tag)
        if SIDE.search(s): c.append('side')
        cur = cur.getparent()
    return sorted(set(c))

def path_of(u, base):
    try:
        p = urlparse(urljoin(base or '', u))
        return (p.netloc.lower().removeprefix('www.'), p.path.rstrip('/'))
    except Exception: return None

rows = []
for f in sorted(os.listdir(ROOT + '/labels')):
    lab = json.load(open(ROOT + '/labels/' + f))
    page = os.path.realpath(ROOT + '/pages/' + f[:-5] + '.html')
    rel = os.path.relpath(page, os.path.realpath('../shared/corpus'))
    dump = DUMP + '/' + rel.replace('/', '__') + '.json'
    try: out = json.load(open(dump))
    except Exception: continue
    base = (out.get('source') or {}).get('url')
    raw = open(page, 'rb').read()
    try: doc = lxml.html.fromstring(raw)
    except Exception: continue
    # the article's last phrase, to place blocks
    body_end = None
    must = lab.get('textMustContain') or []
    alltext_nodes = []
    lr = lab.get('related'); gr = out.get('related')
    lab_urls = set(path_of(p['url'], base) for p in (lr or {}).get('posts', []) if p.get('url'))
    got_urls = set(path_of(p['url'], base) for p in (gr or {}).get('posts', []) if p.get('url'))
    cands = candidates(doc)
    order = {e: i for i, e in enumerate(doc.iter())}
    # collapse: keep a candidate unless its parent candidate has the same link set
    info = []
    for e in cands:
        ls = links_of(e)
        urls = set(path_of(a.get('href'), base) for a in ls)
        kids = [c for c in e if isinstance(c.tag, str) and (c.tag == 'a' and c.get('href') or links_of(c))]
        ktext = [text(c) for c in kids]
        words = sorted(len(t.split()) for t in ktext)
        med = words[len(words)//2] if words else 0
        h, where = heading_of(e)
        info.append(dict(e=e, n=len(kids), urls=urls, med=med, heading=h, hkind=kind(h) if h else None, cues=cues(e), pos=order[e],
                         lab=len(urls & lab_urls), got=len(urls & got_urls)))
    # the deepest candidate holding >= half of the labelled / got posts
    def best(key, total):
        if not total: return None
        ok = [i for i in info if i[key] * 2 >= total]
        return max(ok, key=lambda i: i['pos']) if ok else None
    lb = best('lab', len(lab_urls)); gb = best('got', len(got_urls))
    # plausible article-card blocks: median card text >= 3 words, not nav/header
    plaus = [i for i in info if i['med'] >= 3 and not set(i['cues']) & {'nav', 'header'}]
    # collapse nested: drop a plausible block that contains another plausible block with same urls
    rows.append(dict(page=f[:-5], lab=bool(lab_urls), got=bool(got_urls), lb=lb, gb=gb, plaus=plaus,
                     score=None, labh=(lr or {}).get('heading'), goth=(gr or {}).get('heading')))

def desc(i):
    if i is None: return '-'
    return f"[{i['n']} cards, h={i['heading']!r}/{i['hkind']}, cues={','.join(i['cues'])}, pos={i['pos']}]"

cat = {}
for r in rows:
    if r['lab'] and r['got']:
        k = 'same' if r['lb'] is not None and r['gb'] is not None and r['lb']['e'] is r['gb']['e'] else 'other-block'
    elif r['lab']: k = 'missed'
    elif r['got']: k = 'false'
    else: k = 'none'
    r['cat'] = k
    cat[k] = cat.get(k, 0) + 1
print(cat)
for r in rows:
    if r['cat'] in ('other-block', 'missed', 'false'):
        print(r['cat'], r['page'], '| label:', repr(r['labh']), desc(r['lb']), '| got:', repr(r['goth']), desc(r['gb']))
# heading kinds over plausible blocks: how often each kind holds the labelled block
print('\nheading kinds of plausible blocks (labelled / all):')
stat = {}
for r in rows:
    seen = set()
    for i in r['plaus']:
        k = i['hkind']
        key = (k, 'lab' if r['lb'] is not None and i['e'] is r['lb']['e'] else 'x')
        stat[key] = stat.get(key, 0) + 1
for k in sorted(set(k for k, _ in stat), key=str):
    print(f"  {k}: labelled {stat.get((k,'lab'),0)} / {stat.get((k,'lab'),0)+stat.get((k,'x'),0)}")
print('\nsite/site? headings over plausible blocks:')
from collections import Counter
cnt = Counter()
for r in rows:
    for i in r['plaus']:
        if i['hkind'] in ('site', 'site?'):
            cnt[(i['heading'].lower()[:40], i['hkind'], 'LAB' if r['lb'] is not None and i['e'] is r['lb']['e'] else '', 'GOT' if r['gb'] is not None and i['e'] is r['gb']['e'] else '')] += 1
for k, v in cnt.most_common(): print('  ', v, k)

# Position: the first plausible block after the article's end, against the label.
from collections import Counter
stat=Counter(); ex=[]
cuestat=Counter()
for f in sorted(os.listdir(ROOT + '/labels')):
    lab = json.load(open(ROOT + '/labels/' + f))
    page = os.path.realpath(ROOT + '/pages/' + f[:-5] + '.html')
    rel = os.path.relpath(page, os.path.realpath('../shared/corpus'))
    out = json.load(open(DUMP + '/' + rel.replace('/', '__') + '.json'))
    base = (out.get('source') or {}).get('url')
    try: doc = lxml.html.fromstring(open(page,'rb').read())
    except Exception: continue
    must = lab.get('textMustContain') or []
    if not must: continue
    order = {e: i for i, e in enumerate(doc.iter())}
    last = re.sub(r'\s+',' ',must[-1]).strip()[:25]
    endpos=None
    for e in doc.iter():
        if not isinstance(e.tag,str) or e.tag in('script','style'): continue
        t=re.sub(r'\s+',' ',(e.text or '')+' '+' '.join((c.tail or '') for c in e)).strip()
        if last and last in t: endpos=order[e]
    if endpos is None: stat['noend']+=1; continue
    host=urlparse(base or '').netloc.lower().removeprefix('www.')
    lr=lab.get('related'); lab_urls=set(path_of(p['url'],base) for p in (lr or {}).get('posts',[]) if p.get('url'))
    gr=out.get('related'); got_urls=set(path_of(p['url'],base) for p in (gr or {}).get('posts',[]) if p.get('url'))
    first=None
    for e in doc.iter():
        if not isinstance(e.tag,str) or order[e]<=endpos: continue
        kids=[c for c in e if isinstance(c.tag,str) and (c.tag=='a' and c.get('href') or links_of(c))]
        if len(kids)<3: continue
        words=sorted(len(text(c).split()) for c in kids); med=words[len(words)//2]
        if med<4: continue
        urls=[path_of(a.get('href'),base) for a in links_of(e)]
        same=[u for u in urls if u and (u[0]=='' or u[0]==host)]
        if len(same)*2<len(urls): continue
        cs=cues(e)
        if set(cs)&{'nav','header','footer'}: continue
        first=(e,set(urls),cs); break
    if first is None:
        stat['nofirst-lab' if lab_urls else 'nofirst-null']+=1; continue
    e,urls,cs=first
    hit=len(urls&lab_urls)*2>=len(lab_urls) if lab_urls else False
    gothit=bool(got_urls) and len(urls&got_urls)*2>=len(got_urls)
    h,_=heading_of(e)
    k=('lab:'+('hit' if hit else 'miss')) if lab_urls else 'null'
    k+=' got:'+('same' if gothit else ('other' if got_urls else 'none'))
    stat[k]+=1
    if k.startswith('null') or 'got:none' in k: ex.append((k,f[:-5],repr(h),kind(h) if h else None,cs))
print('\nfirst plausible block after the article end:', dict(stat))
