// highlight() in stages, so that a large page never waits on one long task: the page's
// thread reads the text in slices, a Web Worker scans it (when the text is large and a worker can
// run), and the page's thread paints in slices of a frame's budget, the part in view first,
// yielding between slices. The shim (claimlens.js) and the snippet (inlined by
// scripts/build-snippet.mjs) both run this; it holds no detection logic.

/** Texts shorter than this (UTF-16 units, about 7,000 words: a scan of some 25 ms) are
 *  scanned and painted at once, as highlight() does. */
export const WORKER_MIN_CHARS = 40000;

/** A slice of painting, in ms: well inside one frame, and far below a 50 ms long task. */
export const SLICE_MS = 8;

/** Lets the page run (input, rendering, and its own tasks) before the next slice: a new
 *  task at the page's own priority. (Not scheduler.yield(): its continuation goes ahead of
 *  the page's timers and messages, which then wait for the whole painting.) */
export function nextTask() {
  return new Promise((resolve) => {
    try {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    } catch {
      setTimeout(resolve, 0);
    }
  });
}

/** The longest wait for an idle moment before the worker starts and warms the module up. */
const IDLE_START_MS = 1000;

/** How long a worker may take to start before the scan runs on the page instead. */
const WORKER_START_MS = 10000;

/** A scan in a Web Worker: returns `scan(text)`, which resolves to the report as bytes (a
 *  Uint8Array), or
 *  to null where no worker can scan it (a CSP that forbids it, no workers, a failed start,
 *  a worker that died): the caller then scans on the page's thread. `makeWorker()` makes
 *  the worker; `wasmSource()` is what it instantiates (a compiled WebAssembly.Module, or
 *  the wasm's URL). The worker is started at the first call (or by `scan.startWhenIdle()`) and kept;
 *  one that dies is replaced at the next call; one that cannot start is not tried again. */
export function workerScanner(makeWorker, wasmSource) {
  let started; // a promise of { w, replies } or of null; undefined: not tried (or died)
  let nextId = 0;

  function start() {
    const mine = new Promise((resolve) => {
      let w;
      const replies = new Map();
      const give = (value) => {
        if (!value) {
          try { w?.terminate(); } catch { /* gone */ }
        }
        resolve(value);
      };
      try {
        w = makeWorker();
      } catch {
        give(null);
        return;
      }
      const timer = setTimeout(() => give(null), WORKER_START_MS);
      w.onerror = (ev) => { ev?.preventDefault?.(); clearTimeout(timer); give(null); };
      w.onmessage = ({ data }) => {
        clearTimeout(timer);
        if (!data?.ready) { give(null); return; }
        const running = { w, replies, dead: false };
        const died = () => {
          running.dead = true;
          try { w.terminate(); } catch { /* gone */ }
          if (started === mine) started = undefined;
          for (const reply of replies.values()) reply(null);
          replies.clear();
        };
        w.onerror = (ev) => { ev?.preventDefault?.(); died(); };
        w.onmessage = ({ data: answer }) => {
          const reply = replies.get(answer?.id);
          replies.delete(answer?.id);
          if (answer?.report instanceof Uint8Array) {
            reply?.(answer.report);
          } else {
            reply?.(null);
            died(); // a trap leaves the worker's instance unsound
          }
        };
        give(running);
      };
      try {
        w.postMessage({ init: wasmSource() });
      } catch {
        clearTimeout(timer);
        give(null);
      }
    });
    started = mine;
    return mine;
  }

  async function scan(text, language) {
    let running = null;
    try {
      running = await (started ?? start());
    } catch { /* no worker */ }
    if (!running || running.dead) return null;
    const id = ++nextId;
    return new Promise((resolve) => {
      running.replies.set(id, resolve);
      try {
        running.w.postMessage({ id, text, language });
      } catch {
        running.replies.delete(id);
        resolve(null);
      }
    });
  }
  /** Starts the worker once the page's thread is idle, not at the first large text: as it
   *  starts it warms the module up (claimlens-worker.js), so that a later first scan on
   *  the page finds the code compiled. (Idle: a scan that follows at once is not slowed
   *  down by a worker starting beside it.) */
  scan.startWhenIdle = () => {
    try {
      const go = () => { if (!started) start(); };
      if (typeof requestIdleCallback === "function") requestIdleCallback(go, { timeout: IDLE_START_MS });
      else setTimeout(go, IDLE_START_MS);
    } catch { /* a page that broke the timers: the worker starts at the first large text */ }
  };
  return scan;
}

/** Highlights under `root` as highlight(root, options) does, in stages. `call(name, args)`
 *  calls the wasm export `name`; `scanElsewhere(text)` resolves to the worker's report
 *  (bytes) or null (no worker: the scan runs here). `onProgress({stage, done, total})` hears
 *  "read" (the page's text is being read, on a large page), "scan" (the worker is scanning
 *  `total` characters) and "paint" (`done` of `total`
 *  items painted). A short text is done within the call's first task. Resolves to what
 *  highlight() returns. */
export async function highlightInSlices(call, scanElsewhere, root, options, onProgress) {
  const progress = (stage, done, total) => {
    try { onProgress?.({ stage, done, total }); } catch { /* the caller's problem, not ours */ }
  };
  const token = call("beginHighlight", [root, options]);
  let text = call("readSome", [token, SLICE_MS]);
  while (text === undefined) {
    progress("read", 0, 0);
    await nextTask();
    text = call("readSome", [token, SLICE_MS]);
  }
  const large = text.length >= WORKER_MIN_CHARS;
  let scanned = null;
  let scanMs = 0;
  if (large) {
    progress("scan", 0, text.length);
    const t0 = performance.now();
    const language = call("pageLanguage", [token]);
    scanned = scanElsewhere ? await scanElsewhere(text, language) : null;
    scanMs = performance.now() - t0;
    await nextTask();
  }
  const total = call("finishHighlight", [token, scanned, scanMs]);
  if (large) await nextTask();
  let left = call("paintSome", [token, large ? SLICE_MS : Infinity]);
  while (left > 0) {
    progress("paint", total - left, total);
    await nextTask();
    left = call("paintSome", [token, SLICE_MS]);
  }
  if (large) {
    progress("paint", total, total);
    await nextTask();
  }
  return call("highlightResult", [token]);
}
