#!/usr/bin/env python3
"""Turn hedge annotations of the PolNeAR hedge set into offsets-only gold.

  build.py --snapshot DIR --ann ANN_DIR --out FILE.json [--names a,b]

ANN_DIR holds one NAME.py per article of selection.json, defining

  H = [(context, kind), ...]      # as in eval/build_gold.py: ⟦ ⟧ mark the cue in its context,
                                  # a trailing {"nth": k} picks the k-th occurrence

Annotation files quote the article and stay outside the repository (PolNeAR has no
licence). What this writes, and what may be committed, is only: per article its name, the
sha256 of its text, and each hedge's UTF-16 start/end and kind. extract.py rebuilds a
scorable gold folder from it and the PolNeAR text. Python 3 standard library only.
"""
import argparse, hashlib, json, os, runpy, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from polnear_io import read  # noqa: E402
from build_gold import (GoldError, HEDGE_KINDS, Utf16Index, locate, split_item)  # noqa: E402


def selection():
    with open(os.path.join(HERE, "selection.json"), encoding="utf-8") as f:
        return json.load(f)["articles"]


def text_of(snapshot, art):
    text = read(snapshot, f"data/train/text/{art['name']}.txt")
    if hashlib.sha256(text.encode("utf-8")).hexdigest() != art["sha256"]:
        raise GoldError(f"{art['name']}: the text's sha256 differs from selection.json")
    return text


def build_one(snapshot, art, ann_dir):
    name = art["name"]
    text = text_of(snapshot, art)
    idx = Utf16Index(text)
    path = os.path.join(ann_dir, name + ".py")
    if not os.path.exists(path):
        raise GoldError(f"{name}: no annotation file {path}")
    try:
        ns = runpy.run_path(path)
    except Exception as e:
        raise GoldError(f"{name}: cannot load {path}: {e}")
    if not isinstance(ns.get("H"), list):
        raise GoldError(f"{name}: {path} must define a list H")
    hedges = []
    for item in ns["H"]:
        (ctx, kind), opts = split_item(item, 2, name + " H")
        if kind not in HEDGE_KINDS:
            raise GoldError(f"{name}: bad hedge kind {kind!r} in {item!r}")
        a, b = locate(name, text, ctx, opts)
        hedges.append({"start": idx(a), "end": idx(b), "kind": kind})
    hedges.sort(key=lambda h: (h["start"], h["end"]))
    for p, q in zip(hedges, hedges[1:]):
        if q["start"] < p["end"]:
            raise GoldError(f"{name}: overlapping hedges at {p['start']} and {q['start']}")
    return {"name": name, "sha256": art["sha256"], "split": art["split"], "hedges": hedges}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--snapshot", required=True)
    ap.add_argument("--ann", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--names", help="only these articles (comma-separated); others are skipped")
    args = ap.parse_args()
    only = set(args.names.split(",")) if args.names else None
    out, failed = [], []
    for art in selection():
        if only and art["name"] not in only:
            continue
        try:
            out.append(build_one(args.snapshot, art, args.ann))
        except GoldError as e:
            print(f"ERROR {e}", file=sys.stderr)
            failed.append(art["name"])
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump({"articles": out}, f, indent=0)
        f.write("\n")
    n = sum(len(a["hedges"]) for a in out)
    print(f"{args.out}: {len(out)} articles, {n} hedges" + (f"; FAILED: {', '.join(failed)}" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
