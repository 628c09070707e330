import { describe, expect, it } from "vitest";
import { prefersHtml } from "../../src/web/web.accept.js";
import { BASE_CSP, cspHeader } from "../../src/web/web.csp.js";

describe("which GET /graphql gets the IDE", () => {
  it("gives browsers' navigation requests the page", () => {
    // Chromium's and Firefox's Accept for a page they navigate to.
    expect(prefersHtml("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7")).toBe(true);
    expect(prefersHtml("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")).toBe(true);
    expect(prefersHtml("text/html")).toBe(true);
  });

  it("leaves GraphQL clients, curl and ties to GraphQL", () => {
    expect(prefersHtml(undefined)).toBe(false);
    expect(prefersHtml("")).toBe(false);
    expect(prefersHtml("*/*")).toBe(false);
    expect(prefersHtml("application/json")).toBe(false);
    expect(prefersHtml("application/graphql-response+json, application/json;q=0.9")).toBe(false);
    expect(prefersHtml("text/html, application/json")).toBe(false); // a tie goes to JSON
    expect(prefersHtml("text/html;q=0.5, application/json")).toBe(false);
    expect(prefersHtml("text/html;q=0")).toBe(false);
    expect(prefersHtml("text/*, application/json;q=0.5")).toBe(true);
  });
});

describe("the content security policy", () => {
  it("is the base policy when an app adds nothing", () => {
    expect(cspHeader()).toBe(Object.entries(BASE_CSP).map(([d, s]) => `${d} ${s.join(" ")}`).join("; "));
    expect(cspHeader()).toContain("default-src 'none'; script-src 'self'; style-src 'self'");
  });

  it("adds an app's sources to a directive, replacing 'none', without repeats", () => {
    const csp = cspHeader({ "style-src": ["'self'", "'unsafe-inline'"], "object-src": ["'self'"], "media-src": ["blob:"] });
    expect(csp).toContain("style-src 'self' 'unsafe-inline';");
    expect(csp).toContain("object-src 'self';");
    expect(csp).toContain("media-src blob:");
    expect(csp).toContain("default-src 'none';");
  });
});
