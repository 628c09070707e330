import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { cypherDir } from "../../src/db/cypher.registry.js";

function paths(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return paths(path);
    return entry.endsWith(".cypher") ? [path] : [];
  });
}

/** Every file under cypher/: its name as the registry gives it (analysis/co-participants) and its statement without // comments (comments may say anything). */
export function cypherStatements(): { name: string; text: string }[] {
  return paths(cypherDir()).map((path) => ({
    name: relative(cypherDir(), path).slice(0, -".cypher".length),
    text: readFileSync(path, "utf8").replace(/\/\/[^\n]*/g, ""),
  }));
}
