#!/usr/bin/env python3
"""How honest `speaker_confidence` is: accuracy per confidence band on PolNeAR (dev by
default; never test).

  calibration.py --snapshot DIR [--split dev] [--cli target/release/claimlens]

Counts, for quotes whose gold content holds a quote mark and names a source, and for
attributions whose cue matches a gold cue with a source, how often the speaker is right (the
scorer's source rule) in each band of the reported confidence. Quotes given no speaker have no
confidence: they are counted apart. Prints a table; the accuracy should rise with the band.
"""
import argparse, os

from polnear import ROOT, files, load_scorer, read, scan_json
BANDS = [(0.0, 0.5), (0.5, 0.7), (0.7, 0.85), (0.85, 0.95), (0.95, 1.01)]


def outcomes(snapshot, split, cli):
    """For every article of `split`: ("article", None, None), then for each quote with a
    gold source ("quotes", its speaker_confidence, whether the speaker is right), None as the
    confidence when it has no speaker, and likewise ("attributions", …) for attributions
    whose cue matches a gold cue with a source. Used by fit_calibration.py too."""
    sp = load_scorer()
    for name, a in files(sp, snapshot, split):
        text, gold = read(sp, snapshot, split, name, a)
        if gold is None:
            continue
        yield "article", None, None
        pred = scan_json([cli, "scan"], text)
        m = sp.utf16_to_cp(text)
        for g in gold:
            if not g["source"]:
                continue
            direct = any(ch in text[s:e] for s, e in g["content"] for ch in sp.QUOTE_MARKS)
            if direct:
                q = next((q for q in pred["quotes"] if sp.overlap([(m[q["start"]], m[q["end"]])], g["content"])), None)
                if q is not None and q["speaker"] is None:
                    yield "quotes", None, False
                elif q is not None:
                    cover = (m[q["speaker_start"]], m[q["speaker_end"]]) if q["speaker_start"] is not None else None
                    ok = q["speaker"] is not None and sp.source_ok(text, g["source"], q["speaker"], cover)
                    yield "quotes", q["speaker_confidence"] or 0.0, bool(ok)
            if g["cue"]:
                p = next((p for p in pred["attributions"]
                          if sp.overlap([(m[p["cue_start"]], m[p["cue_end"]])], g["cue"])), None)
                if p is not None and p["speaker"] is not None:
                    ok = sp.source_ok(text, g["source"], p["speaker"], (m[p["start"]], m[p["end"]]))
                    yield "attributions", p["speaker_confidence"] or 0.0, bool(ok)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--snapshot", required=True)
    ap.add_argument("--split", default="dev", choices=["train", "dev"])
    ap.add_argument("--cli", default=os.path.join(ROOT, "target", "release", "claimlens"))
    args = ap.parse_args()
    table = {what: [[0, 0] for _ in BANDS] for what in ("quotes", "attributions")}
    unassigned = 0
    files = 0

    def band(c):
        return next(i for i, (lo, hi) in enumerate(BANDS) if lo <= c < hi)

    for what, confidence, ok in outcomes(args.snapshot, args.split, args.cli):
        if what == "article":
            files += 1
        elif confidence is None:
            unassigned += 1
        else:
            cell = table[what][band(confidence)]
            cell[0] += 1
            cell[1] += int(ok)
    print(f"{files} articles ({args.split}): speaker accuracy by confidence band")
    print(f"{'band':>12s} | {'quotes (n, accuracy)':>22s} | {'attributions (n, accuracy)':>28s}")
    for i, (lo, hi) in enumerate(BANDS):
        qn, qk = table["quotes"][i]
        an, ak = table["attributions"][i]
        qa = f"{qk / qn:.2f}" if qn else "-"
        aa = f"{ak / an:.2f}" if an else "-"
        print(f"{lo:.2f}-{min(hi, 1.0):.2f} | {qn:>14d} {qa:>7s} | {an:>20d} {aa:>7s}")
    print(f"quotes given no speaker (not in the bands): {unassigned}")


if __name__ == "__main__":
    main()
