"""The Python package as a researcher uses it: scan, scan_html, scan_many, the types."""

import ast
import json
import pathlib
import threading

import pytest

import claimlens
from conftest import articles

EMOJI = "😀 “No deal,” said Ana Ruiz 👩🏽‍🍳. “We’ll see,” she added. Talks may resume, critics say."


def test_offsets_are_code_points_so_python_slices_give_the_quote():
    r = claimlens.scan(EMOJI)
    assert [q["text"] for q in r["quotes"]] == ["“No deal,”", "“We’ll see,”"]
    for q in r["quotes"]:
        assert EMOJI[q["start"] : q["end"]] == q["text"]
        assert EMOJI[q["cue_start"] : q["cue_end"]] == q["cue"]
    assert r["quotes"][1]["speaker"] == "Ana Ruiz"
    for a in r["attributions"]:
        assert EMOJI[a["cue_start"] : a["cue_end"]] == a["cue"]
    for h in r["hedges"]:
        assert EMOJI[h["start"] : h["end"]] == h["text"]
        assert h["claim_start"] <= h["start"] < h["end"] <= h["claim_end"]


def test_scan_is_the_clis_report_with_code_point_offsets(root, cli, tmp_path):
    texts = articles(root)[:8] + [EMOJI]
    for i, text in enumerate(texts):
        path = tmp_path / f"{i}.txt"
        path.write_text(text, encoding="utf-8")
        want = json.loads(cli("scan", "--format", "json", "--offsets", "codepoint", path))
        have = claimlens.scan(text)
        for q in have["quotes"]:
            assert isinstance(q.pop("words"), int)
        assert have == want, f"text {i} differs"


FRENCH = "« Nous ne céderons pas », a déclaré Claire Aubert."


def test_language_is_detected_declared_or_chosen_and_a_bad_one_is_a_value_error():
    # Too short to tell by its words: English unless told.
    assert claimlens.scan(FRENCH)["language"] == "en"
    r = claimlens.scan(FRENCH, language="fr-CA")
    assert r["language"] == "fr" and r["quotes"][0]["speaker"] == "Claire Aubert"
    page = f'<html lang="fr"><body><article><p>{FRENCH}</p></article></body></html>'
    assert claimlens.scan_html(page)["quotes"][0]["speaker"] == "Claire Aubert"
    assert claimlens.scan_html(page, language="en")["language"] == "en"
    many = claimlens.scan_many([FRENCH, FRENCH], language="fr")
    assert [m["language"] for m in many] == ["fr", "fr"]
    with pytest.raises(ValueError, match="unknown language 'it'"):
        claimlens.scan(FRENCH, language="it")


def test_scan_html_finds_the_article_as_the_cli_and_browser_do(root, cli):
    expected = json.loads((root / "tests/pages/expected.json").read_text(encoding="utf-8"))
    for name, want in expected.items():
        if not name.endswith(".html"):
            continue
        page = root / "tests/pages" / name
        r = claimlens.scan_html(page.read_text(encoding="utf-8"))
        assert r == claimlens.scan_html(page.read_bytes())
        quotes = [q["text"] for q in r["quotes"]]
        for q in want["highlight"]:
            assert q in quotes, f"{name}: {q}"
        for q in want["not_highlight"]:
            assert q not in r["text"], f"{name}: rail text {q}"
        assert r["text"] == claimlens.article_text(page.read_bytes())
        from_cli = json.loads(cli("scan", "--format", "json", "--offsets", "codepoint", page))
        assert from_cli["text"] == r["text"]
        assert [q["start"] for q in from_cli["quotes"]] == [q["start"] for q in r["quotes"]]
        for q in r["quotes"]:
            assert r["text"][q["start"] : q["end"]] == q["text"]


def test_scan_html_reads_attributes_as_markup_not_quotes_and_declared_charsets():
    r = claimlens.scan_html('<div title="“Not a quote,” he said"><p>The council met.</p></div>')
    assert r["quotes"] == [] and r["text"] == "The council met.\n"
    latin = b"<meta charset=windows-1252><p>\x93Hi,\x94 said Tom Abel.</p>"
    assert claimlens.scan_html(latin)["quotes"][0]["speaker"] == "Tom Abel"
    with pytest.raises(ValueError, match="UTF-8"):
        claimlens.scan_html(b"<p>\xff</p>")
    with pytest.raises(TypeError):
        claimlens.scan_html(42)


def test_scan_many_keeps_order_and_equals_scan_on_any_thread_count(root):
    texts = articles(root) * 3
    one = [claimlens.scan(t) for t in texts]
    assert claimlens.scan_many(texts) == one
    assert claimlens.scan_many(texts, jobs=1) == one
    assert claimlens.scan_many(iter(texts), jobs=2) == one
    assert claimlens.scan_many([]) == []
    pages = [p.read_bytes() for p in sorted((root / "tests/pages").glob("*.html"))]
    assert claimlens.scan_many(pages, html=True) == [claimlens.scan_html(p) for p in pages]


def test_scan_many_rejects_what_is_not_text():
    with pytest.raises(TypeError, match=r"texts\[1\]"):
        claimlens.scan_many(["ok", 3])
    with pytest.raises(TypeError, match=r"texts\[0\]"):
        claimlens.scan_many([b"bytes are for html=True"])
    with pytest.raises(ValueError):
        claimlens.scan_many(["x"], jobs=0)


def test_scan_many_releases_the_gil(root):
    """While scan_many works, another Python thread keeps running (it could not if the GIL
    were held for the whole call)."""
    texts = articles(root) * 40
    done = threading.Event()
    result = []

    def work():
        result.append(claimlens.scan_many(texts, jobs=1))
        done.set()

    spins = 0
    t = threading.Thread(target=work)
    t.start()
    while not done.is_set():
        spins += 1
    t.join()
    assert len(result[0]) == len(texts)
    assert spins > 10_000, f"the main thread ran only {spins} times during scan_many"


def test_the_stub_types_every_public_function():
    stub = pathlib.Path(claimlens.__file__).with_name("__init__.pyi")
    tree = ast.parse(stub.read_text(encoding="utf-8"))
    typed = {n.name for n in tree.body if isinstance(n, ast.FunctionDef)}
    assert typed == set(claimlens.__all__) - {"__version__"}
    assert pathlib.Path(claimlens.__file__).with_name("py.typed").exists()
    fields = {
        n.name: {a.target.id for a in n.body if isinstance(a, ast.AnnAssign)}
        for n in tree.body
        if isinstance(n, ast.ClassDef)
    }
    q = claimlens.scan(EMOJI)
    assert set(q["quotes"][0]) == fields["Quote"]
    assert set(q["attributions"][0]) == fields["Attribution"]
    assert set(q["hedges"][0]) == fields["Hedge"]
    assert claimlens.__version__ == "0.1.0"
