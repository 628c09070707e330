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
  /** "gzip" when body is the build's `<file>.gz`. */
  encoding?: "gzip";
}

/** Whether an Accept-Encoding header takes gzip (not refused with q=0). */
export function acceptsGzip(header: string | undefined): boolean {
  return (header ?? "").split(",").some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(";");
    if (coding !== "gzip" && coding !== "*") return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

export const contentType = (path: string) => TYPES[extname(path).toLowerCase()] ?? "application/octet-stream";

/**
 * The file at `relativePath` inside `dir`, or undefined when there is none (or
 * the path leaves the folder: `..`, absolute paths, NUL).
 */
export async function readWebFile(dir: string, relativePath: string, gzip = false): Promise<WebFile | undefined> {
  if (relativePath.includes("\0")) return undefined;
  const path = normalize(join(dir, relativePath));
  if (!path.startsWith(dir + sep)) return undefined;
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) return undefined;
  const hashed = relativePath.startsWith(`${ASSETS_DIR}/`);
  const file = { type: contentType(path), cacheControl: hashed ? IMMUTABLE : REVALIDATE, etag: `"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}"` };
  const compressed = gzip && hashed ? await readFile(`${path}.gz`).catch(() => undefined) : undefined;
  return compressed ? { ...file, body: compressed, encoding: "gzip" } : { ...file, body: await readFile(path) };
}
