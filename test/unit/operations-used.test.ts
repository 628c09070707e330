import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config/project-root.js";

describe("test/operations", () => {
  it("every generated document is sent by some integration test (use it or remove its .graphql)", () => {
    const root = projectRoot();
    const generated = readFileSync(join(root, "test", "generated", "graphql.ts"), "utf8");
    const documents = [...generated.matchAll(/^export const (\w+Document)\b/gm)].map((m) => m[1]!);
    expect(documents.length).toBeGreaterThan(0);
    const dir = join(root, "test", "integration");
    const tests = readdirSync(dir, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".ts"))
      .map((f) => readFileSync(join(dir, f), "utf8"))
      .join("\n");
    expect(documents.filter((d) => !new RegExp(`\\b${d}\\b`).test(tests))).toEqual([]);
  });
});
