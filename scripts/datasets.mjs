// Where the external corpora are: NAME_DIR from the environment, else from the untracked
// eval/datasets.env (`POLNEAR_DIR=…`, `AEB_DIR=…`; the last line for a name wins). One reader
// for every script and bench that uses a corpus; each prints "skipped" when it gets null.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";

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

/** The article-extraction benchmark's pages under `dir` (its html/KEY.html.gz), keys sorted. */
export function aebKeys(dir) {
  return readdirSync(join(dir, "html")).filter((f) => f.endsWith(".html.gz"))
    .map((f) => f.slice(0, -".html.gz".length)).sort();
}

/** The HTML of benchmark page `key` (its bytes, unzipped; the corpus stores UTF-8). */
export function aebHtml(dir, key) {
  return gunzipSync(readFileSync(join(dir, "html", `${key}.html.gz`)));
}

/** Serves the benchmark's pages in a Playwright context or page (`target`) at
 *  `${serverUrl}aeb/KEY.html`, from memory; other requests to `serverUrl` go through, and
 *  nothing reaches out: a navigation elsewhere gets an empty answer (a 204 is no navigation:
 *  a page that navigates itself away stays), any other request is aborted. */
export function routeAebPages(target, serverUrl, dir) {
  return target.route("**/*", async (route) => {
    const url = route.request().url();
    const m = url.match(/\/aeb\/([0-9a-f]+)\.html$/);
    if (m && url.startsWith(serverUrl)) {
      return route.fulfill({ status: 200, body: aebHtml(dir, m[1]), headers: { "content-type": "text/html; charset=utf-8" } });
    }
    if (url.startsWith(serverUrl)) return route.continue();
    if (route.request().isNavigationRequest()) return route.fulfill({ status: 204, body: "" });
    return route.abort();
  });
}
