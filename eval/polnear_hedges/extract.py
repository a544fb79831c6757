#!/usr/bin/env python3
"""Rebuild a scorable gold folder of the PolNeAR hedge set from the committed offsets.

  extract.py --snapshot DIR [--gold eval/polnear_hedges/gold.json] [--split dev|heldout|all] --out DIR

Writes DIR/NAME.txt (the PolNeAR text, checked against its sha256) and DIR/NAME.gold.json
(hedges only: quotes and attributions of this set are not annotated, so read only the hedge
figures of score.py). Then:

  python3 ../shared/eval/score.py --gold-dir DIR --cmd 'claimlens scan --format json {file}'

DIR is a scratch folder: never commit it. Python 3 standard library only.
"""
import argparse, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from build import selection, text_of  # noqa: E402
from build_gold import Utf16Index  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--snapshot", required=True)
    ap.add_argument("--gold", default=os.path.join(HERE, "gold.json"))
    ap.add_argument("--split", default="dev", choices=["dev", "heldout", "all"])
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    with open(args.gold, encoding="utf-8") as f:
        gold = {a["name"]: a for a in json.load(f)["articles"]}
    os.makedirs(args.out, exist_ok=True)
    n = 0
    for art in selection():
        if args.split != "all" and art["split"] != args.split:
            continue
        g = gold.get(art["name"])
        if g is None:
            print(f"ERROR {art['name']}: not in {args.gold}", file=sys.stderr)
            return 1
        text = text_of(args.snapshot, art)
        idx = Utf16Index(text)
        hedges = []
        for h in g["hedges"]:
            hedges.append({"start": h["start"], "end": h["end"],
                           "text": idx.slice(h["start"], h["end"]), "kind": h["kind"]})
        with open(os.path.join(args.out, art["name"] + ".txt"), "w", encoding="utf-8", newline="") as f:
            f.write(text)
        with open(os.path.join(args.out, art["name"] + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump({"quotes": [], "attributions": [], "hedges": hedges}, f, ensure_ascii=False, indent=1)
        n += 1
    print(f"{args.out}: {n} articles ({args.split})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
