"""Reading PolNeAR files from a fetched git dir or a plain checkout (nothing is copied)."""
import os, subprocess


def _plain(snapshot):
    return os.path.isdir(os.path.join(snapshot, "data"))


def _git_dir(snapshot):
    g = os.path.join(snapshot, ".git")
    return g if os.path.isdir(g) else snapshot


def read(snapshot, path):
    if _plain(snapshot):
        with open(os.path.join(snapshot, path), encoding="utf-8") as f:
            return f.read()
    return subprocess.run(["git", "--git-dir", _git_dir(snapshot), "show", f"HEAD:{path}"],
                          capture_output=True, check=True).stdout.decode("utf-8")


def ls(snapshot, path):
    if _plain(snapshot):
        return sorted(os.path.join(path, n) for n in os.listdir(os.path.join(snapshot, path)))
    out = subprocess.run(["git", "--git-dir", _git_dir(snapshot), "ls-tree", "--name-only", "HEAD",
                          path + "/"], capture_output=True, check=True).stdout.decode()
    return sorted(l for l in out.splitlines() if l)
