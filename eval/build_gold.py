#!/usr/bin/env python3
"""Build the gold files of the project's own test fixtures.

For every tests/fixtures/annotations/NAME.py this reads tests/fixtures/NAME.txt and writes
tests/fixtures/NAME.gold.json (format: the gold format of ../shared/eval/SCHEMA.md:
UTF-16 code-unit offsets, start inclusive, end exclusive, items sorted by start).

An annotation file defines three lists (Python 3 literals):

  Q = [(context, speaker_key_or_None, "speech" | "scare"), ...]          quotes
  A = [(context, speaker_key_or_None, "direct" | "indirect" | "according_to" | "other"), ...]
  H = [(context, kind), ...]                                             hedges

Any item may carry a trailing {"nth": k}: use the k-th (0-based) occurrence of the context
instead of requiring it to occur exactly once. A quote starts and ends with its quote marks,
except a dash-dialogue turn (Spanish raya), which starts at its dash, or right after an
incise's closing dash, and ends before the next dash or at the end of its paragraph.  In a context, ⟦ ⟧ mark the item's span
(without them the whole context is the span) and, for attributions, ⟨ ⟩ mark the cue.

Usage (from the project root):
  python3 eval/build_gold.py                  rebuild every fixture
  python3 eval/build_gold.py NAME [NAME...]   rebuild some
  python3 eval/build_gold.py --check          verify the gold files are up to date (no writes)
  python3 eval/build_gold.py --show NAME      print every gold item in reading order
  python3 eval/build_gold.py --pred-dir DIR   also write DIR/NAME.json, the gold turned into a
                                              scan-format prediction (speaker_key -> speaker),
                                              for checking the scorer: F1 must be 1.0

Python 3 standard library only.  Any problem is fatal (exit status 1).
"""
import argparse
import json
import os
import runpy
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "tests", "fixtures")
ANNOTATIONS = os.path.join(FIXTURES, "annotations")

SPAN_OPEN, SPAN_CLOSE = "⟦", "⟧"
DIALOGUE_DASHES = "—―"
CUE_OPEN, CUE_CLOSE = "⟨", "⟩"
MARKERS = (SPAN_OPEN, SPAN_CLOSE, CUE_OPEN, CUE_CLOSE)

QUOTE_KINDS = {"speech", "scare"}
ATTR_KINDS = {"direct", "indirect", "according_to", "other"}
HEDGE_KINDS = {"modal", "adverb", "verb", "noun", "adjective", "weasel", "distancing", "other"}

# Characters that may open or close a quotation (straight, curly, low-9, guillemets, CJK).
QUOTE_CHARS = set("\"'“”‘’„‚«»‹›「」『』")

MIN_WORDS, MAX_WORDS = 250, 600


class GoldError(Exception):
    pass


# ------------------------------------------------------------------ article text
def load_text(name):
    path = os.path.join(FIXTURES, name + ".txt")
    if not os.path.exists(path):
        raise GoldError("%s: missing article %s" % (name, path))
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    problems = []
    if "\r" in text:
        problems.append("contains a carriage return (use \\n only)")
    if not text.endswith("\n"):
        problems.append("does not end with a newline")
    if text.endswith("\n\n") or "\n\n" in text:
        problems.append("contains an empty line (paragraphs are separated by a single \\n)")
    for i, line in enumerate(text.split("\n")[:-1], 1):
        if line != line.strip():
            problems.append("line %d has leading or trailing whitespace" % i)
    words = len(text.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        problems.append("has %d words (want %d-%d)" % (words, MIN_WORDS, MAX_WORDS))
    if problems:
        raise GoldError("%s.txt: %s" % (name, "; ".join(problems)))
    return text


class Utf16Index:
    """Maps Python string indices (code points) to UTF-16 code-unit offsets."""

    def __init__(self, text):
        self.text = text
        self.units = text.encode("utf-16-le")
        pos, table = 0, [0]
        for ch in text:
            pos += 2 if ord(ch) > 0xFFFF else 1
            table.append(pos)
        self.table = table

    def __call__(self, i):
        return self.table[i]

    def slice(self, a16, b16):
        return self.units[2 * a16:2 * b16].decode("utf-16-le")


# ------------------------------------------------------------------ contexts
def parse_context(ctx, want_cue):
    """Strip the markers; return (plain, span, cue) with spans as (start, end) in plain."""
    if not isinstance(ctx, str) or not ctx:
        raise GoldError("context must be a non-empty string: %r" % (ctx,))
    plain, marks = [], {}
    for ch in ctx:
        if ch in MARKERS:
            if ch in marks:
                raise GoldError("marker %s used twice in %r" % (ch, ctx))
            marks[ch] = len(plain)
        else:
            plain.append(ch)
    plain = "".join(plain)

    def pair(o, c, what):
        if (o in marks) != (c in marks):
            raise GoldError("unbalanced %s markers in %r" % (what, ctx))
        if o not in marks:
            return None
        if marks[c] <= marks[o]:
            raise GoldError("empty or reversed %s markers in %r" % (what, ctx))
        return marks[o], marks[c]

    span = pair(SPAN_OPEN, SPAN_CLOSE, "span") or (0, len(plain))
    cue = pair(CUE_OPEN, CUE_CLOSE, "cue")
    if want_cue and cue is None:
        raise GoldError("attribution context needs ⟨cue⟩ markers: %r" % ctx)
    if not want_cue and cue is not None:
        raise GoldError("cue markers are only for attributions: %r" % ctx)
    if cue and not (span[0] <= cue[0] and cue[1] <= span[1]):
        raise GoldError("the cue must lie inside the span: %r" % ctx)
    return plain, span, cue


def occurrences(text, needle):
    hits, i = [], text.find(needle)
    while i >= 0:
        hits.append(i)
        i = text.find(needle, i + 1)
    return hits


def locate(name, text, ctx, opts, want_cue=False):
    plain, span, cue = parse_context(ctx, want_cue)
    hits = occurrences(text, plain)
    nth = (opts or {}).get("nth")
    if nth is None:
        if len(hits) != 1:
            raise GoldError("%s: context found %d times (need exactly 1, or add {\"nth\": k}): %r"
                            % (name, len(hits), plain))
        base = hits[0]
    else:
        if not isinstance(nth, int) or not 0 <= nth < len(hits):
            raise GoldError("%s: occurrence nth=%r of %r does not exist (%d found)"
                            % (name, nth, plain, len(hits)))
        base = hits[nth]
    out = (base + span[0], base + span[1])
    if cue:
        out += (base + cue[0], base + cue[1])
    return out


def split_item(item, arity, where):
    if not isinstance(item, tuple):
        raise GoldError("%s: items must be tuples: %r" % (where, item))
    opts = None
    if len(item) == arity + 1 and isinstance(item[-1], dict):
        opts, item = item[-1], item[:-1]
        unknown = set(opts) - {"nth"}
        if unknown:
            raise GoldError("%s: unknown option(s) %s in %r" % (where, sorted(unknown), item))
    if len(item) != arity:
        raise GoldError("%s: expected %d fields: %r" % (where, arity, item))
    return item, opts


def check_key(name, key, item):
    if key is None:
        return
    if not isinstance(key, str) or not key.strip() or key != key.lower() or key != key.strip():
        raise GoldError("%s: speaker_key must be null or a trimmed lowercase string: %r" % (name, item))


# ------------------------------------------------------------------ building
def build(name):
    text = load_text(name)
    idx = Utf16Index(text)
    ann_path = os.path.join(ANNOTATIONS, name + ".py")
    try:
        ns = runpy.run_path(ann_path)
    except Exception as e:  # a syntax error in an annotation file
        raise GoldError("%s: cannot load %s: %s" % (name, ann_path, e))
    for var in ("Q", "A", "H"):
        if not isinstance(ns.get(var), list):
            raise GoldError("%s: annotation file must define a list %s" % (name, var))

    def rec(a, b):
        a16, b16 = idx(a), idx(b)
        s = text[a:b]
        if idx.slice(a16, b16) != s:
            raise GoldError("%s: UTF-16 round trip failed for %r" % (name, s))
        return a16, b16, s

    quotes = []
    for item in ns["Q"]:
        (ctx, key, kind), opts = split_item(item, 3, name + " Q")
        check_key(name, key, item)
        if kind not in QUOTE_KINDS:
            raise GoldError("%s: bad quote kind %r in %r" % (name, kind, item))
        a, b = locate(name, text, ctx, opts)
        s = text[a:b]
        # A dash-dialogue turn ("—No lo sé —dijo—.") opens with its dash and has no
        # closing mark: it ends where the incise's dash opens or the paragraph ends.
        dash = s[0] in DIALOGUE_DASHES or text[:a].rstrip(" .,;:").endswith(tuple(DIALOGUE_DASHES))
        if s[0] not in QUOTE_CHARS and not dash:
            raise GoldError("%s: quote does not start with a quote mark: %r" % (name, s))
        unclosed = b == len(text) or text[b] == "\n"
        if s[-1] not in QUOTE_CHARS and not unclosed and not dash:
            raise GoldError("%s: quote does not end with a quote mark (and is not an unclosed quote "
                            "running to the end of its paragraph): %r" % (name, s))
        if kind == "scare" and key is not None:
            raise GoldError("%s: scare quotes have a null speaker: %r" % (name, item))
        a16, b16, s = rec(a, b)
        quotes.append({"start": a16, "end": b16, "text": s, "speaker_key": key, "kind": kind})

    attributions = []
    for item in ns["A"]:
        (ctx, key, kind), opts = split_item(item, 3, name + " A")
        check_key(name, key, item)
        if kind not in ATTR_KINDS:
            raise GoldError("%s: bad attribution kind %r in %r" % (name, kind, item))
        a, b, ca, cb = locate(name, text, ctx, opts, want_cue=True)
        a16, b16, s = rec(a, b)
        ca16, cb16, cue = rec(ca, cb)
        attributions.append({"start": a16, "end": b16, "text": s, "cue": cue, "cue_start": ca16,
                             "cue_end": cb16, "speaker_key": key, "kind": kind})

    hedges = []
    for item in ns["H"]:
        (ctx, kind), opts = split_item(item, 2, name + " H")
        if kind not in HEDGE_KINDS:
            raise GoldError("%s: bad hedge kind %r in %r" % (name, kind, item))
        a, b = locate(name, text, ctx, opts)
        a16, b16, s = rec(a, b)
        hedges.append({"start": a16, "end": b16, "text": s, "kind": kind})

    for lst in (quotes, attributions, hedges):
        lst.sort(key=lambda d: (d["start"], d["end"], d.get("cue_start", 0)))
    sanity(name, quotes, attributions, hedges)
    return {"quotes": quotes, "attributions": attributions, "hedges": hedges}


def sanity(name, quotes, attributions, hedges):
    def dupes(lst, key, what):
        seen = set()
        for d in lst:
            k = tuple(d[x] for x in key)
            if k in seen:
                raise GoldError("%s: duplicate %s %r" % (name, what, d["text"]))
            seen.add(k)

    dupes(quotes, ("start", "end"), "quote")
    dupes(attributions, ("cue_start", "cue_end"), "attribution cue")
    dupes(hedges, ("start", "end"), "hedge")
    # quotes may nest but must not cross
    for i, p in enumerate(quotes):
        for q in quotes[i + 1:]:
            if q["start"] < p["end"] and q["end"] > p["end"]:
                raise GoldError("%s: crossing quotes %r / %r" % (name, p["text"], q["text"]))
    # attribution cues never overlap each other; hedges never overlap each other
    for lst, what, s, e in ((attributions, "attribution cues", "cue_start", "cue_end"),
                            (hedges, "hedges", "start", "end")):
        ordered = sorted(lst, key=lambda d: (d[s], d[e]))
        for p, q in zip(ordered, ordered[1:]):
            if q[s] < p[e]:
                raise GoldError("%s: overlapping %s %r / %r" % (name, what, p["text"], q["text"]))


def dump(obj):
    return json.dumps(obj, ensure_ascii=False, indent=1) + "\n"


def to_prediction(gold):
    """The gold as a scan-format prediction (SCHEMA.md): speaker_key becomes speaker."""
    out = {"quotes": [], "attributions": [], "hedges": []}
    for q in gold["quotes"]:
        out["quotes"].append({"start": q["start"], "end": q["end"], "text": q["text"],
                              "speaker": q["speaker_key"]})
    for a in gold["attributions"]:
        out["attributions"].append({"start": a["start"], "end": a["end"], "speaker": a["speaker_key"],
                                    "cue": a["cue"], "cue_start": a["cue_start"],
                                    "cue_end": a["cue_end"], "kind": a["kind"]})
    for h in gold["hedges"]:
        out["hedges"].append(dict(h))
    return out


def show(name, gold):
    items = [(q["start"], "Q", "%-7s %-14s %s" % (q["kind"], q["speaker_key"], q["text"]))
             for q in gold["quotes"]]
    items += [(a["cue_start"], "A", "%-12s %-14s %s  [cue: %s]" % (a["kind"], a["speaker_key"], a["text"], a["cue"]))
              for a in gold["attributions"]]
    items += [(h["start"], "H", "%-10s %s" % (h["kind"], h["text"])) for h in gold["hedges"]]
    print("== %s: %d quotes, %d attributions, %d hedges" % (
        name, len(gold["quotes"]), len(gold["attributions"]), len(gold["hedges"])))
    for start, tag, line in sorted(items, key=lambda t: (t[0], t[1])):
        print("%5d %s %s" % (start, tag, line.replace("\n", "⏎")))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("names", nargs="*", help="fixture names (default: all annotation files)")
    ap.add_argument("--check", action="store_true", help="verify, do not write")
    ap.add_argument("--show", action="store_true", help="print the items of each fixture")
    ap.add_argument("--pred-dir", help="write gold-derived predictions NAME.json here")
    args = ap.parse_args(argv)

    names = args.names or sorted(f[:-3] for f in os.listdir(ANNOTATIONS)
                                 if f.endswith(".py") and not f.startswith("_"))
    if not names:
        print("no annotation files in %s" % ANNOTATIONS, file=sys.stderr)
        return 1
    if args.pred_dir:
        os.makedirs(args.pred_dir, exist_ok=True)
    failed, totals = [], [0, 0, 0]
    for name in names:
        try:
            gold = build(name)
        except GoldError as e:
            print("ERROR %s" % e, file=sys.stderr)
            failed.append(name)
            continue
        out = dump(gold)
        path = os.path.join(FIXTURES, name + ".gold.json")
        if args.check:
            old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
            if old != out:
                print("ERROR %s: %s is out of date (run eval/build_gold.py)" % (name, path), file=sys.stderr)
                failed.append(name)
        elif not args.show:
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(out)
        if args.pred_dir:
            with open(os.path.join(args.pred_dir, name + ".json"), "w", encoding="utf-8") as f:
                f.write(dump(to_prediction(gold)))
        if args.show:
            show(name, gold)
        for i, k in enumerate(("quotes", "attributions", "hedges")):
            totals[i] += len(gold[k])
        if not args.show:
            print("%-40s %3d quotes %3d attributions %3d hedges" % (
                name, len(gold["quotes"]), len(gold["attributions"]), len(gold["hedges"])))
    print("total: %d fixtures, %d quotes, %d attributions, %d hedges%s" % (
        len(names) - len(failed), totals[0], totals[1], totals[2],
        "" if not failed else "; FAILED: " + ", ".join(failed)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
