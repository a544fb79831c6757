"""Quotes of a JSONL corpus on a Dask cluster: one Parquet row a quote, then the speakers.

Reads shards of JSON lines ({"id": …, "text": …} or {"id": …, "html": …}) with dask.bag,
scans each partition with claimlens.scan_many, writes one row per quote (article id,
speaker, speaker_kind, text, code-point offsets, cue, words) to OUT/quotes/ as Parquet, then
computes the speaker table (quotes, quoted words, articles) with dask.dataframe into
OUT/speakers.csv: the table `claimlens stats --input jsonl` gives on one machine.

    python examples/dask_corpus.py "shards/*.jsonl" out/                 # a local cluster
    python examples/dask_corpus.py "shards/*.jsonl" out/ --scheduler tcp://scheduler:8786

Every worker needs the claimlens wheel installed (pip install claimlens-*.whl); a path or
glob the workers cannot all read should be a shared or object-store path (s3://…, with
s3fs). Dask parallelises across partitions, so each partition is scanned on --jobs threads
(default 1: one worker thread a core is Dask's own advice).
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys
import time

import dask.bag as db
import dask.dataframe as dd
import pandas as pd
from dask.distributed import Client, LocalCluster, UploadFile

import claimlens

# The Parquet schema of the quote rows.
COLUMNS = {
    "id": "string",
    "speaker": "string",
    "speaker_kind": "string",
    "text": "string",
    "start": "int64",
    "end": "int64",
    "cue": "string",
    "speaker_confidence": "float64",
    "words": "int64",
}


def quote_rows(lines: list[str], jobs: int = 1) -> list[dict]:
    """The quote rows of one partition of JSON lines. A line that is no JSON object with a
    string "text" or "html" gives one row with `error` set (and no quote), so that nothing
    is lost without a trace."""
    records, texts, pages = [], [], []
    rows = []
    for line in lines:
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            if isinstance(rec.get("text"), str):
                texts.append(rec["text"])
                records.append((rec, "text", len(texts) - 1))
            elif isinstance(rec.get("html"), str):
                pages.append(rec["html"])
                records.append((rec, "html", len(pages) - 1))
            else:
                raise ValueError('neither "text" nor "html"')
        except (ValueError, AttributeError) as e:
            rows.append(error_row(line, e))
    scanned = {
        "text": claimlens.scan_many(texts, jobs=jobs),
        "html": claimlens.scan_many(pages, jobs=jobs, html=True),
    }
    for rec, kind, i in records:
        for q in scanned[kind][i]["quotes"]:
            rows.append(
                {
                    "id": str(rec.get("id")),
                    "speaker": q["speaker"],
                    "speaker_kind": q["speaker_kind"],
                    "text": q["text"],
                    "start": q["start"],
                    "end": q["end"],
                    "cue": q["cue"],
                    "speaker_confidence": q["speaker_confidence"],
                    "words": q["words"],
                    "error": None,
                }
            )
    return rows


def error_row(line: str, e: Exception) -> dict:
    try:
        rid = str(json.loads(line).get("id"))
    except (ValueError, AttributeError):
        rid = None
    return {**{k: None for k in COLUMNS}, "id": rid, "start": -1, "end": -1, "words": 0, "error": str(e)}


def speaker_table(quotes: dd.DataFrame) -> pd.DataFrame:
    """Speakers by quotes, quoted words and articles, most quoted first (as `claimlens
    stats` sorts them): every quote with a speaker counts, whatever its confidence."""
    q = quotes[quotes["speaker"].notnull()].copy()
    q["speaker_kind"] = q["speaker_kind"].fillna("")
    # Per article first, so that counting rows then counts articles.
    per_article = q.groupby(["speaker", "speaker_kind", "id"]).agg({"text": "count", "words": "sum"})
    per_article = per_article.reset_index()
    table = per_article.groupby(["speaker", "speaker_kind"]).agg({"text": "sum", "words": "sum", "id": "count"})
    table = table.compute().reset_index()
    table.columns = ["speaker", "speaker_kind", "quotes", "quoted_words", "articles"]
    table = table.astype({"speaker": str, "speaker_kind": str, "quotes": int, "quoted_words": int, "articles": int})
    table["_q"], table["_w"] = -table["quotes"], -table["quoted_words"]
    table = table.sort_values(["_q", "_w", "speaker", "speaker_kind"]).drop(columns=["_q", "_w"])
    return table.reset_index(drop=True)


def run(shards: str, out: str | pathlib.Path, client: Client, jobs: int = 1, blocksize: str | None = "16MiB"):
    """Scans the shards on the client's cluster; writes OUT/quotes/*.parquet and
    OUT/speakers.csv; returns the speaker table and the number of failed lines."""
    out = pathlib.Path(out)
    # Workers have claimlens installed, not this file: send it to every worker (and to any
    # that joins later), which imports it, so that tasks can name its functions.
    client.register_plugin(UploadFile(__file__), name="dask_corpus.py")
    lines = db.read_text(shards, blocksize=blocksize, encoding="utf-8", linedelimiter="\n")
    rows = lines.map_partitions(quote_rows, jobs=jobs)
    meta = {**COLUMNS, "error": "string"}
    frame = rows.to_dataframe(meta=pd.DataFrame({k: pd.Series(dtype=v) for k, v in meta.items()}))
    frame.to_parquet(str(out / "quotes"), write_index=False, overwrite=True)
    all_rows = dd.read_parquet(str(out / "quotes"))
    failed = int(all_rows["error"].notnull().sum().compute())
    quotes = all_rows[all_rows["error"].isnull()]
    table = speaker_table(quotes)
    table.to_csv(out / "speakers.csv", index=False)
    return table, failed


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("shards", help='JSONL files: a glob ("shards/*.jsonl"), a path, or a URL Dask can read')
    p.add_argument("out", help="folder for quotes/ (Parquet) and speakers.csv")
    p.add_argument("--scheduler", help="address of a running Dask scheduler (tcp://host:8786); default: a local cluster")
    p.add_argument("--workers", type=int, default=2, help="workers of the local cluster (default 2)")
    p.add_argument("--jobs", type=int, default=1, help="threads per partition for scan_many (default 1)")
    args = p.parse_args(argv)
    t0 = time.perf_counter()
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    with client:
        table, failed = run(args.shards, args.out, client, jobs=args.jobs)
    print(table.head(20).to_string(index=False))
    print(f"{len(table)} speakers; {failed} lines failed; {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
