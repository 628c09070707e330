import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../config/project-root.js";

/** Where the web apps' sources live: one folder per app, `web/<app>/index.html` + `main.ts(x)`. */
export const WEB_SOURCE = "web";
/** Where `npm run build:web` writes them: `dist/web/<app>/index.html` and `assets/`. */
export const WEB_DIST = join("dist", "web");
/** Hashed files of an app (immutable), under `/<app>/assets/`. */
export const ASSETS_DIR = "assets";
/** Copied as they are (favicon, robots...), served at `/<app>/<file>` and revalidated. */
export const PUBLIC_DIR = "public";

/** The shared icon, `web/favicon.svg`, served at `/favicon.svg`: without one browsers ask for /favicon.ico. */
export const FAVICON = "favicon.svg";

const APP_NAME = /^[a-z][a-z0-9-]*$/;
const ENTRIES = ["main.ts", "main.tsx"];

export interface WebApp {
  name: string;
  /** `web/<app>` */
  sourceDir: string;
  /** `web/<app>/main.ts` or `main.tsx` */
  entry: string;
  /** `dist/web/<app>` */
  outDir: string;
}

/** The entry of an app folder, or undefined when it is no app (no index.html or main.ts(x)). */
function entryOf(dir: string): string | undefined {
  if (!existsSync(join(dir, "index.html"))) return undefined;
  return ENTRIES.map((e) => join(dir, e)).find((p) => existsSync(p));
}

/**
 * Every app under `web/`: a folder with a lowercase name, an index.html and a
 * main.ts(x). Adding an app is adding its folder; nothing else lists them.
 */
export function discoverApps(root: string = projectRoot()): WebApp[] {
  const source = join(root, WEB_SOURCE);
  if (!existsSync(source)) return [];
  return readdirSync(source, { withFileTypes: true })
    .filter((d) => d.isDirectory() && APP_NAME.test(d.name))
    .flatMap((d) => {
      const dir = join(source, d.name);
      const entry = entryOf(dir);
      return entry ? [{ name: d.name, sourceDir: dir, entry, outDir: join(root, WEB_DIST, d.name) }] : [];
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
