import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generate, loadCodegenConfig } from "@graphql-codegen/cli";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config/project-root.js";

describe("test/generated/graphql.ts", () => {
  it("matches schema/schema.graphql and test/operations (run npm run codegen after changing either)", async () => {
    const root = projectRoot();
    const { config } = await loadCodegenConfig({ configFilePath: join(root, "codegen.yml") });
    const [output] = await generate({ ...config, cwd: root, silent: true }, false);
    expect(output?.filename).toMatch(/test\/generated\/graphql\.ts$/);
    expect(readFileSync(join(root, "test", "generated", "graphql.ts"), "utf8")).toBe(output?.content);
  });
});
