/**
 * The API key, kept in sessionStorage only: it lives as long as the tab and is never
 * written to the URL, localStorage or a cookie.
 */
const KEY = "coopgraph.explorer.apiKey";

export function apiKey(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function setApiKey(value: string | null): void {
  if (value === null || value.trim() === "") sessionStorage.removeItem(KEY);
  else sessionStorage.setItem(KEY, value.trim());
}
