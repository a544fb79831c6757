// The demo page: show a sample article and highlight it. All detection happens in wasm.
import { load } from "./claimlens.js";

const article = document.getElementById("article");
const status = document.getElementById("status");

async function main() {
  const [api, text] = await Promise.all([load(), fetch("samples/harbour-vote.txt").then((r) => r.text())]);
  article.replaceChildren(...text.trim().split("\n").map((line) => {
    const p = document.createElement("p");
    p.textContent = line; // page text always goes through textContent
    return p;
  }));
  const { report } = api.highlight(article, { keyboard: true });
  status.textContent = `${report.quotes.length} quotes, ${report.attributions.length} attributions, ${report.hedges.length} hedges highlighted.`;
  document.body.dataset.ready = "true";
}

main().catch((e) => {
  status.textContent = `claimlens could not start: ${e.message ?? e}`;
  document.body.dataset.ready = "error";
});
