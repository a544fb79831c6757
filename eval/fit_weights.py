#!/usr/bin/env python3
"""Fit the speaker-candidate weights (data/attribution_weights.txt) on PolNeAR train.

  fit_weights.py --snapshot DIR --cli target/release/claimlens [--limit N] [--write]
                 [--l2 0.05] [--epochs 300] [--split train]

For every speaker decision claimlens makes (`scan --explain`), the gold attribution of
PolNeAR tells which candidates are right: for a cue, the gold attribution whose cue overlaps
it; for a quote, the gold attribution whose content overlaps it. A candidate is right when
its speaker passes the scorer's source rule (a content word shared with the gold source) or
its mention overlaps the gold source span. A quote that no gold attribution covers, and
that no cue introduces, teaches "none of these" (a scare quote, unattributed words); other
decisions with no gold, or no gold source, are left out. The model is a conditional logit over each decision's candidates plus "none of
these" (the `none` feature): it maximises the log probability of the right candidates (of
"none" when no candidate is right), with an L2 pull towards the current weights. Only
weights of features that occur are fitted; the rest keep their value.

Prints the fit (log-likelihood, how often the top candidate is right, before and after) and,
with --write, rewrites data/attribution_weights.txt. PolNeAR has no licence: nothing of its
text is written anywhere; the weights are numbers. Python 3 standard library only.
"""
import argparse, concurrent.futures, math, os, random, re  # noqa: E401

from polnear import ROOT, files as article_files, load_scorer, read, scan_json

WEIGHTS = os.path.join(ROOT, "data", "attribution_weights.txt")
FEATURES = os.path.join(ROOT, "src", "attribution", "features.rs")


def feature_names():
    src = open(FEATURES, encoding="utf-8").read()
    table = src.split("pub const FEATURES", 1)[1].split("];", 1)[0]
    return re.findall(r'^\s*"([a-z_]+)",', table, flags=re.M)


def read_weights(names):
    w = {n: 0.0 for n in names}
    for line in open(WEIGHTS, encoding="utf-8"):
        body = line.split("#", 1)[0]
        if "|" in body:
            k, v = (x.strip() for x in body.split("|", 1))
            w[k] = float(v)
    return w


def examples_of(args_tuple):
    """The labelled decisions of one article: [(candidate feature dicts, right flags)]."""
    sp, snapshot, split, cli, name, ann = args_tuple
    text, gold = read(sp, snapshot, split, name, ann)
    if gold is None:
        return []
    pred = scan_json([cli, "scan", "--explain", "--format", "json"], text)
    m = sp.utf16_to_cp(text)
    ex = []
    for d in pred.get("decisions", []):
        if not d["candidates"]:
            continue
        span = [(m[d["start"]], m[d["end"]])]
        if d["what"] == "cue":
            g = next((g for g in gold if g["cue"] and sp.overlap(span, g["cue"])), None)
        else:
            g = next((g for g in gold if g["content"] and sp.overlap(span, g["content"])), None)
        cue_based = any(c["via"].startswith(("quote_post", "quote_pre", "quote_later"))
                        for c in d["candidates"])
        if d["what"] == "quote" and g is None and not cue_based:
            # A quote no gold attribution covers: "none of these" is right (scare quotes,
            # unattributed words), the case the model must learn to leave alone.
            ex.append((d["what"], [dict(c["features"]) for c in d["candidates"]],
                       [False] * len(d["candidates"])))
            continue
        if g is None or not g["source"]:
            continue
        feats, right = [], []
        for c in d["candidates"]:
            cover = (m[c["speaker_start"]], m[c["speaker_end"]])
            ok = bool(sp.source_ok(text, g["source"], c["speaker"], cover)) or sp.overlap([cover], g["source"])
            feats.append(dict(c["features"]))
            right.append(ok)
        ex.append((d["what"], feats, right))
    return ex


def softmax_terms(w, feats):
    scores = [sum(w.get(k, 0.0) * v for k, v in f.items()) for f in feats] + [w.get("none", 0.0)]
    mx = max(scores)
    exps = [math.exp(s - mx) for s in scores]
    z = sum(exps)
    return [e / z for e in exps]


def evaluate(w, data):
    ll, top, n = 0.0, 0, 0
    for _, feats, right in data:
        p = softmax_terms(w, feats)
        pc = sum(pi for pi, r in zip(p, right) if r) if any(right) else p[-1]
        ll += math.log(max(pc, 1e-12))
        scores = [sum(w.get(k, 0.0) * v for k, v in f.items()) for f in feats]
        best = max(range(len(feats)), key=lambda i: (scores[i], -i))
        top += right[best]
        n += 1
    return ll / max(n, 1), top / max(n, 1)


def fit(w0, data, l2, epochs, lr):
    active = sorted({k for _, feats, _ in data for f in feats for k in f} | {"none"})
    w = dict(w0)
    for epoch in range(epochs):
        grad = {k: 0.0 for k in active}
        for _, feats, right in data:
            p = softmax_terms(w, feats)
            xs = feats + [{"none": 1.0}]
            good = [i for i, r in enumerate(right) if r] or [len(feats)]
            pc = sum(p[i] for i in good)
            for i, x in enumerate(xs):
                coef = (p[i] / pc if i in good else 0.0) - p[i]
                for k, v in x.items():
                    grad[k] += coef * v
        n = len(data)
        for k in active:
            g = grad[k] / n - l2 * (w.get(k, 0.0) - w0.get(k, 0.0))
            w[k] = w.get(k, 0.0) + lr * g
    return w


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--snapshot", required=True)
    ap.add_argument("--cli", default=os.path.join(ROOT, "target", "release", "claimlens"))
    ap.add_argument("--split", default="train", choices=["train"])
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--l2", type=float, default=0.05)
    ap.add_argument("--epochs", type=int, default=300)
    ap.add_argument("--lr", type=float, default=2.0)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    sp = load_scorer()
    files = article_files(sp, args.snapshot, args.split)
    random.Random(1).shuffle(files)
    if args.limit:
        files = files[: args.limit]
    jobs = [(sp, args.snapshot, args.split, args.cli, n, a) for n, a in files]
    data = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        for ex in pool.map(examples_of, jobs):
            data.extend(ex)
    names = feature_names()
    w0 = read_weights(names)
    ll0, top0 = evaluate(w0, data)
    w = fit(w0, data, args.l2, args.epochs, args.lr)
    ll1, top1 = evaluate(w, data)
    n_cue = sum(1 for d in data if d[0] == "cue")
    print(f"{len(files)} articles, {len(data)} decisions ({n_cue} cues, {len(data) - n_cue} quotes)")
    print(f"before: mean log-likelihood {ll0:.4f}, top candidate right {top0:.3f}")
    print(f"after:  mean log-likelihood {ll1:.4f}, top candidate right {top1:.3f}")
    changed = sorted((k for k in names if abs(w.get(k, 0) - w0.get(k, 0)) > 1e-3), key=names.index)
    for k in changed:
        print(f"  {k:38s} {w0.get(k, 0):8.3f} -> {w[k]:8.3f}")
    if args.write:
        head = [l for l in open(WEIGHTS, encoding="utf-8").read().splitlines() if l.startswith("#")]
        head = [l for l in head if not l.startswith("# Fitted")]
        lines = head + [f"# Fitted by eval/fit_weights.py on PolNeAR {args.split} ({len(files)} articles, "
                        f"{len(data)} decisions; l2 {args.l2}, {args.epochs} epochs)."]
        for k in names:
            v = w.get(k, 0.0)
            if abs(v) > 1e-6:
                lines.append(f"{k} | {v:.3f}")
        open(WEIGHTS, "w", encoding="utf-8").write("\n".join(lines) + "\n")
        print(f"wrote {WEIGHTS}")


if __name__ == "__main__":
    main()
