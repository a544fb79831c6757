// Hedge detection, side by side: claimlens against the npm prose linters people use to flag
// hedges and weasel words (write-good, retext-intensify), scored on the same gold sets.
//
//   node bench/hedge_peers.mjs [EVAL_DIR] [--gold-dir DIR] [--sets shared,dev,heldout]
//
// The sets, one column group each:
//   shared   EVAL_DIR/articles (EVAL_DIR holds score.py; default ../shared/eval)
//   dev      the PolNeAR hedge set, dev half (eval/polnear_hedges), rebuilt from the PolNeAR
//            snapshot named by POLNEAR_DIR (environment, or eval/datasets.env)
//   heldout  its held-out half, likewise (score it once, at the end: see its README)
// --sets picks some (default: shared,dev and heldout when a snapshot is at hand); --gold-dir
// scores one other gold folder (NAME.txt + NAME.gold.json, e.g. tests/fixtures) instead.
// Each tool's flagged spans become a `hedges` list (UTF-16 offsets: JavaScript string indices
// are UTF-16 code units), written as NAME.json per article into a temporary directory, then
// scored with `score.py --pred-dir … --json`. claimlens runs through its CLI
// (target/release/claimlens, built first if cargo is at hand).

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { unified } from 'unified';
import retextEnglish from 'retext-english';
import retextIntensify from 'retext-intensify';
import retextStringify from 'retext-stringify';
import writeGood from 'write-good';
import { datasetDir } from '../scripts/datasets.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const args = { evalDir: resolve(root, '../shared/eval'), goldDir: null, sets: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--gold-dir') args.goldDir = resolve(argv[++i] ?? '');
    else if (argv[i] === '--sets') args.sets = (argv[++i] ?? '').split(',').filter(Boolean);
    else if (argv[i] === '-h' || argv[i] === '--help') {
      console.log('usage: node bench/hedge_peers.mjs [EVAL_DIR] [--gold-dir DIR] [--sets shared,dev,heldout]');
      process.exit(0);
    } else args.evalDir = resolve(argv[i]);
  }
  return args;
}

// The PolNeAR snapshot: POLNEAR_DIR from the environment or eval/datasets.env.
const polnearDir = () => datasetDir("POLNEAR_DIR");

// A half of the PolNeAR hedge set, extracted into `out` (text + gold; nothing is kept).
function extractPolnear(snapshot, split, out) {
  const run = spawnSync('python3', [join(root, 'eval/polnear_hedges/extract.py'), '--snapshot', snapshot,
    '--split', split, '--out', out], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`extract.py --split ${split} failed: ${run.stderr}`);
  return out;
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

function scoreSet(scorer, goldDir, tools, tmp) {
  const names = readdirSync(goldDir)
    .filter((f) => f.endsWith('.gold.json'))
    .map((f) => f.slice(0, -'.gold.json'.length))
    .sort();
  if (names.length === 0) throw new Error(`no *.gold.json in ${goldDir}`);
  const rows = tools.map(([, find], t) => {
    const dir = mkdtempSync(join(tmp, `pred-${t}-`));
    for (const name of names) {
      const path = join(goldDir, `${name}.txt`);
      const text = readFileSync(path, 'utf8');
      const pred = { quotes: [], attributions: [], hedges: find(text, path) };
      writeFileSync(join(dir, `${name}.json`), JSON.stringify(pred));
    }
    return score(scorer, goldDir, dir);
  });
  return { articles: names.length, gold: rows[0].gold, rows };
}

function main() {
  const { evalDir, goldDir, sets } = parseArgs(process.argv.slice(2));
  const scorer = join(evalDir, 'score.py');
  if (!existsSync(scorer)) throw new Error(`no score.py in ${evalDir}`);
  const tools = [
    ['write-good (weasel check)', writeGoodHedges(['weasel'])],
    ['write-good (weasel+adverb checks)', writeGoodHedges(['weasel', 'adverb'])],
    ['retext-intensify (hedge+weasel)', retextHedges(['hedge', 'weasel'])],
    ['retext-intensify (all rules)', retextHedges(['hedge', 'weasel', 'filler'])],
    ['claimlens', claimlensHedges(claimlensBinary())],
  ];
  const tmp = mkdtempSync(join(tmpdir(), 'hedge-peers-'));
  const columns = [];
  try {
    if (goldDir) {
      columns.push({ title: goldDir, ...scoreSet(scorer, goldDir, tools, tmp) });
    } else {
      const snapshot = polnearDir();
      const wanted = sets ?? ['shared', ...(snapshot ? ['dev', 'heldout'] : [])];
      for (const set of wanted) {
        if (set === 'shared') {
          columns.push({ title: '../shared/eval', ...scoreSet(scorer, join(evalDir, 'articles'), tools, tmp) });
        } else if (set === 'dev' || set === 'heldout') {
          if (!snapshot) throw new Error(`--sets ${set}: no POLNEAR_DIR (environment or eval/datasets.env)`);
          const dir = extractPolnear(snapshot, set, mkdtempSync(join(tmp, `polnear-${set}-`)));
          columns.push({ title: `PolNeAR ${set === 'dev' ? 'dev' : 'held-out'}`, ...scoreSet(scorer, dir, tools, tmp) });
        } else throw new Error(`unknown set ${set} (shared, dev, heldout)`);
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }

  for (const c of columns) console.log(`${c.title}: ${c.articles} articles, ${c.gold} gold hedge cues`);
  console.log('hedge precision / recall / F1 (predicted cues)\n');
  const w = Math.max(...tools.map(([tool]) => tool.length));
  const cell = (r) => `${r.p.toFixed(2)} / ${r.r.toFixed(2)} / ${r.f1.toFixed(2)} (${r.predicted})`;
  const widths = columns.map((c) => Math.max(c.title.length, ...c.rows.map((r) => cell(r).length)));
  console.log(['tool'.padEnd(w), ...columns.map((c, i) => c.title.padEnd(widths[i]))].join('  ').trimEnd());
  console.log('-'.repeat(w + widths.reduce((a, b) => a + b + 2, 0)));
  tools.forEach(([tool], t) => {
    console.log([tool.padEnd(w), ...columns.map((c, i) => cell(c.rows[t]).padEnd(widths[i]))].join('  ').trimEnd());
  });
}

try {
  main();
} catch (e) {
  console.error(`hedge_peers: ${e.message}`);
  process.exit(1);
}
