import { describe, expect, it } from "vitest";
import { launchBrowser } from "../support/browser.js";

describe("the browser tests' Chromium", () => {
  it("names the Debian package when the binary is missing", async () => {
    await expect(launchBrowser("/nonexistent/chromium")).rejects.toThrow(
      "Chromium is not installed at /nonexistent/chromium: the browser tests drive Debian's Chromium. Install the Debian package `chromium`",
    );
  });
});
