// The text the benches scan: the demo's English sample articles (www/samples/index.json,
// "lang": "en"), in the index's order. English only, so that every figure measures the
// same engine it always did: the French, German and Spanish samples, joined in, made the
// whole text read as French (its function words won the detector's count).
import { readFileSync } from "node:fs";

const DIR = new URL("../www/samples/", import.meta.url);
const files = JSON.parse(readFileSync(new URL("index.json", DIR), "utf8"))
  .filter((s) => s.lang === "en").map((s) => s.file);
const texts = files.map((f) => readFileSync(new URL(f, DIR), "utf8"));

/** The English samples' non-empty paragraphs, in order. */
export const paragraphs = texts.flatMap((t) => t.split("\n").filter((l) => l.trim()));

/** The English samples joined, repeated until the text has at least `words` words. */
export function article(words) {
  const base = texts.map((t) => t + "\n").join("");
  let text = "";
  while (text.split(/\s+/).filter(Boolean).length < words) text += base;
  return text;
}
