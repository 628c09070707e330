import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { cypherDir } from "../db/cypher.registry.js";
import { REL_TYPE_NAMES } from "../model/model.relationships.js";
import { chainFile, chainName, CHAINS, ROOTED, rootedFile, rootedName } from "./relation.chains.js";
import { byTypeFile, byTypeName } from "./relation.statements.js";

// Writes cypher/relations/by-type/*.cypher from the written page statements, and cypher/relations/chains/*.cypher and rooted/*.cypher from those.
const write = (name: string, text: string) => {
  const path = join(cypherDir(), `${name}.cypher`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
};
for (const direction of ["out", "in"] as const) {
  for (const type of REL_TYPE_NAMES) write(byTypeName(direction, type), byTypeFile(direction, type));
}
const chainsDir = join(cypherDir(), "relations", "chains");
rmSync(chainsDir, { recursive: true, force: true });
for (const chain of CHAINS) write(chainName(chain), chainFile(chain));
const rootedDir = join(cypherDir(), "relations", "rooted");
rmSync(rootedDir, { recursive: true, force: true });
for (const chain of ROOTED) write(rootedName(chain), rootedFile(chain));
process.stdout.write(`wrote ${REL_TYPE_NAMES.length * 2} statements to cypher/relations/by-type/, ${readdirSync(chainsDir).length} to cypher/relations/chains/ and ${readdirSync(rootedDir).length} to cypher/relations/rooted/\n`);
