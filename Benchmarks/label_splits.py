#!/usr/bin/env python3
"""Builds the two development subsets the related study (related-study.md) reads, from git history.

    python3 Benchmarks/label_splits.py OUT     # OUT/dev259 and OUT/s9new, labels copied, pages linked

s9new: the 70 pages drawn at random and labelled in round 9 (commits whose subject starts with
"labels" and names a labeller "s9…"); dev259: the other development pages of that time. Pages
labelled later (the 78 of round 11) are in neither, so the sets stay as the study measured them.
"""
import os
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REAL = os.path.join(ROOT, "Tests/Labels/real")
# The commit that merged the related study: the development set as the study saw it.
STUDY = "e3b6248"


def added_by_round9():
    log = subprocess.run(["git", "-C", ROOT, "log", "--diff-filter=A", "--name-only", "-z", "--format=%x01%s"],
                         capture_output=True, check=True).stdout.decode()
    names = set()
    for chunk in log.split("\x01")[1:]:
        subject, _, rest = chunk.partition("\n")
        if subject.startswith("labels") and "s9" in subject[:14]:
            for path in rest.split("\0"):
                path = path.strip("\n")
                if path.startswith("Tests/Labels/real/labels/") and path.endswith(".json"):
                    names.add(os.path.basename(path)[:-5])
    return names


def at_study():
    out = subprocess.run(["git", "-C", ROOT, "ls-tree", "-z", "--name-only", STUDY, "Tests/Labels/real/labels/"],
                         capture_output=True, check=True).stdout.decode()
    return {os.path.basename(p)[:-5] for p in out.split("\0") if p.endswith(".json")}


def build(out, name, names):
    folder = os.path.join(out, name)
    os.makedirs(os.path.join(folder, "labels"))
    os.makedirs(os.path.join(folder, "pages"))
    for n in sorted(names):
        shutil.copy(os.path.join(REAL, "labels", n + ".json"), os.path.join(folder, "labels", n + ".json"))
        os.symlink(os.path.realpath(os.path.join(REAL, "pages", n + ".html")), os.path.join(folder, "pages", n + ".html"))
    print(f"{folder}: {len(names)} pages")


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: label_splits.py OUT")
    study = at_study()
    s9new = study & added_by_round9()
    build(sys.argv[1], "dev259", study - s9new)
    build(sys.argv[1], "s9new", s9new)


if __name__ == "__main__":
    main()
