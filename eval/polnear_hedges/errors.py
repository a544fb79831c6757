#!/usr/bin/env python3
"""List hedge errors of a scan command on a scored gold folder, with their context.

  errors.py --gold-dir DIR --cmd 'target/release/claimlens scan --format json {file}'
            [--context 60] [--summary]

DIR is a folder of NAME.txt + NAME.gold.json (extract.py writes one). Matching is the one
of ../shared/eval/score.py: spans overlap, one to one, greedy by overlap length. Each false
positive (FP) and false negative (FN) is printed with its kind and some text around it (to
the terminal only: nothing of the text is stored). --summary prints only the counts by kind.
Python 3 standard library only.
"""
import argparse, collections, json, os, shlex, subprocess, sys


def overlap(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(gold, pred):
    pairs = sorted(((overlap(g, p), gi, pi) for gi, g in enumerate(gold)
                    for pi, p in enumerate(pred) if overlap(g, p) > 0), reverse=True)
    gm, pm = {}, {}
    for _, gi, pi in pairs:
        if gi not in gm and pi not in pm:
            gm[gi], pm[pi] = pi, gi
    return gm, pm


def u16(units, a, b):
    return units[2 * a:2 * b].decode("utf-16-le", errors="replace")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold-dir", required=True)
    ap.add_argument("--cmd", required=True)
    ap.add_argument("--context", type=int, default=60)
    ap.add_argument("--summary", action="store_true")
    args = ap.parse_args()
    counts = collections.Counter()
    for name in sorted(os.listdir(args.gold_dir)):
        if not name.endswith(".gold.json"):
            continue
        base = name[: -len(".gold.json")]
        txt = os.path.join(args.gold_dir, base + ".txt")
        with open(os.path.join(args.gold_dir, name), encoding="utf-8") as f:
            gold = json.load(f).get("hedges", [])
        with open(txt, encoding="utf-8", newline="") as f:
            units = f.read().encode("utf-16-le")
        out = subprocess.run(shlex.split(args.cmd.replace("{file}", txt)),
                             capture_output=True, text=True, check=True).stdout
        pred = json.loads(out).get("hedges", [])
        gs = [(h["start"], h["end"]) for h in gold]
        ps = [(h["start"], h["end"]) for h in pred]
        gm, pm = match(gs, ps)
        rows = []
        for gi, h in enumerate(gold):
            if gi not in gm:
                rows.append(("FN", h))
                counts["FN", h["kind"]] += 1
            else:
                counts["TP", h["kind"]] += 1
        for pi, h in enumerate(pred):
            if pi not in pm:
                rows.append(("FP", h))
                counts["FP", h["kind"]] += 1
        if args.summary or not rows:
            continue
        print("==", base)
        for tag, h in sorted(rows, key=lambda r: r[1]["start"]):
            a, b = h["start"], h["end"]
            c = args.context
            left = u16(units, max(0, a - c), a).replace("\n", " ")
            right = u16(units, b, b + c).replace("\n", " ")
            print(f"  {tag} {h['kind']:<10} …{left}⟦{u16(units, a, b)}⟧{right}…")
    kinds = sorted({k for _, k in counts})
    print(f"{'kind':<11} {'TP':>4} {'FP':>4} {'FN':>4}")
    for k in kinds:
        print(f"{k:<11} {counts['TP', k]:>4} {counts['FP', k]:>4} {counts['FN', k]:>4}")
    tp = sum(v for (t, _), v in counts.items() if t == "TP")
    fp = sum(v for (t, _), v in counts.items() if t == "FP")
    fn = sum(v for (t, _), v in counts.items() if t == "FN")
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{'all':<11} {tp:>4} {fp:>4} {fn:>4}   P {p:.3f} R {r:.3f} F1 {f1:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
