#!/usr/bin/env python3
"""The speakers claimlens names on pages of every kind: an audit of speaker names on unseen
text. PolNeAR is US political news of 2016; the article-extraction-benchmark's 181 true
article bodies (technology, science, sport, business, world news) show the names, titles
and descriptions that rules written on it get wrong ("Hosting Cook", "Ukraine Kurt Volker",
"The company flat-out"). No gold: a person reads the list.

  aeb_speakers.py [--aeb DIR] [--cli PATH]                 every speaker with its count
  aeb_speakers.py [--aeb DIR] [--cli PATH] --base OTHER    each speaker that differs between
                                                           two CLIs, with its context

DIR defaults to AEB_DIR of eval/datasets.env. Prints to standard output only: the corpus has
no licence for redistribution, so never commit what this prints.
"""
import argparse, collections, json, os, subprocess, sys, tempfile  # noqa: E401

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def aeb_dir():
    path = os.path.join(HERE, "datasets.env")
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            if line.startswith("AEB_DIR="):
                return line.split("=", 1)[1].strip()
    return None


def bodies(aeb):
    """(id, article body) of every page of the benchmark, in id order."""
    with open(os.path.join(aeb, "ground-truth.json"), encoding="utf-8") as f:
        truth = json.load(f)
    return [(k, v["articleBody"]) for k, v in sorted(truth.items())]


def scan(cli, text):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write(text)
        path = f.name
    try:
        return json.loads(subprocess.run([cli, "scan", "--format", "json", path],
                                         capture_output=True, check=True).stdout)
    finally:
        os.unlink(path)


def items(report):
    """{(kind, start): (speaker, speaker_kind)} of the attributions (by cue) and quotes."""
    out = {("attribution", a["cue_start"]): (a["speaker"], a["speaker_kind"])
           for a in report["attributions"]}
    out.update({("quote", q["start"]): (q["speaker"], q["speaker_kind"]) for q in report["quotes"]})
    return out


def utf16_slice(text, start, end):
    units = text.encode("utf-16-le")
    return units[2 * max(start, 0):2 * end].decode("utf-16-le", "replace")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--aeb", default=aeb_dir())
    ap.add_argument("--cli", default=os.path.join(ROOT, "target", "release", "claimlens"))
    ap.add_argument("--base", help="another CLI: print only the speakers that differ")
    args = ap.parse_args()
    if not args.aeb:
        print("skipped: no AEB_DIR in eval/datasets.env (see README, Corpora)")
        return 0
    counts, changed, english = collections.Counter(), 0, 0
    for page, text in bodies(args.aeb):
        report = scan(args.cli, text)
        if report.get("language") != "en":
            continue
        english += 1
        now = items(report)
        if not args.base:
            for (kind, _), (speaker, speaker_kind) in now.items():
                if speaker:
                    counts[(speaker, speaker_kind)] += 1
            continue
        before = items(scan(args.base, text))
        for key in sorted(set(now) | set(before)):
            if now.get(key, (None,))[0] != before.get(key, (None,))[0]:
                changed += 1
                old = before.get(key, ("-",))[0]
                new = now.get(key, ("-",))[0]
                context = utf16_slice(text, key[1] - 90, key[1] + 50).replace("\n", " ")
                print(f"{page[:8]}\t{key[0]}\t{old!r} -> {new!r}\t{context}")
    if args.base:
        print(f"{changed} speakers differ on {english} English pages")
    else:
        for (speaker, kind), n in counts.most_common():
            print(f"{n}\t{kind}\t{speaker}")
        print(f"{sum(counts.values())} speakers, {len(counts)} distinct, on {english} English pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
