"""claimlens: quotes, who said them, and hedged claims in news text.

The analysis runs in Rust (the same core as the claimlens CLI and the browser module).
Every function returns plain dicts and lists; offsets count code points, so
``text[q["start"]:q["end"]] == q["text"]``.

>>> import claimlens
>>> r = claimlens.scan("“No deal,” said Ana Ruiz.")
>>> r["quotes"][0]["speaker"]
'Ana Ruiz'
"""

from ._claimlens import __version__, article_text, scan, scan_html, scan_many

__all__ = ["__version__", "article_text", "scan", "scan_html", "scan_many"]
