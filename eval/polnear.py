"""PolNeAR for the eval scripts: the shared scorer's functions, and the articles of a split
read the way ../shared/eval/polnear/score_polnear.py reads them (one annotator's file per
article, the first in name order). PolNeAR's text is read from the snapshot at run time;
nothing of it is written into the repository.

  sp = load_scorer()
  for name, text, gold in articles(sp, snapshot, "train"): ...
  pred = scan_json(["target/release/claimlens", "scan", "--format", "json"], text)
"""
import importlib.util, json, os, subprocess, tempfile  # noqa: E401

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SCORER = os.path.join(ROOT, "..", "shared", "eval", "polnear", "score_polnear.py")


def load_scorer():
    """The shared scorer as a module (git_show, parse_ann, utf16_to_cp, overlap, source_ok…)."""
    spec = importlib.util.spec_from_file_location("score_polnear", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def files(sp, snapshot, split):
    """(article name, annotation path) of each article of `split`, the first annotator's."""
    seen, out = set(), []
    for a in sp.git_ls(snapshot, f"data/{split}/attributions"):
        name = os.path.basename(a).rsplit("_", 1)[0]
        if name not in seen:
            seen.add(name)
            out.append((name, a))
    return out


def read(sp, snapshot, split, name, ann):
    """(text, gold attributions) of one article; gold is None when its annotation file is
    malformed (a few train files are)."""
    text = sp.git_show(snapshot, f"data/{split}/text/{name}.txt")
    try:
        return text, sp.parse_ann(sp.git_show(snapshot, ann))
    except ValueError:
        return text, None


def scan_json(argv, text):
    """The scan JSON of `text`: `argv` run with the path of a temporary file holding it."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write(text)
        path = f.name
    try:
        return json.loads(subprocess.run([*argv, path], capture_output=True).stdout)
    finally:
        os.unlink(path)
