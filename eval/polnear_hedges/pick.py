#!/usr/bin/env python3
"""Pick the PolNeAR hedge set: 40 articles of PolNeAR `data/train`, by a fixed seed,
stratified over its seven publishers, then split by the same seed into 20 dev and 20 held-out
articles (each publisher's picks alternate between the two halves).

  pick.py --snapshot DIR            writes eval/polnear_hedges/selection.json

Only article names and the sha256 of each text are written; PolNeAR carries no licence, so
none of its text enters this repository. Python 3 standard library only.
"""
import argparse, hashlib, json, os, random, subprocess, sys

SEED = 12          # the hedge issue's number; fixed so the choice is never made by eye
TOTAL = 40
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from polnear_io import read, ls  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--snapshot", required=True)
    args = ap.parse_args()
    meta = read(args.snapshot, "data/metadata.tsv").splitlines()
    head = meta[0].split("\t")
    rows = [dict(zip(head, l.split("\t"))) for l in meta[1:] if l.strip()]
    train = sorted((r["publisher"], r["filename"]) for r in rows if r["compartment"] == "train")
    have = {os.path.basename(p)[:-4] for p in ls(args.snapshot, "data/train/text")}
    by_pub = {}
    for pub, name in train:
        if name in have:
            by_pub.setdefault(pub, []).append(name)
    rng = random.Random(SEED)
    pubs = sorted(by_pub)
    rng.shuffle(pubs)
    quota = {p: TOTAL // len(pubs) for p in pubs}
    for p in pubs[: TOTAL - sum(quota.values())]:
        quota[p] += 1
    picked = []
    for p in sorted(pubs):
        names = rng.sample(by_pub[p], quota[p])
        for i, n in enumerate(names):
            picked.append((n, p, "dev" if i % 2 == 0 else "heldout"))
    # Balance the halves exactly: publishers with an odd quota alternate which half gets more.
    dev = [x for x in picked if x[2] == "dev"]
    while len(dev) > TOTAL // 2:
        odd = [x for x in dev if quota[x[1]] % 2 == 1]
        move = odd[rng.randrange(len(odd))]
        picked[picked.index(move)] = (move[0], move[1], "heldout")
        quota[move[1]] += 1  # so the same publisher is not moved twice
        dev = [x for x in picked if x[2] == "dev"]
    out = []
    for name, pub, split in sorted(picked):
        text = read(args.snapshot, f"data/train/text/{name}.txt")
        out.append({"name": name, "publisher": pub, "split": split,
                    "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest()})
    path = os.path.join(HERE, "selection.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"seed": SEED, "source": "networkdynamics/PolNeAR data/train", "articles": out}, f, indent=1)
        f.write("\n")
    n_dev = sum(a["split"] == "dev" for a in out)
    print(f"{path}: {len(out)} articles, {n_dev} dev, {len(out) - n_dev} held-out")


if __name__ == "__main__":
    main()
