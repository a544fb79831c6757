// The shipped extension builds (make extension): the Chrome build loaded unpacked in
// headless Chromium (new headless mode loads extensions), used as a reader would: the
// action highlights the article, hovering a highlight explains it, j/k move between them;
// the manifests (version from Cargo.toml, icons, Firefox settings) and the zips.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { serve } from "../../scripts/serve.mjs";
import { cargoVersion } from "../../scripts/build-extension.mjs";
import { CHROMIUM_ARGS, watchErrors } from "./browser.mjs";

const BUILD = "target/extension";
const built = existsSync(`${BUILD}/chrome/manifest.json`);
let server;
before(async () => { server = await serve("."); });
after(async () => { await server?.close(); });

test("the manifests: version from Cargo.toml, icons, Chrome 105+, Firefox MV3 with a background script", { skip: !built && "make extension first" }, () => {
  const chrome = JSON.parse(readFileSync(`${BUILD}/chrome/manifest.json`, "utf8"));
  const firefox = JSON.parse(readFileSync(`${BUILD}/firefox/manifest.json`, "utf8"));
  const version = cargoVersion();
  assert.equal(chrome.version, version);
  assert.equal(firefox.version, version);
  assert.equal(chrome.minimum_chrome_version, "105");
  assert.equal(chrome.background.service_worker, "background.js");
  assert.deepEqual(firefox.background, { scripts: ["background.js"], type: "module" });
  assert.match(firefox.browser_specific_settings.gecko.id, /^[\w.-]+@[\w.-]+$/);
  assert.ok(Number.parseFloat(firefox.browser_specific_settings.gecko.strict_min_version) >= 140);
  assert.equal(firefox.minimum_chrome_version, undefined);
  for (const size of ["16", "32", "48", "128"]) {
    const png = readFileSync(`${BUILD}/chrome/${chrome.icons[size]}`);
    assert.equal(png.readUInt32BE(16), Number(size), `icon ${size} is ${size} px wide`);
    assert.equal(chrome.action.default_icon[size], chrome.icons[size]);
  }
  // Each zip holds the files of its build (unzip -l lists what a store would unpack).
  for (const browser of ["chrome", "firefox"]) {
    const list = execFileSync("unzip", ["-Z1", `${BUILD}/claimlens-${browser}.zip`], { encoding: "utf8" }).trim().split("\n");
    for (const f of ["manifest.json", "background.js", "content.js", "explain.js", "reader.js", "pkg/claimlens_bg.wasm", "icons/icon-128.png"]) {
      assert.ok(list.includes(f), `${browser} zip lacks ${f}`);
    }
    const manifest = JSON.parse(execFileSync("unzip", ["-p", `${BUILD}/claimlens-${browser}.zip`, "manifest.json"], { encoding: "utf8" }));
    assert.equal(manifest.version, version);
  }
});

test("Chrome build, unpacked: the action highlights, hover explains, j/k move, a second click clears", { skip: !built && "make extension first" }, async () => {
  // A copy granted the test server: the shipped build asks only for activeTab, which a
  // click on the toolbar grants, and tests cannot click the toolbar.
  const ext = mkdtempSync(join(tmpdir(), "claimlens-ext-build-"));
  cpSync(`${BUILD}/chrome`, ext, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(ext, "manifest.json"), "utf8"));
  manifest.host_permissions = ["http://127.0.0.1/*"];
  writeFileSync(join(ext, "manifest.json"), JSON.stringify(manifest));
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "claimlens-ext-profile-")), {
    executablePath: "/usr/bin/chromium",
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: ["--headless=new", `--disable-extensions-except=${ext}`, `--load-extension=${ext}`, ...CHROMIUM_ARGS],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? await context.waitForEvent("serviceworker");
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}tests/pages/itemprop.html`);
    await page.bringToFront();
    const toggle = () => worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      await claimlensToggle(tab.id);
    });
    await toggle();
    await page.waitForFunction(() => CSS.highlights.size > 0, null, { timeout: 15_000 });

    const tip = () => page.evaluate(() => {
      const t = document.getElementById("claimlens-host")?.shadowRoot?.querySelector(".tip");
      return t && !t.hidden ? t.textContent : null;
    });
    // Hover the middle of the first quote: its tooltip names the speaker.
    const box = await page.evaluate(() => {
      const [r] = [...CSS.highlights].filter(([n]) => n.startsWith("claimlens-quote-")).flatMap(([, h]) => [...h])
        .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      r.startContainer.parentElement.scrollIntoView({ block: "center" });
      const rect = r.getClientRects()[0];
      return { x: rect.left + Math.min(20, rect.width / 2), y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    await page.waitForFunction(() => {
      const t = document.getElementById("claimlens-host")?.shadowRoot?.querySelector(".tip");
      return t && !t.hidden;
    }, null, { timeout: 5_000 });
    assert.match(await tip(), /^Quote — /);
    // Off the text, it goes.
    await page.mouse.move(2, 2);
    await page.waitForFunction(() => document.getElementById("claimlens-host").shadowRoot.querySelector(".tip").hidden);

    // j moves to the first highlight, j again to the next, k back; each is explained.
    const current = () => page.evaluate(() => {
      const h = CSS.highlights.get("claimlens-current");
      return h ? [...h].map((r) => r.toString()).join("") : null;
    });
    await page.keyboard.press("j");
    const first = await current();
    const firstTip = await tip();
    assert.ok(first && firstTip, "j focuses and explains a highlight");
    await page.keyboard.press("j");
    const second = await current();
    assert.ok(second && second !== first, "j moves on");
    assert.notEqual(await tip(), null);
    await page.keyboard.press("k");
    assert.equal(await current(), first);
    assert.equal(await tip(), firstTip);
    // h goes to a hedge; Escape hides the tooltip.
    await page.keyboard.press("h");
    assert.match(await tip(), /^Hedge · /);
    await page.keyboard.press("Escape");
    assert.equal(await tip(), null);
    // Keys typed into a field are the page's.
    await page.evaluate(() => {
      const input = document.createElement("input");
      input.id = "claimlens-test-input";
      document.body.prepend(input);
    });
    await page.focus("#claimlens-test-input");
    const before = await current();
    await page.keyboard.press("j");
    assert.equal(await current(), before);
    assert.equal(await page.inputValue("#claimlens-test-input"), "j");

    // A second click takes everything away: highlights, focus, tooltip, listeners.
    await toggle();
    await page.waitForFunction(() => CSS.highlights.size === 0);
    assert.equal(await page.evaluate(() => document.getElementById("claimlens-host")), null);
    await page.evaluate(() => document.body.focus());
    await page.keyboard.press("j");
    assert.equal(await page.evaluate(() => CSS.highlights.size), 0);
    assert.deepEqual(errors, [], "console errors");
  } finally {
    await context.close();
  }
});
