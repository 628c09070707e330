import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import { ASSETS_DIR } from "./web.apps.js";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
  ".eot": "application/vnd.ms-fontobject",
  ".webmanifest": "application/manifest+json",
};

/** Hashed names never change content: a year, immutable. Anything else is revalidated every time. */
export const IMMUTABLE = "public, max-age=31536000, immutable";
export const REVALIDATE = "no-cache";

export interface WebFile {
  body: Buffer;
  type: string;
  cacheControl: string;
  etag: string;
}

export const contentType = (path: string) => TYPES[extname(path).toLowerCase()] ?? "application/octet-stream";

/**
 * The file at `relativePath` inside `dir`, or undefined when there is none (or
 * the path leaves the folder: `..`, absolute paths, NUL).
 */
export async function readWebFile(dir: string, relativePath: string): Promise<WebFile | undefined> {
  if (relativePath.includes("\0")) return undefined;
  const path = normalize(join(dir, relativePath));
  if (!path.startsWith(dir + sep)) return undefined;
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) return undefined;
  const hashed = relativePath.startsWith(`${ASSETS_DIR}/`);
  return {
    body: await readFile(path),
    type: contentType(path),
    cacheControl: hashed ? IMMUTABLE : REVALIDATE,
    etag: `"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}"`,
  };
}
