#!/usr/bin/env python3
"""Scores claimlens's article text with the article-extraction-benchmark's own evaluate.py.

Usage: realpages_score.py AEB_DIR OUT_DIR PEER... [--subset]

OUT_DIR/claimlens.json is the text findArticle() picked, in the benchmark's output format.
evaluate.py scores every output/*.json of its working directory against ground-truth.json
there, so it runs (from where it is, unchanged) in OUT_DIR/eval, which links the ground truth
and the named peers' outputs beside ours. With --subset (fewer pages than the corpus) the
ground truth and peers are cut to the pages run. Per-page F1 uses the same module's
string_shingle_matching. Writes OUT_DIR/scores.json.
"""
import json
import os
import subprocess
import sys
from pathlib import Path


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    subset = "--subset" in sys.argv
    aeb, out, peers = Path(args[0]).resolve(), Path(args[1]).resolve(), args[2:]
    work = out / "eval"
    (work / "output").mkdir(parents=True, exist_ok=True)
    for f in (work / "output").iterdir():
        f.unlink()
    ours = json.loads((out / "claimlens.json").read_text())
    keys = set(ours["output"])
    gt_path = work / "ground-truth.json"
    if gt_path.exists() or gt_path.is_symlink():
        gt_path.unlink()
    truth = json.loads((aeb / "ground-truth.json").read_text())
    if subset:
        gt_path.write_text(json.dumps({k: v for k, v in truth.items() if k in keys}))
    else:
        gt_path.symlink_to(aeb / "ground-truth.json")
    (work / "output" / "claimlens.json").symlink_to(out / "claimlens.json")
    for p in peers:
        src = aeb / "output" / f"{p}.json"
        if subset:
            data = json.loads(src.read_text())
            inner = data["output"] if set(data) == {"version", "output"} else data
            (work / "output" / f"{p}.json").write_text(json.dumps({k: v for k, v in inner.items() if k in keys}))
        else:
            (work / "output" / f"{p}.json").symlink_to(src)
    res = subprocess.run([sys.executable, str(aeb / "evaluate.py"), "--n-bootstrap", "300", "--output", "metrics.json"],
                         cwd=work, check=True, capture_output=True, text=True)
    print("evaluate.py (the benchmark's own), on", len(keys), "pages:")
    print(res.stdout, end="")
    metrics = json.loads((work / "metrics.json").read_text())
    sys.path.insert(0, str(aeb))
    import evaluate  # the benchmark's module, for per-page figures with its own matching

    def page_f1(true, pred):
        tp, fp, fn = evaluate.string_shingle_matching(true=true, pred=pred)
        p = evaluate.precision_score(tp, fp, fn)
        r = evaluate.recall_score(tp, fp, fn)
        return round(2 * p * r / (p + r), 4) if p + r else 0.0, round(p, 4), round(r, 4)

    per_page, detail = {}, {}
    for k in sorted(keys):
        f1, p, r = page_f1(truth[k].get("articleBody", ""), ours["output"][k].get("articleBody", ""))
        per_page[k] = f1
        detail[k] = {"f1": f1, "precision": p, "recall": r}
    scores = {
        "metrics": {name: {m: round(v[m], 4) for m in ("f1", "precision", "recall", "accuracy")}
                    for name, v in metrics.items()},
        "per_page": per_page,
        "detail": detail,
    }
    (out / "scores.json").write_text(json.dumps(scores, indent=1))


if __name__ == "__main__":
    main()
