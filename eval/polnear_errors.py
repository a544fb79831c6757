#!/usr/bin/env python3
"""Error analysis of claimlens attribution on PolNeAR (train or dev; never test).

  polnear_errors.py --snapshot DIR --split train --cmd 'claimlens scan --format json {file}'
                    [--limit N] [--seed S] [--out DIR] [--only missed|fp|source|direct]

Scores like ../shared/eval/polnear/score_polnear.py (its functions are imported) and
groups what goes wrong:
  missed   gold cues with no predicted attribution, by cue words (lower-cased), direct or not
  fp       predicted cues matching no gold cue, by cue words (nested: inside a gold content span)
  source   matched cues whose predicted speaker fails the source rule (gold source, predicted)
  direct   quotes (gold content with quote marks) whose predicted speaker is missing or wrong
With --out, writes one line per error with its sentence, for reading (a scratch folder:
never commit it, PolNeAR has no licence). Prints counts only.
"""
import argparse, collections, json, os, random, re, shlex, subprocess, tempfile  # noqa: E401

from polnear import ROOT, files as article_files, load_scorer, read
HERE_DIR = os.path.dirname(os.path.abspath(__file__))
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "their", "its"}
EVALUATIVE = {"called", "calling", "calls", "call", "lauded", "likened", "branded", "labeled", "labelled",
              "dubbed", "described", "referred", "hailed", "mocked", "blasted", "praised", "slammed"}
GROUPS = {"officials", "analysts", "experts", "economists", "democrats", "republicans", "voters",
          "critics", "supporters", "people", "residents", "observers", "many", "most", "some", "others"}


def lexicon_forms():
    """Single-word cue forms of data/cues.txt (to tell a cue gap from a missed known cue)."""
    forms = set()
    for line in open(os.path.join(ROOT, "data", "cues.txt"), encoding="utf-8"):
        body = line.split("#")[0].split("|")[0].strip()
        forms.update(body.split())
    for line in open(os.path.join(ROOT, "data", "cue_phrases.txt"), encoding="utf-8"):
        body = line.split("#")[0].split("|")[0].strip()
        if body:
            forms.add(body)
    return forms


# What may follow a stem of mental_state_cues.txt: inflections, not other words ("likely",
# "likened" are no forms of "like").
INFLECTIONS = {"", "s", "es", "d", "ed", "ing", "e", "y", "ies", "ied", "ying", "ze", "zes", "zed",
               "zing", "se", "ses", "sed", "sing", "ned", "ning", "ation", "ations"}


def mental_stems():
    """The stems of eval/mental_state_cues.txt."""
    stems = []
    for line in open(os.path.join(HERE_DIR, "mental_state_cues.txt"), encoding="utf-8"):
        stems += line.split("#")[0].split()
    return tuple(stems)


def mental_state(cue_text, stems):
    """A cue of a mental state, intention or stance ("wants", "believes", "supported"),
    which the guidelines leave out."""
    first = cue_text.split()[0] if cue_text.split() else ""
    return any(first.startswith(s) and first[len(s):] in INFLECTIONS for s in stems)


def error_class(text, g, cue_text, src_text, pred_name, forms):
    """The issue's error class of one error (the first that applies)."""
    ctx = sentence_around(text, g["cue"][0][0], g["cue"][-1][1])
    src = src_text.lower().strip()
    first = src.split()[0] if src else ""
    if re.search(r"\((?:[RDI]|[RDI]-[A-Z][A-Za-z. ]*)\)", ctx):
        return "us political style"
    if cue_text.strip() in (":", "―", "—", "-", "–") or (g["source"] and g["source"][0][0] > g["cue"][0][0]):
        return "inversion and colons" if cue_text.strip() not in ("―", "—", "-", "–") else "dash attributions"
    if first in ("who", "which", "that") or re.search(r"\d|percent|%", src) or first in GROUPS \
            or any(w in GROUPS for w in src.split()[-1:]) or first == "it" \
            or re.search(r"\b(report|statement|letter|ruling|document|sign|email|suit|memo|poll|survey|study)\b", src):
        return "sources that are not a named person"
    if cue_text.split()[0] in EVALUATIVE:
        return "partial quotes after evaluative verbs"
    if not any(w in forms for w in cue_text.split()) and cue_text not in forms:
        return "cue gaps"
    if pred_name and (len(pred_name.split()) > 4 or pred_name.isupper() or pred_name.split()[0].lower() in
                      ("despite", "but", "and", "after", "as", "if", "when", "while", "although", "engaging")):
        return "junk speakers"
    if first in PRONOUNS:
        return "pronouns by recency, not salience"
    return "other"


# A full name in a gold source: two capitalised words or more in a row, in the source's head
# (before an apposition's comma or dash), the last such run: "Republican strategist Al
# Cardenas" holds "Al Cardenas", "Former Secretary of State Ana Lopez" "Ana Lopez", "Bo Chen,
# the founder of …" "Bo Chen".
FULL_NAME = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)+")


def source_surname(src_text):
    """The surname of the last full name in a gold source's head, or None."""
    head = re.split(r"[,—–(]| - ", src_text)[0]
    runs = FULL_NAME.findall(head)
    if not runs:
        return None
    last = re.sub(r"[’']s$", "", runs[-1].split()[-1]).strip(".’'")
    return last.lower() or None


def shows_name(src_text, pred_name):
    """For a source the scorer counts right: whether the shown speaker holds the full name the
    gold source holds (its surname), None when the gold source holds no full name. The scorer
    only asks for one shared word, so "Republican" passes for "Republican strategist Al
    Cardenas"; this asks for the name a reader would expect to see."""
    surname = source_surname(src_text)
    if surname is None or not pred_name:
        return None
    return surname in [re.sub(r"[’']s$", "", w).strip(".’'").lower() for w in pred_name.split()]


def sentence_around(text, s, e):
    a = max(text.rfind("\n", 0, s), text.rfind(". ", 0, s - 1)) + 1
    b = min([x for x in (text.find("\n", e), text.find(". ", e)) if x >= 0] or [len(text)])
    return text[a:b + 1].strip().replace("\n", " ")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--snapshot", required=True)
    ap.add_argument("--split", default="train", choices=["train", "dev"])
    ap.add_argument("--cmd", required=True)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out")
    ap.add_argument("--top", type=int, default=25)
    args = ap.parse_args()
    sp = load_scorer()
    files = article_files(sp, args.snapshot, args.split)
    if args.seed:
        random.Random(args.seed).shuffle(files)
    if args.limit:
        files = files[: args.limit]
    tmp = tempfile.mkdtemp(prefix="polnear_err_")
    missed, fps, src_bad, direct_bad = (collections.Counter() for _ in range(4))
    forms = lexicon_forms()
    stems = mental_stems()
    classes = collections.defaultdict(collections.Counter)
    lines = collections.defaultdict(list)
    totals = collections.Counter()
    for name, a in files:
        text, gold = read(sp, args.snapshot, args.split, name, a)
        if gold is None:  # a few train files have malformed lines
            totals["skipped"] += 1
            continue
        path = os.path.join(tmp, name + ".txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        r = subprocess.run(args.cmd.replace("{file}", shlex.quote(path)), shell=True, capture_output=True)
        pred = json.loads(r.stdout)
        m = sp.utf16_to_cp(text)
        cv = lambda s, e: (m[s], m[e])
        pa = [{"cue": [cv(p["cue_start"], p["cue_end"])], "cover": cv(p["start"], p["end"]),
               "name": p.get("speaker"), "kind": p.get("kind")} for p in pred.get("attributions", [])]
        pq = [{"span": cv(q["start"], q["end"]), "name": q.get("speaker"),
               "cover": cv(q["speaker_start"], q["speaker_end"]) if q.get("speaker_start") is not None else None}
              for q in pred.get("quotes", [])]
        used = set()
        for g in sorted(gold, key=lambda g: g["cue"][0][0] if g["cue"] else 0):
            if not g["cue"]:
                continue
            cue_text = " ".join(text[s:e] for s, e in g["cue"]).lower()
            src_text = " ".join(text[s:e] for s, e in g["source"])
            direct = any(ch in text[s:e] for s, e in g["content"] for ch in sp.QUOTE_MARKS)
            hit = next((i for i, p in enumerate(pa) if i not in used and sp.overlap(p["cue"], g["cue"])), None)
            s0 = g["cue"][0][0]
            ctx = sentence_around(text, s0, g["cue"][-1][1])
            totals["gold"] += 1
            totals["direct_gold"] += direct
            speech = not mental_state(cue_text, stems)
            totals["gold_speech"] += speech
            totals["tp_speech"] += speech and hit is not None
            if hit is None:
                key = ("direct " if direct else "") + cue_text
                missed[key] += 1
                classes[error_class(text, g, cue_text, src_text, None, forms)]["missed cue"] += 1
                lines["missed"].append(f"{key}\t{src_text}\t{ctx}")
            else:
                used.add(hit)
                ok = sp.source_ok(text, g["source"], pa[hit]["name"], pa[hit]["cover"])
                shown = ok and shows_name(src_text, pa[hit]["name"])
                if shown is not None and ok:
                    totals["named"] += 1
                    totals["named_shown"] += shown
                    if not shown:
                        lines["shown"].append(f"{cue_text}\tgold={src_text}\tpred={pa[hit]['name']}\t{ctx}")
                if ok is False:
                    src_bad[cue_text] += 1
                    classes[error_class(text, g, cue_text, src_text, pa[hit]["name"], forms)]["wrong source"] += 1
                    lines["source"].append(f"{cue_text}\tgold={src_text}\tpred={pa[hit]['name']}\t{ctx}")
            if direct and g["source"]:
                q = next((q for q in pq if sp.overlap([q["span"]], g["content"])), None)
                totals["direct_keyed"] += 1
                if q is None or not sp.source_ok(text, g["source"], q["name"], q["cover"]):
                    why = "no quote" if q is None else ("no speaker" if not q["name"] else "wrong")
                    # The scorer compares names: a quote given the very mention gold names
                    # ("the president added"), shown as its resolved name ("Barack Obama"), is
                    # counted wrong. Kept apart so the figure can be read both ways.
                    if why == "wrong" and q["cover"] and sp.overlap([q["cover"]], g["source"]):
                        why = "wrong name, same mention"
                    classes[error_class(text, g, cue_text, src_text, q and q["name"], forms)]["direct speaker"] += 1
                    direct_bad[why] += 1
                    qt = "" if q is None else text[q["span"][0]:q["span"][1]][:60]
                    lines["direct"].append(f"{why}\tgold={src_text}\tpred={q and q['name']}\tquote={qt}\t{ctx}")
        # PolNeAR never annotates speech reported inside another attribution's content: a
        # false positive whose cue lies in a gold content span is nested speech.
        contents = [(g, s, e) for g in gold for s, e in g["content"]]
        inside = lambda g0, c: any(g is not g0 and s <= c < e for g, s, e in contents)
        totals["gold_nested"] += sum(1 for g in gold if g["cue"] and inside(g, g["cue"][0][0]))
        for i, p in enumerate(pa):
            if i not in used:
                s, e = p["cue"][0]
                fps[text[s:e].lower()] += 1
                nested = inside(None, s)
                totals["fp_nested"] += nested
                where = "nested" if nested else "free"
                lines["fp"].append(f"{text[s:e].lower()}\t{where}\tpred={p['name']}\t{p['kind']}\t{sentence_around(text, s, e)}")
        totals["pred"] += len(pa)
    print(f"{len(files) - totals['skipped']} articles ({args.split}); gold {totals['gold']} ({totals['direct_gold']} direct), predicted {totals['pred']}")
    keyed = max(totals["direct_keyed"], 1)
    strict = 1 - sum(direct_bad.values()) / keyed
    print(f"direct-quote speaker accuracy {strict:.3f}; counting the gold mention shown by its "
          f"resolved name as right: {strict + direct_bad['wrong name, same mention'] / keyed:.3f}")
    print(f"shown names: of the matched attributions with the right source whose gold source holds a "
          f"full name, the shown speaker holds its surname in {totals['named_shown']}/{totals['named']} "
          f"({totals['named_shown'] / max(totals['named'], 1):.3f})")
    print(f"false-positive cues inside a gold attribution's content (nested speech, which PolNeAR "
          f"never annotates: gold cues inside another's content {totals['gold_nested']}): "
          f"{totals['fp_nested']} of {sum(fps.values())}")
    # Read by the guidelines: recall over the speech cues (PolNeAR's mental states, intentions
    # and stances left out), precision over the attributions not nested in another's content.
    tp = totals["pred"] - sum(fps.values())
    print(f"by the guidelines' scope: cue recall over speech cues {totals['tp_speech'] / max(totals['gold_speech'], 1):.3f} "
          f"({totals['tp_speech']}/{totals['gold_speech']}; all cues {tp / max(totals['gold'], 1):.3f}); "
          f"cue precision leaving nested speech out {tp / max(totals['pred'] - totals['fp_nested'], 1):.3f} "
          f"(all {tp / max(totals['pred'], 1):.3f})")
    for title, c in (("missed cues", missed), ("false-positive cues", fps), ("source errors by cue", src_bad),
                     ("direct-quote speaker errors", direct_bad)):
        print(f"\n== {title}: {sum(c.values())}")
        for k, v in c.most_common(args.top):
            print(f"{v:5d}  {k}")
    print("\n== errors by class (missed cue / wrong source / direct-quote speaker)")
    for k in sorted(classes, key=lambda k: -sum(classes[k].values())):
        c = classes[k]
        print(f"{k:42s} {c['missed cue']:5d} {c['wrong source']:5d} {c['direct speaker']:5d}")
    if args.out:
        os.makedirs(args.out, exist_ok=True)
        for k, ls in lines.items():
            with open(os.path.join(args.out, k + ".tsv"), "w", encoding="utf-8") as f:
                f.write("\n".join(ls) + "\n")


if __name__ == "__main__":
    main()
