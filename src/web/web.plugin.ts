import { existsSync, readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { extname, join } from "node:path";
import type { FastifyReply, FastifyRequest } from "fastify";
import { projectRoot } from "../config/project-root.js";
import type { App } from "../server.js";
import { prefersHtml } from "./web.accept.js";
import { registerDocs } from "./web.docs.js";
import { FAVICON, WEB_DIST, discoverApps } from "./web.apps.js";
import { cspHeader, type CspDirectives } from "./web.csp.js";
import { REVALIDATE, readWebFile, type WebFile } from "./web.files.js";
import { messagePage, notBuiltMessage } from "./web.pages.js";

/** The app served at `/`. */
export const HOME_APP = "home";
/** The app served at the GraphQL path to browsers. */
export const IDE_APP = "graphiql";

export interface WebOptions {
  /** Where `web/` and `dist/web/` are (default: the project root). */
  root?: string;
  /** GET requests there that prefer text/html get the GraphQL IDE. */
  graphqlPath: string;
}

/** Apps with sources or with a build: a built app whose sources went away is still served. */
function appNames(root: string): string[] {
  const names = new Set(discoverApps(root).map((a) => a.name));
  const dist = join(root, WEB_DIST);
  if (existsSync(dist)) {
    for (const d of readdirSync(dist, { withFileTypes: true })) {
      if (d.isDirectory() && !d.name.startsWith(".") && existsSync(join(dist, d.name, "index.html"))) names.add(d.name);
    }
  }
  return [...names].sort();
}

/** An app's additions to the content security policy, from the `app.json` its build copied. */
async function appCsp(dir: string): Promise<CspDirectives | undefined> {
  const text = await readFile(join(dir, "app.json"), "utf8").catch(() => undefined);
  return text ? (JSON.parse(text) as { csp?: CspDirectives }).csp : undefined;
}

/** Headers of every web response: the policy (with an app's additions), no sniffing, no framing. */
export function securityHeaders(additions?: CspDirectives): Record<string, string> {
  return {
    "content-security-policy": cspHeader(additions),
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "same-origin",
    "cross-origin-opener-policy": "same-origin",
  };
}

// Returns nothing on purpose: a reply is thenable (it settles once sent), so awaiting one here would never end.
async function secure(reply: FastifyReply, dir: string): Promise<void> {
  reply.headers(securityHeaders(await appCsp(dir)));
}

function sendFile(request: FastifyRequest, reply: FastifyReply, file: WebFile, status = 200) {
  reply.header("cache-control", file.cacheControl).header("etag", file.etag);
  if (status === 200 && request.headers["if-none-match"] === file.etag) return reply.code(304).send();
  return reply.code(status).type(file.type).send(file.body);
}

function sendMessage(reply: FastifyReply, status: number, title: string, message: string) {
  return reply.code(status).header("cache-control", REVALIDATE).type("text/html; charset=utf-8").send(messagePage(title, message));
}

/**
 * The web apps: `dist/web/<app>/` at `/<app>/` (`/<app>` redirects there), the
 * home app at `/`, the GraphQL IDE at the GraphQL path for browsers. Every
 * response carries a policy that allows this origin only. A path under an app
 * without a file extension that names no file gets the app's index.html, so
 * apps may keep their state in the path.
 */
export async function registerWeb(app: App, { root = projectRoot(), graphqlPath }: WebOptions): Promise<void> {
  const dist = join(root, WEB_DIST);
  const dirOf = (name: string) => join(dist, name);

  const sendIndex = async (request: FastifyRequest, reply: FastifyReply, name: string) => {
    await secure(reply, dirOf(name));
    const index = await readWebFile(dirOf(name), "index.html");
    return index ? sendFile(request, reply, index) : sendMessage(reply, 503, "Not built", notBuiltMessage(name));
  };

  // Before Apollo (and the rate limiter, ETags, limits): Apollo would answer with its own landing page or a 400.
  app.addHook("onRequest", async (request, reply) => {
    if (request.method === "GET" && request.routeOptions.url === graphqlPath && prefersHtml(request.headers.accept)) {
      return sendIndex(request, reply, IDE_APP);
    }
  });

  app.get("/", (request, reply) => sendIndex(request, reply, HOME_APP));
  registerDocs(app, root, securityHeaders());
  app.get(`/${FAVICON}`, async (request, reply) => {
    reply.headers(securityHeaders());
    const icon = await readWebFile(dist, FAVICON);
    return icon ? sendFile(request, reply, icon) : sendMessage(reply, 404, "Not found", notBuiltMessage("favicon"));
  });
  app.get("/favicon.ico", (_request, reply) => reply.redirect(`/${FAVICON}`, 301));

  for (const name of appNames(root)) {
    app.get(`/${name}`, (request, reply) => {
      const query = request.url.indexOf("?");
      return reply.redirect(`/${name}/${query >= 0 ? request.url.slice(query) : ""}`, 308);
    });
    app.get(`/${name}/*`, async (request, reply) => {
      const path = (request.params as { "*": string })["*"];
      if (path === "" || path === "index.html") return sendIndex(request, reply, name);
      await secure(reply, dirOf(name));
      const file = await readWebFile(dirOf(name), path);
      if (file) return sendFile(request, reply, file);
      if (!existsSync(join(dirOf(name), "index.html"))) return sendMessage(reply, 503, "Not built", notBuiltMessage(name));
      if (!extname(path)) return sendIndex(request, reply, name);
      return sendMessage(reply, 404, "Not found", `There is no file ${request.url.split("?")[0]} in the ${name} app.`);
    });
  }
}
