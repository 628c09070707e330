import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config/project-root.js";
import { printCommittedSchema } from "../../src/graphql/print-schema.js";

describe("schema/schema.graphql", () => {
  it("matches the resolvers (run npm run schema:emit after changing the API)", async () => {
    const committed = readFileSync(join(projectRoot(), "schema", "schema.graphql"), "utf8");
    expect(committed).toBe(await printCommittedSchema());
  });
});
