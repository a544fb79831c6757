"""Types of the claimlens package (the functions are in the native module)."""

from collections.abc import Iterable
from typing import Literal, TypedDict

__version__: str

SpeakerKind = Literal["person", "organisation", "group", "document", "anonymous"]

class Quote(TypedDict):
    """A stretch between a pair of quote marks, marks included."""

    start: int
    end: int
    text: str
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    speaker_kind: SpeakerKind | None
    speaker_confidence: float | None
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    kind: Literal["speech", "scare"]
    depth: int
    words: int
    """The quote's own words (nested quotes' words left out), as speaker tables count."""

class Attribution(TypedDict):
    """A reported-speech event: who said something, and the cue that says so."""

    start: int
    end: int
    speaker: str | None
    speaker_kind: SpeakerKind | None
    speaker_confidence: float | None
    cue: str
    cue_start: int
    cue_end: int
    kind: Literal["direct", "indirect", "according_to", "other"]

class Hedge(TypedDict):
    """A word or phrase that softens, distances or vaguely sources a claim."""

    start: int
    end: int
    text: str
    kind: Literal["modal", "adverb", "adjective", "verb", "noun", "distancing", "weasel", "other"]
    claim_start: int
    claim_end: int

class Report(TypedDict):
    quotes: list[Quote]
    attributions: list[Attribution]
    hedges: list[Hedge]
    language: Literal["en", "fr", "de", "es"]
    """The language the text was read in (the argument, else the page's, else detected)."""

class PageReport(Report):
    text: str
    """The article's text, one paragraph a line: what the offsets point into."""

def scan(text: str, language: str | None = None) -> Report:
    """Scans a text; offsets count code points. ``language`` ("en", "fr", "de", "es", a
    region allowed: "fr-CA"): the text's; by default it is detected. Another raises
    ``ValueError``."""

def scan_html(html: str | bytes, language: str | None = None) -> PageReport:
    """Finds the article of a saved web page (bytes: its declared charset, else UTF-8),
    as the browser module does, and scans its text (in ``language``, else the page's
    ``<html lang>``, else the one detected)."""

def article_text(html: str | bytes) -> str:
    """The readable text of a page's article, one paragraph a line."""

def scan_many(
    texts: Iterable[str] | Iterable[str | bytes],
    jobs: int | None = None,
    html: bool = False,
    language: str | None = None,
) -> list[Report]:
    """Scans many texts (or pages, with ``html=True``; then each dict also has ``text``) on
    ``jobs`` threads, every core by default, with the GIL released. Results are in the
    order of ``texts``."""
