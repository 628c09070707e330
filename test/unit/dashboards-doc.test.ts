import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config/project-root.js";

// The apollo-cache integration test runs docs/dashboards/apollo-client.ts; this keeps
// the set-up a dashboard developer copies from docs/dashboards.md the one that was tested.
describe("docs/dashboards.md", () => {
  const root = projectRoot();
  const doc = readFileSync(join(root, "docs", "dashboards.md"), "utf8");

  it("shows docs/dashboards/apollo-client.ts verbatim", () => {
    expect(doc).toContain(`\`\`\`ts\n${readFileSync(join(root, "docs", "dashboards", "apollo-client.ts"), "utf8")}\`\`\``);
  });

  it("gives the client codegen set-up: the four plugins, PartialDate as a string", () => {
    for (const plugin of ["typescript", "typescript-operations", "typed-document-node", "fragment-matcher"]) expect(doc).toContain(`      - ${plugin}\n`);
    expect(doc).toMatch(/scalars:\n(\s+#.*\n)?\s+PartialDate: string\n/);
  });
});
