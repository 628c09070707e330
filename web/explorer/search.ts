/** The search box: full-text search over every label, results to open, add or connect. */
import { request } from "./api.js";
import { byId, h } from "./dom.js";
import { ExplorerSearchDocument } from "./generated/graphql.js";
import { displayName } from "./style.js";

export interface SearchActions {
  open(id: string): void;
  add(id: string): void;
  pathFrom(id: string): void;
  pathTo(id: string): void;
  fail(e: unknown): void;
}

export async function runSearch(text: string, includeSynthetic: boolean, actions: SearchActions): Promise<void> {
  const box = byId("search-results");
  box.hidden = false;
  box.replaceChildren(h("p", { role: "status" }, `Searching for “${text}”…`));
  try {
    const { search } = await request(ExplorerSearchDocument, { text, first: 20, includeSynthetic });
    const close = h("button", { type: "button", class: "close", onclick: () => (box.hidden = true) }, "Close");
    if (search.length === 0) {
      box.replaceChildren(h("p", {}, `Nothing matches “${text}”. `), close);
      return;
    }
    const button = (label: string, fn: () => void, name: string) => h("button", { type: "button", onclick: fn, "aria-label": `${label}: ${name}` }, label);
    box.replaceChildren(
      h("h2", {}, `Results for “${text}”`),
      h(
        "ol",
        { class: "results" },
        search.map((hit) => {
          const name = displayName(hit.node);
          const match = hit.matches[0];
          return h(
            "li",
            { "data-id": hit.node.id },
            h("span", { class: "name" }, name), " ",
            h("span", { class: "kind" }, hit.node.__typename),
            "synthetic" in hit.node && hit.node.synthetic ? h("span", { class: "flag synthetic" }, " synthetic") : null,
            match && match.field !== "name" && match.field !== "title" ? h("span", { class: "snippet" }, ` — ${match.field}: ${match.snippet}`) : null,
            " ",
            button("Open", () => actions.open(hit.node.id), name),
            button("Add", () => actions.add(hit.node.id), name),
            button("Path from", () => actions.pathFrom(hit.node.id), name),
            button("Path to", () => actions.pathTo(hit.node.id), name),
          );
        }),
      ),
      close,
    );
  } catch (e) {
    box.hidden = true;
    actions.fail(e);
  }
}
