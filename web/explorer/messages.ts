/**
 * What the page says when something goes wrong or is under way: every failure ends in a
 * message that names it (never a blank page or a spinner that never stops).
 */
import { ApiError } from "./api.js";
import { byId, h } from "./dom.js";

export type PageState = "loading" | "ready" | "error";

/** The page's state, on <body data-state>, for people (the status line) and for tests. */
export function setPageState(state: PageState, status = ""): void {
  document.body.dataset.state = state;
  // The benchmark (bench/explorer.ts) reads the first of these: time until the page is ready.
  if (state === "ready" && performance.getEntriesByName("explorer:ready").length === 0) performance.mark("explorer:ready");
  byId("status").textContent = status;
}

export function clearMessage(): void {
  const box = byId("message");
  box.hidden = true;
  box.replaceChildren();
  delete box.dataset.kind;
}

export interface MessageActions {
  retry(): void;
  clear(): void;
}

export function showError(e: unknown, actions: MessageActions): void {
  const box = byId("message");
  const kind = e instanceof ApiError ? e.kind : "script";
  const detail = e instanceof Error ? e.message : String(e);
  const retry = h("button", { type: "button", onclick: actions.retry }, "Try again");
  const clear = h("button", { type: "button", onclick: actions.clear }, "Clear the view");
  let body: (Node | string)[];
  switch (kind) {
    case "unreachable":
    case "timeout":
      body = [`${detail} What is drawn may be out of date. `, retry];
      break;
    case "unauthenticated":
      body = [`The server refused the request: ${detail} Enter a valid API key above (it is kept for this tab only), then `, retry];
      break;
    case "forbidden":
      body = [`This API key may not read this: ${detail} `, retry];
      break;
    case "not-found":
      body = [`${detail} The link may name an entity that does not exist, or no longer does. `, clear];
      break;
    case "bad-input":
      body = [`The server refused the view's settings: ${detail} `, clear];
      break;
    default:
      body = [`Something went wrong: ${detail} `, retry, " ", clear];
  }
  box.dataset.kind = kind;
  box.replaceChildren(...body);
  box.hidden = false;
  setPageState("error", "");
  if (kind === "unauthenticated") byId("api-key").focus();
}
