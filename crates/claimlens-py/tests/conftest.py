"""Shared fixtures: the repository's paths and the release CLI to compare against."""

import os
import pathlib
import signal
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[3]


@pytest.fixture(autouse=True)
def deadline():
    """A test that hangs (a Dask worker that cannot run its tasks waits for ever) fails
    after five minutes instead of holding up `make test`."""

    def expire(signum, frame):
        raise TimeoutError("the test ran for over 300 s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(300)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


@pytest.fixture(scope="session")
def root():
    return ROOT


@pytest.fixture(scope="session")
def cli():
    """Runs the claimlens CLI (make cli builds it; CLAIMLENS_CLI names another)."""
    path = pathlib.Path(os.environ.get("CLAIMLENS_CLI", ROOT / "target/release/claimlens"))
    assert path.exists(), f"{path} is missing: run `make cli` first"

    def run(*args, input=None):
        done = subprocess.run([str(path), *map(str, args)], input=input, capture_output=True, check=False)
        assert done.returncode in (0, 1), done.stderr.decode()
        return done.stdout.decode()

    return run


def articles(root):
    """The project's own article texts (fixtures and samples): realistic, written here."""
    paths = sorted((root / "tests/fixtures").glob("*.txt")) + sorted((root / "www/samples").glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]
