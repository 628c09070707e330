import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../src/config/project-root.js";
import { WEB_DIST, WEB_SOURCE, discoverApps } from "../../src/web/web.apps.js";
import { buildWeb } from "../../web/build.js";

/** Everything a bundle is made from: the web sources, the locked dependencies, the web TS config. */
function fingerprint(root: string): string {
  const hash = createHash("sha256");
  const add = (path: string) => hash.update(path).update(readFileSync(join(root, path)));
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else add(path);
    }
  };
  walk(WEB_SOURCE);
  add("package-lock.json");
  add("tsconfig.web.json");
  return hash.digest("hex");
}

/**
 * Builds the web apps before the integration tests, so the server they start serves
 * what the sources say now; skipped when nothing they are built from changed since
 * the last build made here (a fingerprint in dist/web/), as esbuild still takes seconds.
 */
export default async function setup() {
  const root = projectRoot();
  const marker = join(root, WEB_DIST, ".test-fingerprint");
  const now = fingerprint(root);
  const allBuilt = discoverApps(root).every((app) => existsSync(join(app.outDir, "index.html")));
  if (allBuilt && existsSync(marker) && readFileSync(marker, "utf8") === now) {
    console.log("[web] bundles up to date");
    return;
  }
  const started = Date.now();
  const built = await buildWeb();
  writeFileSync(marker, now);
  console.log(`[web] built ${built.map((b) => b.name).join(", ")} in ${Date.now() - started} ms`);
}
