import { buildWeb } from "../../web/build.js";

/**
 * Builds the web apps once per run (esbuild takes seconds), so the server the
 * tests start serves what the sources say now, never a stale bundle.
 */
export default async function setup() {
  const started = Date.now();
  const built = await buildWeb();
  console.log(`[web] built ${built.map((b) => b.name).join(", ")} in ${Date.now() - started} ms`);
}
