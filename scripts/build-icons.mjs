// Renders the extension's icons from www/extension/icons/icon.svg into icon-16/32/48/128.png
// beside it (committed; run `make icons` after changing the SVG). Chromium draws the SVG
// (the same headless Chromium the tests use), with a transparent background.
import { readFileSync } from "node:fs";
import { launch } from "../tests/e2e/browser.mjs";

export const SIZES = [16, 32, 48, 128];
const dir = "www/extension/icons";
const svg = readFileSync(`${dir}/icon.svg`, "utf8");
const browser = await launch();
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const data = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
    await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img src="${data}" width="${size}" height="${size}" style="display:block">`);
    await page.waitForFunction(() => document.images[0].complete);
    await page.screenshot({ path: `${dir}/icon-${size}.png`, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    await page.close();
    console.log(`${dir}/icon-${size}.png`);
  }
} finally {
  await browser.close();
}
