import { join } from "node:path";
import type { App } from "../server.js";
import { readWebFile } from "./web.files.js";
import { messagePage } from "./web.pages.js";

const DOC_NAME = /^[A-Za-z0-9][A-Za-z0-9-]*\.md$/;

/**
 * The repository's documentation as plain text: `/docs/<name>.md` is `docs/<name>.md`,
 * `/docs/README.md` the README. Plain text rather than rendered HTML: nothing to
 * bundle, and what a reader sees is exactly what the repository holds.
 */
export function registerDocs(app: App, root: string, securityHeaders: Record<string, string>): void {
  app.get("/docs/:name", async (request, reply) => {
    const { name } = request.params as { name: string };
    reply.headers(securityHeaders);
    const file = DOC_NAME.test(name) ? await readWebFile(name === "README.md" ? root : join(root, "docs"), name) : undefined;
    if (!file) {
      return reply.code(404).type("text/html; charset=utf-8").send(messagePage("Not found", `There is no document ${name}; the home page lists them.`));
    }
    return reply.header("cache-control", file.cacheControl).header("etag", file.etag).type(file.type).send(file.body);
  });
}
