#!/usr/bin/env python3
"""Fit the speaker-confidence maps (data/speaker_confidence.txt) on PolNeAR train.

  CLAIMLENS_UNCALIBRATED=1 cargo build --release -p claimlens-cli --target-dir target/uncalibrated
  fit_calibration.py --snapshot DIR --cli target/uncalibrated/release/claimlens [--write]
                     [--min-block 60] [--split train]

The CLI must be built with CLAIMLENS_UNCALIBRATED set (build.rs then compiles identity maps),
so that the confidences it reports are the ranker's raw shares. For every quote and every
attribution with a gold speaker (the pairs eval/calibration.py counts), the raw confidence and
whether the speaker is right give one point; per kind, isotonic regression (pool adjacent
violators) turns the points into the rate of right speakers as a function of the raw
confidence that never falls, with every block holding at least --min-block points (adjacent
blocks pooled until they do, which keeps the map rising and smooths the ends). Each block
becomes a knot: its mean raw confidence and its rate (with one right and one wrong point
added, so that no block claims certainty); the reported confidence is linear between knots
(src/attribution/calibration.rs); for quotes, from (0, 0) to the first.

Prints the knots and the in-sample table by band; with --write, rewrites the data file.
Nothing of PolNeAR's text is written: the knots are numbers. Standard library only.
"""
import argparse, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DATA = os.path.join(ROOT, "data", "speaker_confidence.txt")
sys.path.insert(0, HERE)
from calibration import outcomes  # noqa: E402

HEADER = """# How often a speaker is right, by the ranker's confidence: the map from the confidence the
# resolver computes (the winner's softmax share, src/attribution/resolve.rs) to the reported
# `speaker_confidence`, one for quotes and one for attributions. Each line is a knot,
# "kind raw | calibrated"; between knots the map is linear, beyond the ends flat. Quotes'
# first knot is (0, 0), below their lowest block (see eval/fit_calibration.py, knots).
# Fitted by eval/fit_calibration.py (isotonic, blocks of at least {m} points) on PolNeAR train:
# {n}.
"""


def isotonic(points, min_block):
    """Blocks [sum_x, sum_y, n] over `points` (x, y) sorted by x: y's mean never falls from
    block to block, and every block holds at least `min_block` points."""
    blocks = []
    for x, y in sorted(points):
        blocks.append([x, y, 1])
        # Pool while the last block's mean is below the one before, or the one before is
        # too small (the data's order: small blocks only at the end until pooled).
        while len(blocks) > 1 and (
            blocks[-1][1] * blocks[-2][2] <= blocks[-2][1] * blocks[-1][2] or blocks[-2][2] < min_block
        ):
            last = blocks.pop()
            for i in range(3):
                blocks[-1][i] += last[i]
    while len(blocks) > 1 and blocks[-1][2] < min_block:
        last = blocks.pop()
        for i in range(3):
            blocks[-1][i] += last[i]
    return blocks


def knots(blocks, from_zero):
    """A knot per block: its mean x, and its rate with one right and one wrong point added
    (Laplace), so that no block of all-right points claims certainty. With `from_zero`, first
    the knot (0, 0): for quotes, whose map the reader's list of other speakers for a quote
    also shows the ranker's low shares on, so that a share near 0 stays near 0 rather than
    taking the lowest block's rate (below it there are hardly any speakers: an uncued quote's
    needs 0.2). Attributions keep the lowest block's rate below it (their lowest shares are
    right as often as the rest)."""
    out = [(0.0, 0.0)] if from_zero else []
    for sx, sy, n in blocks:
        x, y = round(sx / n, 3), round((sy + 1) / (n + 2), 3)
        if out and x <= out[-1][0]:
            continue
        out.append((x, max(y, out[-1][1]) if out else y))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--snapshot", required=True)
    ap.add_argument("--split", default="train", choices=["train", "dev"])
    ap.add_argument("--cli", required=True)
    ap.add_argument("--min-block", type=int, default=60)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    points = {"quotes": [], "attributions": []}
    articles = 0
    for what, confidence, ok in outcomes(args.snapshot, args.split, args.cli):
        if what == "article":
            articles += 1
        elif confidence is not None:
            points[what].append((confidence, 1.0 if ok else 0.0))
    blocks = {what: isotonic(p, args.min_block) for what, p in points.items()}
    maps = {what: knots(b, what == "quotes") for what, b in blocks.items()}
    for what, ks in maps.items():
        fitted = ks[1:] if what == "quotes" else ks
        print(f"{what}: {len(points[what])} points, {len(ks)} knots (raw -> calibrated, points): " +
              ("0 -> 0, " if what == "quotes" else "") +
              ", ".join(f"{x:.3f}->{y:.3f} ({b[2]})" for (x, y), b in zip(fitted, blocks[what])))
    if args.write:
        n = f"{articles} articles, {len(points['quotes'])} quotes, {len(points['attributions'])} attributions"
        with open(DATA, "w", encoding="utf-8") as f:
            f.write(HEADER.format(n=n, m=args.min_block))
            for what, kind in (("quotes", "quote"), ("attributions", "attribution")):
                for x, y in maps[what]:
                    f.write(f"{kind} {x:.3f} | {y:.3f}\n")
        print(f"wrote {DATA}")


if __name__ == "__main__":
    main()
