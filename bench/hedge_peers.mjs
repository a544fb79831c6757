// Hedge detection, side by side: claimlens against the npm prose linters people use to flag
// hedges and weasel words (write-good, retext-intensify), scored on the same gold.
//
//   node bench/hedge_peers.mjs [EVAL_DIR] [--gold-dir DIR]
//
// EVAL_DIR holds score.py and articles/ (default: ../shared/eval from the repository root);
// --gold-dir scores another gold set (NAME.txt + NAME.gold.json, e.g. tests/fixtures) with the
// same scorer. Each tool's flagged spans become a `hedges` list (UTF-16 offsets: JavaScript
// string indices are UTF-16 code units), written as NAME.json per article into a temporary
// directory, then scored with `score.py --pred-dir … --json`. claimlens runs through its CLI
// (target/release/claimlens, built first if cargo is at hand).

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { unified } from 'unified';
import retextEnglish from 'retext-english';
import retextIntensify from 'retext-intensify';
import retextStringify from 'retext-stringify';
import writeGood from 'write-good';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const args = { evalDir: resolve(root, '../shared/eval'), goldDir: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--gold-dir') args.goldDir = resolve(argv[++i] ?? '');
    else if (argv[i] === '-h' || argv[i] === '--help') {
      console.log('usage: node bench/hedge_peers.mjs [EVAL_DIR] [--gold-dir DIR]');
      process.exit(0);
    } else args.evalDir = resolve(argv[i]);
  }
  args.goldDir ??= join(args.evalDir, 'articles');
  return args;
}

const span = (text, start, end, kind = 'other') => ({ start, end, text: text.slice(start, end), kind });

// write-good with its weasel-word check alone (the one meant for this), or with its "can
// weaken meaning" adverb check too; its other checks (passive voice, clichés, wordiness,
// repeated words) are not about hedging.
function writeGoodHedges(checks) {
  const all = ['weasel', 'illusion', 'so', 'thereIs', 'passive', 'adverb', 'tooWordy', 'cliches'];
  const opts = Object.fromEntries(all.map((c) => [c, checks.includes(c)]));
  return (text) => writeGood(text, opts).map((s) => span(text, s.index, s.index + s.offset, 'weasel'));
}

// retext-intensify reports hedge, weasel and filler words; `rules` picks which count.
function retextHedges(rules) {
  const processor = unified().use(retextEnglish).use(retextIntensify).use(retextStringify);
  return (text) => {
    const file = processor.processSync(text);
    return file.messages
      .filter((m) => rules.includes(m.ruleId) && m.place?.start && m.place?.end)
      .map((m) => span(text, m.place.start.offset, m.place.end.offset, m.ruleId === 'hedge' ? 'other' : 'weasel'));
  };
}

function claimlensBinary() {
  const bin = join(root, 'target/release/claimlens');
  const build = spawnSync('cargo', ['build', '--release', '--quiet', '--bin', 'claimlens'], { cwd: root, stdio: 'inherit' });
  if (build.error && !existsSync(bin)) throw new Error(`cannot build claimlens: ${build.error.message}`);
  if (build.status && build.status !== 0) throw new Error('cargo build failed');
  return bin;
}

function claimlensHedges(bin) {
  return (_text, path) => {
    const run = spawnSync(bin, ['scan', '--format', 'json', path], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (run.status !== 0) throw new Error(`claimlens failed on ${path}: ${run.stderr}`);
    return JSON.parse(run.stdout).hedges;
  };
}

function score(scorer, goldDir, predDir) {
  const run = spawnSync('python3', [scorer, '--pred-dir', predDir, '--gold-dir', goldDir, '--json'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`score.py failed: ${run.stderr}`);
  const { micro } = JSON.parse(run.stdout);
  const c = micro.counts;
  return { p: micro.hedge_p, r: micro.hedge_r, f1: micro.hedge_f1, predicted: c.h_tp + c.h_fp, gold: c.h_tp + c.h_fn };
}

function main() {
  const { evalDir, goldDir } = parseArgs(process.argv.slice(2));
  const scorer = join(evalDir, 'score.py');
  if (!existsSync(scorer)) throw new Error(`no score.py in ${evalDir}`);
  const names = readdirSync(goldDir)
    .filter((f) => f.endsWith('.gold.json'))
    .map((f) => f.slice(0, -'.gold.json'.length))
    .sort();
  if (names.length === 0) throw new Error(`no *.gold.json in ${goldDir}`);

  const tools = [
    ['write-good (weasel check)', writeGoodHedges(['weasel'])],
    ['write-good (weasel+adverb checks)', writeGoodHedges(['weasel', 'adverb'])],
    ['retext-intensify (hedge+weasel)', retextHedges(['hedge', 'weasel'])],
    ['retext-intensify (all rules)', retextHedges(['hedge', 'weasel', 'filler'])],
    ['claimlens', claimlensHedges(claimlensBinary())],
  ];
  const tmp = mkdtempSync(join(tmpdir(), 'hedge-peers-'));
  const rows = [];
  try {
    tools.forEach(([tool, find], t) => {
      const dir = join(tmp, String(t));
      mkdirSync(dir);
      for (const name of names) {
        const path = join(goldDir, `${name}.txt`);
        const text = readFileSync(path, 'utf8');
        const pred = { quotes: [], attributions: [], hedges: find(text, path) };
        writeFileSync(join(dir, `${name}.json`), JSON.stringify(pred));
      }
      rows.push({ tool, ...score(scorer, goldDir, dir) });
    });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }

  console.log(`hedges on ${names.length} articles of ${goldDir} (gold: ${rows[0].gold} hedge cues)\n`);
  const w = Math.max(...rows.map((r) => r.tool.length));
  const cols = ['precision', 'recall', 'F1', 'predicted'];
  console.log(['tool'.padEnd(w), ...cols.map((c) => c.padStart(9))].join('  '));
  console.log('-'.repeat(w + 11 * cols.length));
  for (const r of rows) {
    const nums = [r.p, r.r, r.f1].map((x) => x.toFixed(2).padStart(9));
    console.log([r.tool.padEnd(w), ...nums, String(r.predicted).padStart(9)].join('  '));
  }
}

try {
  main();
} catch (e) {
  console.error(`hedge_peers: ${e.message}`);
  process.exit(1);
}
