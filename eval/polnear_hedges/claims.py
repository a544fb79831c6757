#!/usr/bin/env python3
"""Claim spans of the PolNeAR hedge set: does a hedge's claim cover the hedged proposition?

  claims.py sample --snapshot DIR --split dev|heldout [--n 30] [--seed 12]
      print a seeded sample of gold hedges with their sentence, to annotate (terminal only)
  claims.py build --snapshot DIR --ann FILE --out claims-SPLIT.json
      turn an annotation file (kept outside the repository: it quotes the text) into offsets
  claims.py score --snapshot DIR --claims claims-SPLIT.json --cmd 'claimlens scan … {file}'
      span IoU and coverage of the predicted claims against the annotated ones

An annotation file defines C = [(name, hedge_start, context), ...]: for each sampled gold
hedge (its article and UTF-16 start, as `sample` prints them) a context of the article text
with ⟦ ⟧ around the claim (as in build.py; a trailing {"nth": k} picks the k-th occurrence).
What may be committed is only the offsets: per hedge its article, start, end and the claim's
UTF-16 start/end. How claims are annotated: CLAIMS.md.

Scoring: each annotated hedge is matched to the predicted hedge that overlaps it most (as
score.py matches hedges); an unmatched hedge is counted apart (its claim is missed). For the
matched ones: IoU of the predicted claim span with the annotated one, and coverage, the share
of the annotated claim that the predicted claim covers. Python 3 standard library only.
"""
import argparse, json, os, random, runpy, shlex, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from build import selection, text_of  # noqa: E402
from build_gold import GoldError, Utf16Index, locate, split_item  # noqa: E402


def gold_hedges(split):
    with open(os.path.join(HERE, "gold.json"), encoding="utf-8") as f:
        gold = {a["name"]: a for a in json.load(f)["articles"]}
    arts = [a for a in selection() if a["split"] == split]
    return arts, gold


def cmd_sample(args):
    arts, gold = gold_hedges(args.split)
    pool = [(a, h) for a in arts for h in gold[a["name"]]["hedges"]]
    pick = random.Random(args.seed).sample(pool, min(args.n, len(pool)))
    pick.sort(key=lambda p: (p[0]["name"], p[1]["start"]))
    for a, h in pick:
        text = text_of(args.snapshot, a)
        idx = Utf16Index(text)
        cue = idx.slice(h["start"], h["end"])
        # The paragraph around the cue, with the cue marked.
        units = text.encode("utf-16-le")
        before = units[: 2 * h["start"]].decode("utf-16-le")
        after = units[2 * h["end"]:].decode("utf-16-le")
        para = before[before.rfind("\n") + 1:] + "【" + cue + "】" + after.split("\n", 1)[0]
        print(f"({a['name']!r}, {h['start']}, {h['kind']!r})")
        print("   " + para)
    return 0


def cmd_build(args):
    ns = runpy.run_path(args.ann)
    out = []
    texts = {}
    arts = {a["name"]: a for a in selection()}
    with open(os.path.join(HERE, "gold.json"), encoding="utf-8") as f:
        gold = {a["name"]: a for a in json.load(f)["articles"]}
    for item in ns["C"]:
        (name, start, ctx), opts = split_item(item, 3, "C")
        if name not in texts:
            texts[name] = text_of(args.snapshot, arts[name])
        text = texts[name]
        idx = Utf16Index(text)
        h = next((h for h in gold[name]["hedges"] if h["start"] == start), None)
        if h is None:
            raise GoldError(f"{name}: no gold hedge starts at {start}")
        a, b = locate(name, text, ctx, opts)
        ca, cb = idx(a), idx(b)
        out.append({"name": name, "start": h["start"], "end": h["end"], "kind": h["kind"],
                    "claim_start": ca, "claim_end": cb, "split": arts[name]["split"]})
    out.sort(key=lambda c: (c["name"], c["start"]))
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump({"claims": out}, f, indent=1)
        f.write("\n")
    print(f"{args.out}: {len(out)} claims")
    return 0


def overlap(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def cmd_score(args):
    with open(args.claims, encoding="utf-8") as f:
        claims = json.load(f)["claims"]
    arts = {a["name"]: a for a in selection()}
    preds = {}
    tmp = os.path.join(os.environ.get("TMPDIR", "/tmp"), "claimlens-claims-%d.txt" % os.getpid())
    rows = []
    try:
        for c in claims:
            name = c["name"]
            if name not in preds:
                with open(tmp, "w", encoding="utf-8", newline="") as f:
                    f.write(text_of(args.snapshot, arts[name]))
                out = subprocess.run(shlex.split(args.cmd.replace("{file}", tmp)),
                                     capture_output=True, text=True, check=True).stdout
                preds[name] = json.loads(out).get("hedges", [])
            cue = (c["start"], c["end"])
            best = max(preds[name], key=lambda p: overlap(cue, (p["start"], p["end"])), default=None)
            if best is None or overlap(cue, (best["start"], best["end"])) == 0:
                rows.append((c, None, None))
                continue
            g = (c["claim_start"], c["claim_end"])
            p = (best["claim_start"], best["claim_end"])
            inter = overlap(g, p)
            union = max(g[1], p[1]) - min(g[0], p[0])
            rows.append((c, inter / union if union else 0.0, inter / (g[1] - g[0])))
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    matched = [r for r in rows if r[1] is not None]
    by_kind = {}
    for c, iou, cov in matched:
        by_kind.setdefault(c["kind"], []).append((iou, cov))
    mean = lambda xs: sum(xs) / len(xs) if xs else 0.0
    if args.verbose:
        for c, iou, cov in rows:
            tag = "missed" if iou is None else f"IoU {iou:.2f} cover {cov:.2f}"
            print(f"  {c['name'][:40]:<40} {c['start']:>6} {c['kind']:<10} {tag}")
    print(f"{'kind':<11} {'n':>3} {'IoU':>5} {'cover':>6}")
    for k in sorted(by_kind):
        v = by_kind[k]
        print(f"{k:<11} {len(v):>3} {mean([x[0] for x in v]):>5.2f} {mean([x[1] for x in v]):>6.2f}")
    ious = [r[1] for r in matched]
    covs = [r[2] for r in matched]
    print(f"{'all':<11} {len(matched):>3} {mean(ious):>5.2f} {mean(covs):>6.2f}"
          f"   (of {len(rows)} annotated; {len(rows) - len(matched)} cues not found;"
          f" IoU >= 0.5: {sum(1 for x in ious if x >= 0.5)}; full cover: {sum(1 for x in covs if x >= 0.999)})")
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd_name", required=True)
    s = sub.add_parser("sample")
    s.add_argument("--snapshot", required=True)
    s.add_argument("--split", required=True, choices=["dev", "heldout"])
    s.add_argument("--n", type=int, default=30)
    s.add_argument("--seed", type=int, default=12)
    b = sub.add_parser("build")
    b.add_argument("--snapshot", required=True)
    b.add_argument("--ann", required=True)
    b.add_argument("--out", required=True)
    c = sub.add_parser("score")
    c.add_argument("--snapshot", required=True)
    c.add_argument("--claims", required=True)
    c.add_argument("--cmd", required=True)
    c.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    try:
        return {"sample": cmd_sample, "build": cmd_build, "score": cmd_score}[args.cmd_name](args)
    except GoldError as e:
        print(f"ERROR {e}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
