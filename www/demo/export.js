// Export: the report as the CLI's JSON, the scanned text, and a plain-text summary.
import { clip, plural, percent } from "./dom.js";

/** The report in the scan JSON format of SCHEMA.md: exactly quotes, attributions and
 *  hedges, and the watch list's matches when there are any, as the CLI with `--watch`
 *  (the summary is the page's, not the schema's). */
export function reportJson({ quotes, attributions, hedges, watch, language }) {
  // The CLI's order: watch only when there are matches, then the language.
  const json = watch?.length ? { quotes, attributions, hedges, watch, language } : { quotes, attributions, hedges, language };
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** A plain-text summary for pasting into a note or an e-mail. */
export function plainSummary(title, { report, summary: s }, text) {
  const lines = [
    `claimlens summary: ${title}`,
    `${plural(s.words, "word")}, ${plural(s.sentences, "sentence")}.`,
    `Quotes: ${s.quotes} (${s.scare_quotes} scare quotes); ${s.quoted_words} words inside quotes, ${percent(s.quoted_words, s.words)} of the article.`,
    `Unattributed quotes: ${s.unattributed_quotes}.`,
    `Anonymous or weasel sources: ${s.weasels}.`,
    `Attributions: ${s.attributions}.`,
    `Hedges: ${s.hedges}, ${s.hedge_density.toFixed(1)} per 100 sentences.`,
    ...(report.watch?.length ? [`Watch-list matches: ${report.watch.length}.`] : []),
    "",
    "Who is quoted (share of quoted words):",
    ...(s.speakers.length
      ? s.speakers.map((p) => `- ${p.name}: ${plural(p.quotes, "quote")}, ${plural(p.quoted_words, "word")}, ${percent(p.quoted_words, s.quoted_words)}`)
      : ["- nobody by name"]),
  ];
  const unattributed = report.quotes.filter((q) => q.kind === "speech" && !q.speaker);
  if (unattributed.length) lines.push("", "Unattributed quotes:", ...unattributed.map((q) => `- ${clip(q.text, 160)}`));
  if (report.hedges.length) {
    lines.push("", "Hedged claims:", ...report.hedges.map((x) =>
      `- [${x.text}, ${x.kind}] ${clip(text.slice(x.claim_start, x.claim_end), 160)}`));
  }
  return `${lines.join("\n")}\n`;
}

/** Saves `content` as a file named `name` (a blob: URL, nothing is uploaded). */
export function download(name, content, type) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Puts `text` on the clipboard; resolves to false when the browser refuses. */
export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No permission or no async clipboard (plain http on another host): the old way.
    const before = document.activeElement;
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.append(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    before?.focus?.();
    return ok;
  }
}

/** A file name from a title: "Council approves flood barrier" -> "council-approves-flood-barrier". */
export function slug(title) {
  const s = title.toLowerCase().replace(/\.[a-z]+$/, "").normalize("NFKD")
    .replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "").slice(0, 60);
  return s || "article";
}
