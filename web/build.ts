/**
 * Bundles every web app (`web/<app>/` with index.html and main.ts(x)) into
 * `dist/web/<app>/`: index.html with its script and stylesheet tags added, and
 * `assets/` with content-hashed, minified files and their source maps. Nothing is
 * loaded from elsewhere: fonts, images and libraries are bundled.
 *
 *   npx tsx web/build.ts            every app
 *   npx tsx web/build.ts explorer   the ones named
 */
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import * as esbuild from "esbuild";
import { projectRoot } from "../src/config/project-root.js";
import { ASSETS_DIR, FAVICON, PUBLIC_DIR, WEB_DIST, WEB_SOURCE, discoverApps, type WebApp } from "../src/web/web.apps.js";

/** Files that CSS or code may import, copied to assets/ under a hashed name. */
const FILE_LOADERS = Object.fromEntries(
  [".woff2", ".woff", ".ttf", ".eot", ".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".ico"].map((ext) => [ext, "file" as const]),
);

export interface BuiltApp {
  name: string;
  script: string;
  stylesheet: string | undefined;
  bytes: number;
}

function tagsFor(html: string, script: string, stylesheet: string | undefined): string {
  const icon = /rel=["']?icon/.test(html) ? "" : `<link rel="icon" href="/${FAVICON}" type="image/svg+xml">`;
  const css = stylesheet ? `<link rel="stylesheet" href="${stylesheet}">` : "";
  return `${icon}${css}<script type="module" src="${script}"></script>`;
}

async function bundle(app: WebApp, root: string, outDir: string): Promise<BuiltApp> {
  const publicPath = `/${app.name}/${ASSETS_DIR}`;
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: { main: app.entry },
    outdir: join(outDir, ASSETS_DIR),
    bundle: true,
    minify: true,
    sourcemap: "linked",
    format: "esm",
    splitting: true,
    platform: "browser",
    target: ["es2022"],
    charset: "utf8",
    jsx: "automatic",
    tsconfig: join(root, "tsconfig.web.json"),
    entryNames: "[name]-[hash]",
    chunkNames: "chunk-[hash]",
    assetNames: "[name]-[hash]",
    publicPath,
    loader: FILE_LOADERS,
    define: { "process.env.NODE_ENV": '"production"' },
    metafile: true,
    logLevel: "warning",
  });
  const outputs = Object.entries(result.metafile.outputs);
  const entry = relative(root, app.entry);
  const main = outputs.find(([, o]) => o.entryPoint === entry);
  if (!main) throw new Error(`web build: esbuild wrote no output for ${entry}`);
  const url = (file: string) => `${publicPath}/${basename(file)}`;
  const script = url(main[0]);
  const stylesheet = main[1].cssBundle ? url(main[1].cssBundle) : undefined;

  const html = readFileSync(join(app.sourceDir, "index.html"), "utf8");
  if (!html.includes("</head>")) throw new Error(`web build: ${relative(root, app.sourceDir)}/index.html has no </head> to add the script before`);
  writeFileSync(join(outDir, "index.html"), html.replace("</head>", `${tagsFor(html, script, stylesheet)}</head>`));

  const settings = join(app.sourceDir, "app.json");
  if (existsSync(settings)) {
    JSON.parse(readFileSync(settings, "utf8")); // a typo fails the build, not every request
    cpSync(settings, join(outDir, "app.json"));
  }
  const publicFiles = join(app.sourceDir, PUBLIC_DIR);
  if (existsSync(publicFiles)) cpSync(publicFiles, outDir, { recursive: true });
  const bytes = outputs.reduce((sum, [, o]) => sum + o.bytes, 0);
  return { name: app.name, script, stylesheet, bytes };
}

/**
 * Builds the apps (all, or those named) and swaps each into place whole, so a
 * server never serves an index.html naming assets that are not there yet.
 */
export async function buildWeb(names: string[] = [], root: string = projectRoot()): Promise<BuiltApp[]> {
  const all = discoverApps(root);
  const unknown = names.filter((n) => !all.some((a) => a.name === n));
  if (unknown.length) throw new Error(`web build: no app ${unknown.join(", ")} (apps: ${all.map((a) => a.name).join(", ") || "none"})`);
  const apps = names.length ? all.filter((a) => names.includes(a.name)) : all;
  mkdirSync(join(root, WEB_DIST), { recursive: true });
  cpSync(join(root, WEB_SOURCE, FAVICON), join(root, WEB_DIST, FAVICON));
  const built: BuiltApp[] = [];
  for (const app of apps) {
    const staging = join(root, WEB_DIST, `.${app.name}-${process.pid}`);
    rmSync(staging, { recursive: true, force: true });
    try {
      built.push(await bundle(app, root, staging));
      rmSync(app.outDir, { recursive: true, force: true });
      renameSync(staging, app.outDir);
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  }
  return built;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = Date.now();
  buildWeb(process.argv.slice(2)).then(
    (built) => {
      for (const b of built) console.log(`web: ${b.name} -> ${WEB_DIST}/${b.name}/ (${(b.bytes / 1024).toFixed(0)} KiB with source maps)`);
      console.log(`web: ${built.length} app(s) built in ${Date.now() - started} ms`);
    },
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}
