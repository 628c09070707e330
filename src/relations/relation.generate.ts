import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { cypherDir } from "../db/cypher.registry.js";
import { REL_TYPE_NAMES } from "../model/model.relationships.js";
import { byTypeFile, byTypeName } from "./relation.statements.js";

// Writes cypher/relations/by-type/*.cypher from the written page statements.
for (const direction of ["out", "in"] as const) {
  for (const type of REL_TYPE_NAMES) {
    const path = join(cypherDir(), `${byTypeName(direction, type)}.cypher`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, byTypeFile(direction, type));
  }
}
process.stdout.write(`wrote ${REL_TYPE_NAMES.length * 2} statements to cypher/relations/by-type/\n`);
