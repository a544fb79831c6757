// Where the text comes from: the sample articles (same-origin files, kept in memory once
// fetched so the page works offline), and files the user opens or drops.

const samples = new Map(); // file name -> Promise<string>

/** The samples listed in samples/index.json: [{file, title, style}]. */
export async function sampleIndex() {
  const res = await fetch("samples/index.json");
  if (!res.ok) throw new Error(`samples/index.json: HTTP ${res.status}`);
  return res.json();
}

/** The text of one sample (fetched once). */
export function sampleText(file) {
  if (!samples.has(file)) {
    const text = fetch(`samples/${encodeURIComponent(file)}`).then((res) => {
      if (!res.ok) throw new Error(`samples/${file}: HTTP ${res.status}`);
      return res.text();
    });
    text.catch(() => samples.delete(file)); // try again next time
    samples.set(file, text);
  }
  return samples.get(file);
}

/** Fetches every sample in the background, so that switching works offline later. */
export function prefetchSamples(index) {
  const later = window.requestIdleCallback ?? ((f) => setTimeout(f, 200));
  later(() => index.forEach((s) => sampleText(s.file).catch(() => {})));
}

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
const TEXT_FILE = /\.(txt|text|md|markdown)$/i;
const HTML_FILE = /\.(html?|xhtml)$/i;

/** Reads an opened or dropped file into the article's text. HTML is parsed (inertly:
 *  DOMParser runs no scripts and loads nothing), its article found, and only its text
 *  kept; the file's markup never reaches this page. Throws an Error users can read. */
export async function readArticleFile(file, claimlens) {
  const isHtml = HTML_FILE.test(file.name) || file.type === "text/html";
  if (!isHtml && !TEXT_FILE.test(file.name) && !file.type.startsWith("text/")) {
    throw new Error(`${file.name} is not a text or HTML file: open a .txt or .html file.`);
  }
  if (file.size > MAX_FILE_BYTES) {
    throw new Error(`${file.name} is ${(file.size / 1048576).toFixed(1)} MB; the demo reads files up to 5 MB.`);
  }
  const raw = await file.text();
  if (isHtml || /^\s*(<!doctype html|<html[\s>])/i.test(raw)) {
    const doc = new DOMParser().parseFromString(raw, "text/html");
    const text = claimlens.textOf(claimlens.findArticle(doc));
    if (!text.trim()) throw new Error(`No article text found in ${file.name}.`);
    return { text, title: doc.title.trim() || file.name };
  }
  return { text: raw, title: file.name };
}
