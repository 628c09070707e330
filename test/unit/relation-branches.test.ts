import { describe, expect, it } from "vitest";
import { readCypherFile } from "../../src/db/cypher.registry.js";
import { REL_TYPE_NAMES } from "../../src/model/model.relationships.js";

// The relation pages expand one typed branch per relationship type (see the
// files' comments): a type added to the model without its branch would never
// be listed, silently.
describe("relation page statements", () => {
  it.each(["relations/outgoing", "relations/incoming"])("%s has a typed branch for every relationship type", (name) => {
    const text = readCypherFile(name);
    for (const type of REL_TYPE_NAMES) {
      expect(text).toContain(`[r:${type}]`);
      expect(text).toContain(`WHERE '${type}' IN $types`);
    }
    expect(text.match(/UNION ALL/g)).toHaveLength(REL_TYPE_NAMES.length - 1);
  });
});
