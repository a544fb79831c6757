// Where the external corpora are: NAME_DIR from the environment, else from the untracked
// eval/datasets.env (`POLNEAR_DIR=…`, `AEB_DIR=…`; the last line for a name wins). One reader
// for every script and bench that uses a corpus; each prints "skipped" when it gets null.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ENV_FILE = fileURLToPath(new URL("../eval/datasets.env", import.meta.url));

/** The directory named NAME (for example "AEB_DIR"), or null when none is set or it is gone. */
export function datasetDir(name) {
  let dir = process.env[name];
  if (!dir && existsSync(ENV_FILE)) {
    dir = readFileSync(ENV_FILE, "utf8").split("\n").reverse()
      .find((l) => l.startsWith(`${name}=`))?.slice(name.length + 1).trim();
  }
  return dir && existsSync(dir) ? dir : null;
}
