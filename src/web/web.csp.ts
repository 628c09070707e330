/** A directive and its sources, e.g. `"worker-src": ["'self'", "blob:"]`. */
export type CspDirectives = Record<string, string[]>;

/**
 * Only this origin, for everything a page can load or send: the apps are bundled,
 * so nothing legitimate comes from elsewhere, and no inline script can run.
 * Workers may come from blob: URLs (graph layouts build theirs that way); images
 * from data: and blob: URLs (canvas exports, inlined icons).
 */
export const BASE_CSP: CspDirectives = {
  "default-src": ["'none'"],
  "script-src": ["'self'"],
  "style-src": ["'self'"],
  "img-src": ["'self'", "data:", "blob:"],
  "font-src": ["'self'"],
  "connect-src": ["'self'"],
  "worker-src": ["'self'", "blob:"],
  "manifest-src": ["'self'"],
  "base-uri": ["'none'"],
  "form-action": ["'self'"],
  "frame-ancestors": ["'none'"],
  "object-src": ["'none'"],
};

/** The base policy with an app's additions (from its `app.json`), as a header value. */
export function cspHeader(additions: CspDirectives = {}): string {
  const merged: CspDirectives = { ...BASE_CSP };
  for (const [directive, sources] of Object.entries(additions)) {
    merged[directive] = [...new Set([...(merged[directive] ?? []).filter((s) => s !== "'none'"), ...sources])];
  }
  return Object.entries(merged)
    .map(([directive, sources]) => `${directive} ${sources.join(" ")}`)
    .join("; ");
}
