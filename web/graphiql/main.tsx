import "graphiql/style.css";
import "./style.css";
import { GraphiQL } from "graphiql";
import { useMemo, useState } from "react";
import { createRoot } from "react-dom/client";
import { createFetcher } from "./fetcher.js";
import { ABOUT_QUERY, HEADLINE_QUERY } from "./queries.js";

/** Kept for this browser tab only, never in localStorage. */
const KEY_STORAGE = "coopgraph.apiKey";

function ApiKeyField({ value, onChange }: { value: string; onChange: (key: string) => void }) {
  const [draft, setDraft] = useState(value);
  return (
    <form
      className="key"
      onSubmit={(event) => {
        event.preventDefault();
        onChange(draft.trim());
      }}
    >
      <label htmlFor="api-key">API key</label>
      <input
        id="api-key"
        type="password"
        autoComplete="off"
        spellCheck={false}
        placeholder="only when reads need one"
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
      />
      <button type="submit">Use key</button>
      <span className="key-state" role="status">
        {value ? "key in use (this tab only)" : "no key"}
      </span>
    </form>
  );
}

/** A link such as /graphql?query=...&variables=... opens with that operation (as GraphiQL links always have). */
function fromUrl(): { query?: string; variables?: string } {
  const params = new URLSearchParams(location.search);
  return { query: params.get("query") ?? undefined, variables: params.get("variables") ?? undefined };
}

const linked = fromUrl();

function Ide() {
  const [apiKey, setApiKey] = useState(() => sessionStorage.getItem(KEY_STORAGE) ?? "");
  // A new fetcher makes GraphiQL fetch the schema again, now with the key.
  const fetcher = useMemo(() => createFetcher("/graphql", apiKey), [apiKey]);
  const useKey = (key: string) => {
    if (key) sessionStorage.setItem(KEY_STORAGE, key);
    else sessionStorage.removeItem(KEY_STORAGE);
    setApiKey(key);
  };
  return (
    <div className="ide">
      <header className="bar">
        <a className="home" href="/">
          coopgraph
        </a>
        <span className="title">GraphQL IDE</span>
        <ApiKeyField value={apiKey} onChange={useKey} />
      </header>
      <div className="graphiql">
        <GraphiQL
          fetcher={fetcher}
          defaultTabs={[{ query: HEADLINE_QUERY }, { query: ABOUT_QUERY }]}
          query={linked.query}
          variables={linked.variables}
          defaultEditorToolsVisibility={false}
          shouldPersistHeaders={false}
        />
      </div>
    </div>
  );
}

const root = document.getElementById("root");
if (root) createRoot(root).render(<Ide />);
