import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse, print, visit } from "graphql";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config/project-root.js";
import { HEADLINE_QUERY } from "../../web/graphiql/queries.js";

/** The document without its operation name, printed the one canonical way. */
const canonical = (text: string) => print(visit(parse(text), { OperationDefinition: (op) => ({ ...op, name: undefined }) }));

describe("the GraphQL IDE's example", () => {
  it("is the README's headline query", () => {
    const readme = readFileSync(join(projectRoot(), "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("## The headline question"));
    const block = /```graphql\n([\s\S]*?)```/.exec(section)?.[1];
    expect(block).toBeDefined();
    expect(canonical(HEADLINE_QUERY)).toBe(canonical(block!));
  });
});
