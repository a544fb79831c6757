// The article shown on the page: text in, one <p> per paragraph out.
//
// claimlens reads an element whose children are plain <p>s as the paragraphs joined by
// "\n" (plus a final "\n"), so `articleText(paragraphs)` is exactly the text its report's
// offsets point into, the text the JSON export describes.

const BLANK_LINE = /\n[^\S\n]*\n/;

/** Paragraphs of a pasted or opened text: each non-empty line is a paragraph, except in
 *  hard-wrapped text (short lines, blocks separated by blank lines, as in e-mail and
 *  wire copy), where each block is one paragraph and its line breaks are spaces. */
export function paragraphsOf(text) {
  const all = text.replace(/\r\n?/g, "\n").trim();
  const blocks = all.split(BLANK_LINE).map((b) => b.split("\n").map((l) => l.trim()).filter(Boolean));
  const hardWrapped = blocks.length > 1 && blocks.some((b) => b.length > 1)
    && blocks.every((b) => b.every((l) => l.length <= 100));
  return hardWrapped ? blocks.map((b) => b.join(" ")).filter(Boolean) : blocks.flat();
}

/** The text claimlens reads from the rendered paragraphs. */
export function articleText(paragraphs) {
  return paragraphs.length ? `${paragraphs.join("\n")}\n` : "";
}

/** Makes `article` hold one <p> per paragraph, reusing the paragraphs that did not
 *  change, so that editing one word does not rebuild (or scroll) the whole article. */
export function renderParagraphs(article, paragraphs) {
  const ps = article.children;
  paragraphs.forEach((text, i) => {
    if (i < ps.length) {
      if (ps[i].textContent !== text) ps[i].textContent = text;
    } else {
      const p = document.createElement("p");
      p.textContent = text; // page text always goes through textContent
      article.append(p);
    }
  });
  while (ps.length > paragraphs.length) article.lastElementChild.remove();
}

/** The paragraphs currently on the page. */
export function shownParagraphs(article) {
  return [...article.children].map((p) => p.textContent);
}
