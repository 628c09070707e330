import "./style.css";

interface About {
  data?: { about?: { version?: string; database?: { nodeCount?: number } } };
}

/** The footer names the version and the graph's size, when the API answers (it may need a key: then it stays quiet). */
async function showVersion(footer: HTMLElement): Promise<void> {
  const response = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ about { version database { nodeCount } } }" }),
  });
  const body = (await response.json()) as About;
  const about = body.data?.about;
  if (!about?.version) return;
  const nodes = about.database?.nodeCount;
  footer.textContent = `coopgraph ${about.version}` + (nodes === undefined ? "" : ` · ${nodes.toLocaleString("en")} nodes in the graph`);
}

const footer = document.getElementById("version");
if (footer) showVersion(footer).catch(() => undefined);
