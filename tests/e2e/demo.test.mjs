// The demo page, as a user gets it from `make demo`: served, loaded in Chromium, used.
// Each test opens a fresh page and checks that no console error happened and that no
// request left the page's origin. Screenshots go to test-results/ (docs/*.png are copies).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "../../scripts/serve.mjs";
import { launch, watchErrors } from "./browser.mjs";

const CLI = "target/release/claimlens";
let server, browser;
before(async () => {
  server = await serve("www");
  browser = await launch();
  mkdirSync("test-results", { recursive: true });
});
after(async () => { await browser?.close(); await server?.close(); });

/** A fresh page on the demo, ready (first highlight done), with its errors and the
 *  requests that went elsewhere than the demo server. */
async function open({ width = 1280, height = 900, colorScheme = "light", reducedMotion = "no-preference", hash = "" } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme, reducedMotion, acceptDownloads: true });
  const page = await context.newPage();
  const errors = watchErrors(page);
  const foreign = [];
  page.on("request", (r) => { if (!r.url().startsWith(server.url) && !/^(data|blob):/.test(r.url())) foreign.push(r.url()); });
  await page.goto(server.url + hash);
  await page.waitForSelector("body[data-ready=true]", { timeout: 20_000 });
  const done = async () => {
    assert.deepEqual(errors, [], "console errors");
    assert.deepEqual(foreign, [], "requests that left the page");
    await context.close();
  };
  return { page, context, errors, done };
}

/** The text claimlens read: the article's paragraphs joined by "\n", plus a final "\n". */
const shownText = (page) => page.evaluate(() =>
  [...document.querySelectorAll("#article > p")].map((p) => `${p.textContent}\n`).join(""));

/** The core's report of a text, from the wasm module the page loaded. */
const coreScan = (page, text) => page.evaluate(async (t) => (await import("./claimlens.js")).scan(t), text);

/** Texts of the ranges of every highlight whose name starts with `prefix`, in page order. */
const highlighted = (page, prefix) => page.evaluate((p) =>
  [...CSS.highlights].filter(([name]) => name.startsWith(p)).flatMap(([, hl]) => [...hl])
    .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b)).map((r) => r.toString()), prefix);

/** The quote texts of a core report as Range.toString() gives them (a quote across
 *  paragraphs has no "\n" there: the break is between the <p> elements). */
const quoteTexts = (report) => report.quotes.map((q) => q.text.replaceAll("\n", ""));

/** Waits for the page to have scanned `n` times in all. */
const scanned = (page, n) => page.waitForFunction((k) => Number(document.body.dataset.scans) >= k, n, { timeout: 10_000 });
const scans = (page) => page.evaluate(() => Number(document.body.dataset.scans));
const tooltip = (page) => page.evaluate(async () => (await (await import("./claimlens.js")).load()).tooltipText() ?? null);

const ARTICLE = [
  "Residents of Millbrook packed the library on Monday night to hear plans for a new bus depot.",
  "“We were never asked,” said Joan Whitfield, who has lived on Elm Street for 40 years. “Nobody knocked on a single door.”",
  "The transport authority said the depot could reduce journey times, according to a consultant’s report.",
  "Critics say the noise may be worse than promised. 🚌 “It is a done deal,” one resident shouted.",
  "Councillor Ravi Menon said he would ask for a second consultation. “People deserve a real say,” he said.",
].join("\n");

test("the sample article opens highlighted, and the summary shows the core's figures", async () => {
  const { page, done } = await open();
  // The sample's quotes are highlighted and match cl.scan of the text shown.
  const text = await shownText(page);
  const report = await coreScan(page, text);
  const quotes = await highlighted(page, "claimlens-quote");
  assert.ok(quotes.length >= 8, `only ${quotes.length} quote highlights`);
  assert.deepEqual(quotes, quoteTexts(report));
  assert.ok(quotes.includes("“a historic”"));
  assert.ok(quotes.includes("“I don’t want a blank cheque.”"));
  assert.match(await page.textContent("#status"), /\d+ quotes?, \d+ attributions?, \d+ hedges? highlighted/);
  const layers = await page.evaluate(() => ["attribution", "hedge", "claim"].map((l) => CSS.highlights.get(`claimlens-${l}`)?.size ?? 0));
  assert.ok(layers.every((n) => n > 0), `empty layers: ${layers}`);
  assert.ok(await page.evaluate(() => performance.getEntriesByName("claimlens-first-highlight", "mark").length === 1));

  // Summary figures: exactly the core summary's numbers.
  const s = report.summary;
  const figure = (id) => page.textContent(`[data-figure=${id}] .value`);
  assert.equal(await figure("quotes"), String(s.quotes));
  assert.equal(await figure("quoted-share"), `${Math.round((100 * s.quoted_words) / s.words)}%`);
  assert.equal(await figure("unattributed"), String(s.unattributed_quotes));
  assert.equal(await figure("weasels"), String(s.weasels));
  assert.equal(await figure("hedge-density"), s.hedge_density.toFixed(1));
  assert.equal(await figure("attributions"), String(s.attributions));
  for (const [c, n] of [["quotes", report.quotes.length], ["attributions", report.attributions.length], ["hedges", report.hedges.length]]) {
    assert.equal(await page.textContent(`[data-count=${c}]`), `(${n})`);
  }

  // Who is quoted: every speaker, in the summary's order, with their counts, and a
  // swatch in the colour of their quotes' highlight.
  const rows = await page.$$eval(".speakers li", (lis) => lis.map((li) => ({
    name: li.querySelector(".name").textContent,
    meta: li.querySelector(".meta").textContent,
    swatch: getComputedStyle(li.querySelector(".swatch")).backgroundColor,
  })));
  assert.deepEqual(rows.map((r) => r.name), s.speakers.map((p) => p.name));
  rows.forEach((r, i) => assert.match(r.meta, new RegExp(`^${s.speakers[i].quotes} quotes? · ${s.speakers[i].quoted_words} words?$`)));
  const paint = await page.evaluate((quotes) => {
    const rules = [...document.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules]).filter((r) => r.selectorText);
    const nameOf = (text) => [...CSS.highlights].find(([n, hl]) => n.startsWith("claimlens-quote-") && [...hl].some((r) => r.toString() === text))?.[0];
    return Object.fromEntries(quotes.filter((q) => q.speaker).map((q) => {
      const name = nameOf(q.text.replaceAll("\n", ""));
      return [q.speaker, rules.find((r) => r.selectorText === `::highlight(${name})`)?.style.backgroundColor];
    }));
  }, report.quotes);
  for (const r of rows) assert.equal(r.swatch, paint[r.name], `${r.name}: swatch ${r.swatch}, highlight ${paint[r.name]}`);

  // Lists: the weasel sources and the hedged claims (one entry per claim).
  const claims = new Set(report.hedges.map((x) => `${x.claim_start}:${x.claim_end}`)).size;
  const lists = await page.$$eval("#summary-body .sub", (subs) => Object.fromEntries(subs.map((sub) =>
    [sub.querySelector("h3").textContent.replace(/ \(\d+\)$/, ""), sub.querySelectorAll("li").length])));
  assert.equal(lists["Hedged claims"], claims);
  assert.equal(lists["Anonymous and weasel sources"], s.weasels);
  assert.equal(lists["Unattributed quotes"], s.unattributed_quotes);

  // Clicking an entry goes to its highlight and explains it (focusItem).
  await page.click(".speakers li:first-child button");
  assert.match(await tooltip(page), new RegExp(`^Quote — ${s.speakers[0].name}`));
  assert.match(await page.textContent("#now"), /^Quote \d+ of \d+/);
  // ...even when its category is hidden: the category is shown again.
  await page.uncheck("input[value=hedges]");
  await page.click("#summary-body .sub:last-child li:first-child button");
  assert.match(await tooltip(page), /^Hedge · /);
  assert.ok(await page.isChecked("input[value=hedges]"));
  await done();
});

test("every sample can be picked, and each is highlighted as the core scans it", async () => {
  const { page, done } = await open();
  const index = JSON.parse(readFileSync("www/samples/index.json", "utf8"));
  const options = await page.$$eval("#sample option:not([disabled])", (os) => os.map((o) => o.value));
  assert.deepEqual(options, index.map((s) => s.file));
  for (const sample of index.slice(1)) {
    const n = await scans(page);
    await page.selectOption("#sample", sample.file);
    await scanned(page, n + 1);
    const text = await shownText(page);
    assert.equal(text, readFileSync(`www/samples/${sample.file}`, "utf8").split("\n").map((l) => l.trim()).filter(Boolean).join("\n") + "\n");
    assert.deepEqual(await highlighted(page, "claimlens-quote"), quoteTexts(await coreScan(page, text)), sample.file);
    assert.match(await page.textContent("#status"), new RegExp(sample.title));
    assert.equal(new URL(page.url()).hash, `#sample=${sample.file}`);
  }
  // A link to a sample opens it.
  const second = await open({ hash: `#sample=${index[2].file}` });
  assert.equal(await second.page.inputValue("#sample"), index[2].file);
  await second.done();
  await done();
});

test("pasted, edited, opened and dropped text is re-highlighted", async () => {
  const { page, done } = await open();
  // Paste a new article into the editor.
  await page.click("#edit");
  assert.equal(await page.getAttribute("#edit", "aria-expanded"), "true");
  let n = await scans(page);
  await page.fill("#text", ARTICLE);
  await scanned(page, n + 1);
  let text = await shownText(page);
  assert.equal(text, `${ARTICLE}\n`);
  const report = await coreScan(page, text);
  assert.deepEqual(await highlighted(page, "claimlens-quote"), quoteTexts(report));
  assert.ok((await highlighted(page, "claimlens-quote")).includes("“We were never asked,”"));
  assert.ok((await highlighted(page, "claimlens-hedge")).length > 0);
  assert.equal(await page.inputValue("#sample"), "");
  assert.match(await page.textContent(".speakers"), /Joan Whitfield/);

  // Typing is debounced: one scan after a burst of keys, not one per key.
  n = await scans(page);
  await page.focus("#text");
  await page.keyboard.press("End");
  await page.keyboard.type(" “Build it elsewhere,” Whitfield said.", { delay: 15 });
  await scanned(page, n + 1);
  await page.waitForTimeout(400);
  assert.equal(await scans(page), n + 1);
  assert.ok((await highlighted(page, "claimlens-quote")).includes("“Build it elsewhere,”"));

  // Editing keeps the reader where they were.
  await page.setViewportSize({ width: 1280, height: 500 });
  await page.evaluate(() => window.scrollTo(0, 300));
  const y = await page.evaluate(() => window.scrollY);
  assert.ok(y > 0);
  n = await scans(page);
  await page.evaluate(() => {
    const area = document.getElementById("text");
    area.value = area.value.replace("packed the library", "filled the library");
    area.dispatchEvent(new Event("input", { bubbles: true }));
  });
  await scanned(page, n + 1);
  assert.equal(await page.evaluate(() => window.scrollY), y);
  assert.match(await shownText(page), /filled the library/);
  // Clear empties the article and the summary, without errors.
  n = await scans(page);
  await page.click("#clear-text");
  await scanned(page, n + 1);
  assert.equal(await shownText(page), "");
  assert.match(await page.textContent("#summary-body"), /No text yet/);
  assert.match(await page.textContent("#status"), /0 quotes, 0 attributions, 0 hedges highlighted/);
  await page.click("#done");
  assert.ok(await page.isHidden("#editor"));

  // Paste anywhere outside a field.
  n = await scans(page);
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData("text/plain", t);
    document.body.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, "“Pasted words,” said Ada Brook.\nAnother paragraph.");
  await scanned(page, n + 1);
  assert.equal(await shownText(page), "“Pasted words,” said Ada Brook.\nAnother paragraph.\n");
  assert.match(await page.textContent("#status"), /Pasted text/);

  // Open an HTML file: only its article's text is shown, never its markup or chrome.
  const html = `<!doctype html><html><head><title>Depot row</title><script>window.pwned = 1</script></head><body>
    <nav><a href="/">Home</a> <a href="/news">News</a> “Menu quote,” said Nav Bar.</nav>
    <article><h1>Depot row</h1><p>“We were <em>never</em> asked,” said Joan Whitfield.</p>
    <p>Critics say the plan <b>may</b> change. <img src="https://example.com/x.png" onerror="window.pwned = 2"></p>
    <aside class="related">“Related quote,” said Side Bar.</aside></article></body></html>`;
  n = await scans(page);
  await page.setInputFiles("#file", { name: "depot.html", mimeType: "text/html", buffer: Buffer.from(html) });
  await scanned(page, n + 1);
  text = await shownText(page);
  assert.match(text, /“We were never asked,” said Joan Whitfield\./);
  assert.doesNotMatch(text, /Menu quote|Related quote|<|Home/);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.equal(await page.$$eval("#article *", (els) => els.every((e) => e.tagName === "P")), true);
  assert.match(await page.textContent("#status"), /Depot row/);
  assert.deepEqual(await highlighted(page, "claimlens-quote"), quoteTexts(await coreScan(page, text)));

  // Drop a text file on the page; a file of another kind is refused with a message.
  n = await scans(page);
  const drop = (name, type, body) => page.evaluate(([name, type, body]) => {
    const data = new DataTransfer();
    data.items.add(new File([body], name, { type }));
    for (const kind of ["dragenter", "dragover", "drop"]) {
      document.body.dispatchEvent(new DragEvent(kind, { dataTransfer: data, bubbles: true, cancelable: true }));
    }
  }, [name, type, body]);
  await drop("notes.txt", "text/plain", "“Dropped in,” said Lee Park.");
  await scanned(page, n + 1);
  assert.equal(await shownText(page), "“Dropped in,” said Lee Park.\n");
  assert.equal(await page.evaluate(() => document.body.classList.contains("dragging")), false);
  await drop("photo.png", "image/png", "PNG");
  await page.waitForFunction(() => /not a text or HTML file/.test(document.getElementById("status").textContent));
  assert.equal(await shownText(page), "“Dropped in,” said Lee Park.\n");
  await done();
});

test("each category can be switched off and on", async () => {
  const { page, done } = await open();
  const names = { quotes: ["claimlens-quote"], attributions: ["claimlens-attribution"], hedges: ["claimlens-hedge", "claimlens-claim"] };
  const count = (prefix) => page.evaluate((p) => [...CSS.highlights].filter(([n]) => n.startsWith(p)).reduce((k, [, hl]) => k + hl.size, 0), prefix);
  for (const [category, prefixes] of Object.entries(names)) {
    const before = await Promise.all(prefixes.map(count));
    assert.ok(before.every((k) => k > 0), `${category}: nothing highlighted at first`);
    await page.uncheck(`input[value=${category}]`);
    assert.deepEqual(await Promise.all(prefixes.map(count)), prefixes.map(() => 0), `${category} still highlighted`);
    for (const [other, otherPrefixes] of Object.entries(names)) {
      if (other !== category) assert.ok((await count(otherPrefixes[0])) > 0, `${other} hidden with ${category}`);
    }
    // Navigation skips a hidden category.
    await page.keyboard.press(category[0]);
    assert.equal(await tooltip(page), null);
    await page.check(`input[value=${category}]`);
    assert.deepEqual(await Promise.all(prefixes.map(count)), before);
  }
  // A re-scan keeps the user's choice.
  await page.uncheck("input[value=attributions]");
  const n = await scans(page);
  await page.selectOption("#sample", { index: 2 });
  await scanned(page, n + 1);
  assert.equal(await count("claimlens-attribution"), 0);
  assert.ok((await count("claimlens-quote")) > 0);
  await done();
});

test("keyboard only: shortcuts move between highlights, focus is visible", async () => {
  const { page, done } = await open();
  // Tab reaches every control, each with a visible focus ring.
  const seen = [];
  for (let i = 0; i < 40 && !seen.includes("copy-summary"); i++) {
    await page.keyboard.press("Tab");
    const f = await page.evaluate(() => {
      const el = document.activeElement;
      if (el === document.body) return { id: "(body)", visible: true };
      const ring = (e) => { const s = getComputedStyle(e); return s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2; };
      return { id: el.id || el.value || el.textContent.trim().slice(0, 30), visible: ring(el) || ring(el.closest(".chip") ?? el) };
    });
    seen.push(f.id);
    assert.ok(f.visible, `no visible focus on ${f.id}`);
  }
  for (const id of ["sample", "open-file", "edit", "quotes", "hedges", "download-json", "copy-summary"]) {
    assert.ok(seen.includes(id), `Tab never reached ${id}: ${seen}`);
  }
  await page.keyboard.press("Escape");
  await page.evaluate(() => document.activeElement?.blur());
  const report = await coreScan(page, await shownText(page));
  await page.keyboard.press("j");
  const first = await tooltip(page);
  assert.ok(first, "no tooltip after j");
  assert.match(await page.textContent("#now"), / 1 of \d+/);
  await page.keyboard.press("j");
  const second = await tooltip(page);
  assert.ok(second && second !== first, `j did not move: ${second}`);
  await page.keyboard.press("k");
  assert.equal(await tooltip(page), first);
  await page.keyboard.press("h");
  assert.match(await tooltip(page), /^Hedge · /);
  await page.keyboard.press("a");
  assert.match(await tooltip(page), /^Attribution · /);
  await page.keyboard.press("Shift+Q");
  assert.match(await tooltip(page), /^(Quote|Scare quote)/);
  const back = Number(/^Quote (\d+) of /.exec(await page.textContent("#now"))?.[1]);
  assert.ok(back >= 1 && back <= report.quotes.length, await page.textContent("#now"));
  assert.ok(await page.evaluate(() => CSS.highlights.get("claimlens-current")?.size === 1));
  await page.keyboard.press("Escape");
  assert.equal(await tooltip(page), null);

  // Shortcuts still work right after switching a category with the keyboard.
  await page.focus("input[value=attributions]");
  await page.keyboard.press("Space");
  await page.keyboard.press("Space");
  await page.keyboard.press("h");
  assert.match(await tooltip(page), /^Hedge · /);

  // The on-page buttons do the same.
  await page.click("[data-step=next]");
  assert.ok(await tooltip(page));

  // Keys typed in a field are text, not shortcuts; the shortcuts can be switched off.
  await page.keyboard.press("Escape");
  await page.click("#edit");
  await page.keyboard.press("End");
  await page.keyboard.type("j");
  assert.equal(await tooltip(page), null);
  await page.click("#done");
  await page.uncheck("#shortcuts");
  await page.keyboard.press("j");
  assert.equal(await tooltip(page), null);
  await page.check("#shortcuts");

  // Every control has a name.
  const unnamed = await page.$$eval("button, select, input:not([type=file]), a[href]", (els) =>
    els.filter((e) => !e.hidden && !(e.getAttribute("aria-label") || e.labels?.[0]?.textContent.trim() || e.textContent.trim())).map((e) => e.outerHTML));
  assert.deepEqual(unnamed, []);
  await done();
});

/** Builds the CLI once if needed (the test compares its JSON with the page's). */
function cli() {
  try {
    const toolchain = existsSync("target/.claimlens-toolchain") ? readFileSync("target/.claimlens-toolchain", "utf8").trim() : "";
    execFileSync("cargo", ["build", "--release", "--quiet", "-p", "claimlens-cli"], {
      stdio: "inherit", timeout: 900_000,
      env: { ...process.env, PATH: `${process.env.HOME}/.cargo/bin:${process.env.PATH}`, ...(toolchain ? { RUSTUP_TOOLCHAIN: toolchain } : {}) },
    });
  } catch (e) {
    if (!existsSync(CLI)) throw new Error(`no ${CLI} and cargo build failed: ${e.message}`, { cause: e });
  }
  return CLI;
}

test("export: the JSON is the CLI's report of the same text; the summary copies as text", async () => {
  const { page, context, done } = await open();
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
  const bin = cli();
  const dir = mkdtempSync(join(tmpdir(), "claimlens-demo-"));
  const save = async (button) => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.click(button)]);
    const path = join(dir, download.suggestedFilename());
    await download.saveAs(path);
    return path;
  };
  for (const setUp of ["sample", "edited"]) {
    if (setUp === "edited") {
      const n = await scans(page);
      await page.click("#edit");
      await page.fill("#text", ARTICLE);
      await scanned(page, n + 1);
      await page.click("#done");
    }
    const jsonPath = await save("#download-json");
    const textPath = await save("#download-text");
    const exported = JSON.parse(readFileSync(jsonPath, "utf8"));
    assert.deepEqual(Object.keys(exported), ["quotes", "attributions", "hedges", "language"]);
    assert.equal(readFileSync(textPath, "utf8"), await shownText(page));
    // The exported text goes through the CLI; its report must be the page's.
    const fromCli = JSON.parse(execFileSync(bin, ["scan", "--format", "json", textPath], { encoding: "utf8" }));
    for (const key of ["quotes", "attributions", "hedges", "language"]) assert.deepEqual(exported[key], fromCli[key], `${setUp}: ${key} differ`);
    assert.ok(exported.quotes.length > 0 && exported.hedges.length > 0);
    if (setUp === "sample") assert.match(jsonPath, /harbour-vote\.claimlens\.json$/);
  }
  // Also the same text written by the test itself (not through the page's download).
  const own = join(dir, "own.txt");
  writeFileSync(own, await shownText(page));
  const fromCli = JSON.parse(execFileSync(bin, ["scan", "--format", "json", own], { encoding: "utf8" }));
  const fromPage = JSON.parse(readFileSync(await save("#download-json"), "utf8"));
  assert.deepEqual(fromPage, fromCli);

  await page.click("#copy-summary");
  await page.waitForFunction(() => /copied/i.test(document.getElementById("export-status").textContent));
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /^claimlens summary: /);
  assert.match(copied, /Who is quoted/);
  assert.match(copied, /Joan Whitfield/);
  assert.match(copied, /Hedges: \d+, [\d.]+ per 100 sentences/);
  await done();
});

test("once loaded, the page works offline: every sample, and scanning", async () => {
  const { page, context, done } = await open();
  await page.waitForLoadState("networkidle"); // the samples are fetched in the background
  await context.setOffline(true);
  const index = JSON.parse(readFileSync("www/samples/index.json", "utf8"));
  for (const sample of index) {
    const n = await scans(page);
    await page.selectOption("#sample", sample.file);
    await scanned(page, n + 1);
    assert.match(await page.textContent("#status"), new RegExp(`${sample.title}.*highlighted`));
  }
  const n = await scans(page);
  await page.click("#edit");
  await page.fill("#text", ARTICLE);
  await scanned(page, n + 1);
  assert.ok((await highlighted(page, "claimlens-quote")).length > 0);
  await done();
});

test("the first sample loads beside the sample list, in one request; a sample the address names wins", async () => {
  for (const [hash, shown] of [["", "harbour-vote.txt"], ["#sample=science-hedged.txt", "science-hedged.txt"]]) {
    const { page, done } = await open({ hash });
    const requests = [];
    page.on("request", (r) => requests.push(new URL(r.url()).pathname));
    assert.equal(await page.inputValue("#sample"), shown);
    await page.waitForLoadState("networkidle"); // the idle prefetch of the other samples
    const [sampleAsked, listArrived] = await page.evaluate(() => {
      const at = (file) => performance.getEntriesByType("resource").find((e) => e.name.endsWith(`/samples/${file}`));
      return [at("harbour-vote.txt").startTime, at("index.json").responseEnd];
    });
    // The preloaded sample is asked for as the page is parsed, not once the list arrived,
    // and the demo's own fetch takes the preloaded response (no request for it later).
    assert.ok(sampleAsked < listArrived, `sample asked at ${sampleAsked} ms, list arrived at ${listArrived} ms`);
    assert.ok(!requests.includes("/samples/harbour-vote.txt"), requests.join(" "));
    await done();
  }
});

test("embedding: the snippet link and the bookmarklet point at this server", async () => {
  const { page, done } = await open();
  const href = await page.getAttribute("#bookmarklet", "href");
  const origin = new URL(server.url).origin;
  assert.equal(href, `javascript:(()=>{const s=document.createElement('script');s.src='${origin}'+'/claimlens-snippet.js';document.documentElement.appendChild(s)})()`);
  assert.equal(await page.getAttribute("#embed a[href='claimlens-snippet.js']", "href"), "claimlens-snippet.js");
  assert.equal(await page.textContent("#bookmarklet-code"), href);
  // Clicking it here explains instead of running it.
  await page.click("#bookmarklet");
  assert.match(await page.textContent("#bookmarklet-hint"), /bookmarks bar/);
  assert.equal(await page.evaluate(() => document.querySelectorAll("script[src$='claimlens-snippet.js']").length), 0);
  await done();
});

test("responsive at 360 px and 1280 px, dark and reduced motion; screenshots", async () => {
  for (const [width, height, name] of [[1280, 900, "demo-1280"], [360, 740, "demo-360"]]) {
    const { page, done } = await open({ width, height });
    const overflow = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
    assert.ok(overflow[0] <= overflow[1], `${width}px: horizontal scrollbar ${overflow}`);
    // Nothing sticks out of the viewport.
    const wide = await page.$$eval("body *", (els) => els.filter((e) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && (r.right > innerWidth + 0.5 || r.left < -0.5) && !e.closest(".visually-hidden, .skip");
    }).map((e) => e.tagName + (e.id ? `#${e.id}` : "") + (e.className ? `.${e.className}` : "")));
    assert.deepEqual(wide, [], `${width}px: elements outside the viewport`);
    await page.screenshot({ path: `test-results/${name}.png` });
    await page.screenshot({ path: `test-results/${name}-full.png`, fullPage: true });
    if (width === 1280) {
      // The README's picture: the article with a quote explained.
      await page.keyboard.press("q");
      await page.keyboard.press("q");
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.keyboard.press("q");
      await page.screenshot({ path: `test-results/${name}-nav.png` });
    }
    await done();
  }
  const dark = await open({ colorScheme: "dark", reducedMotion: "reduce" });
  const look = await dark.page.evaluate(() => ({
    bg: getComputedStyle(document.body).backgroundColor,
    transition: getComputedStyle(document.querySelector(".share-bar span")).transitionDuration,
  }));
  assert.equal(look.bg, "rgb(27, 28, 30)");
  assert.equal(look.transition, "0s");
  await dark.page.screenshot({ path: "test-results/demo-dark.png" });
  await dark.done();
});

test("who said this: a click on a quote opens the card; a new speaker repaints, and the summary and export follow", async () => {
  const { page, done } = await open();
  const n = await scans(page);
  await page.click("#edit");
  await page.fill("#text", "Ann Lee met Bob Hale on Monday at the council offices.\n“We agreed on the budget,” he said.");
  await scanned(page, n + 1);
  await page.click("#done");
  // Click in the middle of the quote's text.
  const at = await page.evaluate(() => {
    const p = [...document.querySelectorAll("#article > p")][1];
    const r = document.createRange();
    r.setStart(p.firstChild, 3);
    r.setEnd(p.firstChild, 8);
    const b = r.getBoundingClientRect();
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  });
  await page.mouse.click(at.x, at.y);
  await page.waitForSelector("#speaker-card:not([hidden])");
  const card = await page.$eval("#speaker-card", (c) => c.textContent);
  assert.match(card, /Who said this\?/);
  assert.match(card, /“We agreed on the budget,”/);
  assert.match(card, /Speaker now: Bob Hale/);
  assert.match(card, /\d+%/, "the ranked speakers carry probabilities");
  await page.screenshot({ path: "test-results/demo-speaker-card.png" });
  // Pick Ann Lee (ranked or among the others).
  await page.evaluate(() => document.querySelector("#speaker-card details")?.setAttribute("open", ""));
  await page.click("#speaker-card button.choice:has-text('Ann Lee')");
  await page.waitForFunction(() => /Speaker set to Ann Lee/.test(document.getElementById("speaker-card").textContent));
  assert.match(await page.$eval("#speaker-card", (c) => c.textContent), /Speaker now: Ann Lee \(set by you\)/);
  assert.match(await page.$eval("#summary", (s) => s.textContent), /Ann Lee/);
  assert.deepEqual(await highlighted(page, "claimlens-quote-"), ["“We agreed on the budget,”"]);
  // The export carries the correction.
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download-json")]);
  const exported = JSON.parse(readFileSync(await download.path(), "utf8"));
  assert.equal(exported.quotes[0].speaker, "Ann Lee");
  assert.equal(exported.quotes[0].corrected, true);
  // A typed name, then nobody.
  await page.fill("#speaker-name", "The Mayor’s Office");
  await page.click("#speaker-card form button[type=submit]");
  await page.waitForFunction(() => /Speaker set to The Mayor’s Office/.test(document.getElementById("speaker-card").textContent));
  await page.click("#speaker-card button:has-text('Nobody said it')");
  await page.waitForFunction(() => /no speaker/.test(document.getElementById("speaker-card").textContent));
  assert.match(await page.$eval("#speaker-card", (c) => c.textContent), /Speaker now: nobody found/);
  await page.click("#speaker-card button:has-text('Close')");
  assert.equal(await page.$eval("#speaker-card", (c) => c.hidden), true);
  await done();
});
