// Types of the package's entry (claimlens.js, the shim over the wasm-bindgen glue). The
// report and option types are the glue's (crates/claimlens-wasm, the types test checks them
// against real reports); this file adds what the shim itself exports.
import type * as Glue from "./pkg/claimlens.js";
import type { HighlightOptions, HighlightResult, Report, ScanOptions } from "./pkg/claimlens.js";

export type * from "./pkg/claimlens.js";

/** The API that `load()` resolves to: each call runs on the current instance (after a
 *  WebAssembly trap, on a fresh one). */
export interface Claimlens extends Pick<typeof Glue, "scan" | "highlight" | "clear" | "setVisible" | "next"
  | "previous" | "focusItem" | "tooltipText" | "hideTooltip" | "findArticle" | "textOf" | "showPanel"
  | "quoteAt" | "speakerChoices" | "reassignSpeaker"> {
  /** The key map of `highlight(…, { keyboard: true })`. */
  keyBindings(): { key: string; category: "quotes" | "attributions" | "hedges" | null; forward: boolean }[];
  /** `highlight()` in stages: see the `highlightAsync` export. */
  highlightAsync(root?: Element | null, options?: HighlightOptions,
    onProgress?: (progress: HighlightProgress) => void): Promise<HighlightResult>;
  /** False once the instance trapped (the next call starts a fresh one). */
  healthy(): boolean;
}

/** What a call throws once after the instance hit an internal error; it was restarted. */
export class ClaimlensCrash extends Error {
  cause: unknown;
}

/** Loads the WebAssembly module once (by default `claimlens_bg.wasm` next to the glue; or
 *  the URL, response, bytes or module given) and resolves to the API. */
export function load(wasm?: string | URL | Request | Response | BufferSource | WebAssembly.Module): Promise<Claimlens>;
/** Scans a text: `{quotes, attributions, hedges, summary}` with UTF-16 offsets. */
export function scan(text: string, options?: ScanOptions): Promise<Report>;
/** Highlights quotes, attributions and hedges under `root` (default: document.body). */
export function highlight(root?: Element | null, options?: HighlightOptions): Promise<HighlightResult>;
/** Progress of `highlightAsync()` on a large text. */
export interface HighlightProgress { stage: "read" | "scan" | "paint"; done: number; total: number }
/** `highlight()`, with a large text scanned in a worker and painted in slices, the part in
 *  view first; a later highlight or clear cancels it (its promise rejects). */
export function highlightAsync(root?: Element | null, options?: HighlightOptions,
  onProgress?: (progress: HighlightProgress) => void): Promise<HighlightResult>;
/** Removes every claimlens highlight, mark, tooltip and style. */
export function clear(): Promise<void>;
