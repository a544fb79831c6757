// docs/scan.schema.json (JSON Schema 2020-12, checked with ajv) against what the CLI really
// writes: the bare report of every fixture article, sample, fuzz-corpus text and page (and
// the shared eval articles when they are beside the repository), the array and JSONL records
// of a batch with --explain, --with-text and other offsets, and error records of files and
// JSONL lines. Then the schema must refuse reports with a wrong type, a missing or extra
// field, or a bad kind, so that it is strict enough to catch a change of the output.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";

const CLI = "target/release/claimlens";
const schema = JSON.parse(readFileSync("docs/scan.schema.json", "utf8"));
// Strict (unknown keywords and formats are errors), except ajv's own strictTypes and
// strictRequired, which want "type" and "properties" beside every "required" of the
// oneOf/not branches (standard 2020-12 without them).
const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, strictRequired: false });
const validate = ajv.compile(schema);
const validateRecord = ajv.compile({ $ref: `${schema.$id}#/$defs/record` });

const check = (fn, value, what) =>
  assert.ok(fn(value), `${what}: ${ajv.errorsText(fn.errors, { separator: "\n  " })}`);

function run(args, input) {
  const r = spawnSync(CLI, args, { input, encoding: "utf8", maxBuffer: 1 << 28 });
  assert.ok(r.status === 0 || r.status === 1, `claimlens ${args.join(" ")}: exit ${r.status} ${r.stderr}`);
  return r;
}

const files = (dir, ext) => (existsSync(dir) ? readdirSync(dir).filter((f) => ext.some((e) => f.endsWith(e)))
  .sort().map((f) => join(dir, f)) : []);
const SHARED = process.env.CLAIMLENS_EVAL_DIR ?? "../shared/eval";
const inputs = [
  ...files("tests/fixtures", [".txt"]), ...files("www/samples", [".txt"]), ...files("fuzz/corpus", [".txt"]),
  ...files("tests/pages", [".html"]), ...files(join(SHARED, "articles"), [".txt"]),
];

test("every article's bare report (scan --format json FILE) fits the schema", () => {
  assert.ok(inputs.length >= 50, `${inputs.length} inputs`);
  for (const f of inputs) {
    const r = run(["scan", "--format", "json", f]);
    assert.equal(r.status, 0, f);
    const out = JSON.parse(r.stdout);
    check(validate, out, f);
    if (f.endsWith(".html")) assert.equal(typeof out.text, "string", `${f}: a page's report has its text`);
  }
  const stdin = JSON.parse(run(["scan", "--explain", "-"], readFileSync(inputs[0], "utf8")).stdout);
  check(validate, stdin, "stdin with --explain");
  assert.ok(stdin.decisions.length > 0);
});

test("a batch's array and JSONL records fit the schema, with --explain, --with-text and every offset unit", () => {
  for (const offsets of ["utf16", "codepoint", "byte"]) {
    const array = JSON.parse(run(["scan", "--format", "json", "--explain", "--with-text", "--offsets", offsets,
      ...inputs]).stdout);
    assert.equal(array.length, inputs.length);
    check(validate, array, `array, ${offsets}`);
    const lines = run(["scan", "--format", "jsonl", "--offsets", offsets, ...inputs]).stdout.trim().split("\n");
    assert.equal(lines.length, inputs.length);
    for (const line of lines) check(validateRecord, JSON.parse(line), `jsonl line, ${offsets}`);
  }
  check(validate, JSON.parse(run(["scan", "--format", "json", "tests/fixtures"]).stdout), "a directory");
});

test("a report with watch-list matches fits the schema", () => {
  const r = JSON.parse(run(["scan", "--format", "json", "--watch", "said", "--watch", "offici\\w+",
    "www/samples/wire-politics.txt"]).stdout);
  assert.ok(r.watch?.length > 0, "the watch list matched");
  check(validate, r, "--watch");
  r.watch[0].pattern_index = "0";
  assert.equal(validate(r), false, "the schema accepted a pattern index as a string");
});

test("error records of files and JSONL lines fit the schema", () => {
  const dir = "target/schema-check";
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "latin1.txt"), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
  const good = inputs[0];
  const fileRun = run(["scan", "--format", "json", good, join(dir, "missing.txt"), join(dir, "latin1.txt")]);
  assert.equal(fileRun.status, 1);
  const records = JSON.parse(fileRun.stdout);
  check(validate, records, "file error records");
  assert.equal(records.filter((r) => r.error).length, 2);

  const text = readFileSync(good, "utf8");
  const jsonl = [
    JSON.stringify({ id: "a", text }), "not json", JSON.stringify({ id: 7 }),
    JSON.stringify({ id: 8, html: "<p>“Yes,” she said.</p>" }), JSON.stringify({ text: "No id, may be." }),
  ].join("\n") + "\n";
  for (const format of ["jsonl", "json"]) {
    const r = run(["scan", "--input", "jsonl", "--format", format, "-"], jsonl);
    assert.equal(r.status, 1);
    const out = format === "json" ? JSON.parse(r.stdout) : r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    assert.equal(out.length, 5);
    assert.equal(out.filter((o) => o.error).length, 2, JSON.stringify(out.map((o) => o.error)));
    if (format === "json") check(validate, out, "JSONL input, json output");
    else for (const o of out) check(validateRecord, o, `JSONL input, line ${JSON.stringify(o.id)}`);
  }
});

test("the schema refuses a wrong type, a missing or extra field and an unknown kind", () => {
  const report = JSON.parse(run(["scan", "--format", "json", "www/samples/wire-politics.txt"]).stdout);
  check(validate, report, "the sample");
  assert.ok(report.quotes.length && report.attributions.length && report.hedges.length);
  const broken = {
    "a quote's start as a string": (r) => { r.quotes[0].start = String(r.quotes[0].start); },
    "a negative offset": (r) => { r.hedges[0].end = -1; },
    "a quote without its speaker field": (r) => { delete r.quotes[0].speaker; },
    "no hedges list": (r) => { delete r.hedges; },
    "an unknown quote kind": (r) => { r.quotes[0].kind = "rumour"; },
    "an unknown speaker kind": (r) => { r.attributions[0].speaker_kind = "robot"; },
    "a confidence above 1": (r) => { r.attributions[0].speaker_confidence = 1.5; },
    "an attribution without its cue": (r) => { r.attributions[0].cue = null; },
    "a field the CLI never writes": (r) => { r.hedges[0].severity = 3; },
    "corrected: false (only true is written)": (r) => { r.quotes[0].corrected = false; },
    "a bare report naming its path": (r) => { r.path = "a.txt"; },
  };
  for (const [what, breakIt] of Object.entries(broken)) {
    const r = structuredClone(report);
    breakIt(r);
    assert.equal(validate(r), false, `the schema accepted ${what}`);
  }
  const records = {
    "a record naming no input": { quotes: [], attributions: [], hedges: [] },
    "an error record without its error": { path: "a.txt" },
    "an error record with a report": { path: "a.txt", error: "x", quotes: [], attributions: [], hedges: [] },
    "a JSONL error without its line": { id: 3, error: "x" },
    "a line number 0": { id: 3, line: 0, error: "x" },
  };
  for (const [what, record] of Object.entries(records)) {
    assert.equal(validateRecord(record), false, `the schema accepted ${what}`);
    assert.equal(validate([record]), false, `the schema accepted ${what} in an array`);
  }
  check(validateRecord, { id: null, line: 2, error: "not JSON" }, "an unreadable line's error record");
});
