#!/usr/bin/env python3
"""Sanity checks for the HTML test pages in this directory (stdlib only).

Run from anywhere:  python3 tests/pages/check_expected.py

For every page listed in expected.json it checks that:
  * the markup is well nested (every non-void element is closed explicitly),
  * exactly one element has data-testid="article-body",
  * no external resource is referenced (src/href/url()/@import to http(s) or //),
  * every "highlight" (and "stretch_highlight") string occurs exactly once in the
    *included* article text and every "not_highlight" string occurs zero times there
    but at least once in the excluded text.

Text model (same as DOM textContent, concatenated across inline markup):
  included = text inside [data-testid=article-body] that is NOT inside
             [data-testid=not-article], [hidden], [aria-hidden=true], <script>,
             <style>, <template>, <noscript>;
  excluded = every other text node of the document.
Excluded stretches are replaced by U+0000 so a match can never join text across them.
"""
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
        "source", "track", "wbr"}
RAW_EXCLUDED = {"script", "style", "template", "noscript", "head", "title"}
GAP = "\x00"


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []  # (tag, is_article, is_excluded)
        self.segments = []  # (text, in_article, excluded)
        self.article_count = 0
        self.errors = []

    def _flags(self, tag, attrs):
        a = dict(attrs)
        is_article = a.get("data-testid") == "article-body"
        excluded = (a.get("data-testid") == "not-article" or "hidden" in a
                    or a.get("aria-hidden") == "true" or tag in RAW_EXCLUDED)
        return is_article, excluded

    def handle_starttag(self, tag, attrs):
        is_article, excluded = self._flags(tag, attrs)
        if is_article:
            self.article_count += 1
        if tag in VOID:
            return
        self.stack.append((tag, is_article, excluded))

    def handle_startendtag(self, tag, attrs):
        is_article, _ = self._flags(tag, attrs)
        if is_article:
            self.article_count += 1

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"line {self.getpos()[0]}: </{tag}> does not match "
                               f"<{self.stack[-1][0] if self.stack else None}>")
            # recover: pop to the nearest matching tag
            for i in range(len(self.stack) - 1, -1, -1):
                if self.stack[i][0] == tag:
                    del self.stack[i:]
                    break
            return
        self.stack.pop()

    def handle_data(self, data):
        in_article = any(s[1] for s in self.stack)
        excluded = any(s[2] for s in self.stack)
        self.segments.append((data, in_article, excluded))

    def texts(self):
        inc, exc = [], []
        for text, in_article, excluded in self.segments:
            if in_article and not excluded:
                inc.append(text)
                exc.append(GAP)
            else:
                inc.append(GAP)
                exc.append(text)
        return "".join(inc), "".join(exc)


def external_refs(html):
    pats = [r'\b(?:src|href|poster|srcset|action)\s*=\s*["\']?\s*(?:https?:)?//',
            r'url\(\s*["\']?\s*(?:https?:)?//', r'@import']
    return [m.group(0) for p in pats for m in re.finditer(p, html, re.I)]


def main():
    with open(os.path.join(HERE, "expected.json"), encoding="utf-8") as f:
        expected = json.load(f)
    failures = 0
    for name, spec in expected.items():
        if name.startswith("_"):
            continue
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            html = f.read()
        p = Page()
        p.feed(html)
        p.close()
        problems = list(p.errors)
        if p.stack:
            problems.append(f"unclosed elements: {[s[0] for s in p.stack]}")
        if p.article_count != 1:
            problems.append(f"{p.article_count} elements with data-testid=article-body")
        if 'rel="icon" href="data:,"' not in html:
            problems.append("missing <link rel=\"icon\" href=\"data:,\">")
        ext = external_refs(html)
        if ext:
            problems.append(f"external references: {ext}")
        inc, exc = p.texts()
        for s in spec.get("highlight", []) + spec.get("stretch_highlight", []):
            n = inc.count(s)
            if n != 1:
                problems.append(f"highlight occurs {n}x in article text: {s!r}")
        for s in spec.get("not_highlight", []):
            if inc.count(s):
                problems.append(f"not_highlight occurs in article text: {s!r}")
            if not exc.count(s):
                problems.append(f"not_highlight not found in excluded text: {s!r}")
        words = len(re.findall(r"\w+", inc.replace(GAP, " ")))
        status = "OK " if not problems else "FAIL"
        print(f"{status} {name}: {words} words of included article text, "
              f"{len(spec.get('highlight', []))} highlight / "
              f"{len(spec.get('not_highlight', []))} not_highlight")
        for pr in problems:
            print("     -", pr)
        failures += bool(problems)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
