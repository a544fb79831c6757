"""examples/dask_corpus.py on a LocalCluster of 2 workers gives what the single-process CLI
gives on the same JSONL shards: the same quote rows and the same speaker table."""

import importlib.util
import json
import random
import sys

import pandas as pd
import pytest
from dask.distributed import Client, LocalCluster

from conftest import articles


@pytest.fixture(scope="module")
def dask_corpus(root):
    spec = importlib.util.spec_from_file_location("dask_corpus", root / "examples/dask_corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["dask_corpus"] = module
    spec.loader.exec_module(module)
    return module


def shards(root, folder, n=300):
    """n articles made of the project's own texts (paragraphs rotated, so that each article
    differs), two saved pages and two bad lines, in three shards."""
    texts = articles(root)
    rng = random.Random(16)
    lines = []
    for i in range(n):
        paras = texts[i % len(texts)].strip().split("\n")
        k = (i // len(texts)) % len(paras)
        body = "\n".join(paras[k:] + paras[:k]) + "\n"
        lines.append(json.dumps({"id": f"a{i:04d}", "text": body}, ensure_ascii=rng.random() < 0.5))
    for name in ["wire-politics.html", "uk-tabloid.html"]:
        lines.append(json.dumps({"id": name, "html": (root / "tests/pages" / name).read_text(encoding="utf-8")}))
    lines.insert(17, "{not json")
    lines.insert(200, json.dumps({"id": "no-text"}))
    folder.mkdir()
    third = len(lines) // 3 + 1
    for s in range(3):
        chunk = lines[s * third : (s + 1) * third]
        (folder / f"shard-{s}.jsonl").write_text("\n".join(chunk) + "\n", encoding="utf-8")
    return len(lines)


def test_dask_on_two_workers_equals_the_single_process_cli(root, cli, dask_corpus, tmp_path):
    n = shards(root, tmp_path / "shards")
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with Client(cluster) as client:
            assert len(client.scheduler_info()["workers"]) == 2
            table, failed = dask_corpus.run(
                str(tmp_path / "shards" / "*.jsonl"), tmp_path / "out", client, blocksize="200KiB"
            )
    rows = pd.read_parquet(tmp_path / "out" / "quotes")
    assert failed == 2

    # The CLI, one process: quote records with code-point offsets, and its speaker table.
    records = [json.loads(line) for line in cli("scan", "--input", "jsonl", "--format", "jsonl", "--offsets", "codepoint", tmp_path / "shards").splitlines()]
    assert len(records) == n
    assert sum("error" in r for r in records) == 2
    want = sorted(
        (str(r["id"]), q["speaker"] or "", q["speaker_kind"] or "", q["text"], q["start"], q["end"], q["cue"] or "")
        for r in records
        if "quotes" in r
        for q in r["quotes"]
    )
    ok = rows[rows["error"].isnull()].fillna({"speaker": "", "speaker_kind": "", "cue": ""})
    have = sorted(
        zip(ok["id"], ok["speaker"], ok["speaker_kind"], ok["text"], ok["start"].astype(int), ok["end"].astype(int), ok["cue"])
    )
    assert len(want) > 1000
    assert have == want

    stats = json.loads(cli("stats", "--input", "jsonl", "--format", "json", tmp_path / "shards"))
    assert stats["articles"] == n - 2 and stats["failed"] == 2
    assert table.to_dict("records") == stats["speakers"]
    assert (tmp_path / "out" / "speakers.csv").read_text().startswith("speaker,speaker_kind,quotes,quoted_words,articles\n")
