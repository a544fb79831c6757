#!/usr/bin/env python3
"""Agreement of two hedge annotation passes: hedge P/R/F1 of pass B scored against pass A
(spans overlap, one-to-one, greedy by overlap: the rule of ../shared/eval/score.py), per
split and in all, plus the kinds they give to the hedges they share.

  agree.py PASS_A.json PASS_B.json        (files written by build.py)
"""
import json, sys


def match(gold, pred):
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            ov = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if ov > 0:
                pairs.append((ov, i, j))
    pairs.sort(reverse=True)
    gu, pu, out = set(), set(), []
    for _, i, j in pairs:
        if i not in gu and j not in pu:
            gu.add(i); pu.add(j); out.append((i, j))
    return out


def main():
    a = {x["name"]: x for x in json.load(open(sys.argv[1]))["articles"]}
    b = {x["name"]: x for x in json.load(open(sys.argv[2]))["articles"]}
    rows = {}
    kinds_same = kinds_all = 0
    for name in sorted(set(a) & set(b)):
        ga, gb = a[name]["hedges"], b[name]["hedges"]
        m = match(ga, gb)
        for i, j in m:
            kinds_all += 1
            kinds_same += ga[i]["kind"] == gb[j]["kind"]
        for key in (a[name]["split"], "all"):
            r = rows.setdefault(key, [0, 0, 0])
            r[0] += len(m); r[1] += len(ga); r[2] += len(gb)
    for key, (tp, na, nb) in sorted(rows.items()):
        p = tp / nb if nb else 1.0
        r = tp / na if na else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{key:8s} A={na} B={nb} both={tp}  B vs A: P={p:.3f} R={r:.3f} F1={f:.3f}")
    if kinds_all:
        print(f"same kind on {kinds_same}/{kinds_all} shared hedges ({kinds_same / kinds_all:.2f})")


if __name__ == "__main__":
    main()
