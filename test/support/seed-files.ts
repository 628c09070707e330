import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../src/config/project-root.js";

export interface SeedNode {
  kind: "node";
  label: string;
  id: string;
  props: Record<string, unknown>;
  sources: string[];
}

export interface SeedRel {
  kind: "rel";
  type: string;
  from: string;
  to: string;
  props: { role?: string; uncertain?: boolean; uncertainty?: string; [k: string]: unknown };
  sources: string[];
}

/** Every record of the seed files as written (a second way to an expected answer, apart from the API). */
export function seedRecords(): (SeedNode | SeedRel)[] {
  const dir = join(projectRoot(), "seed");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()
    .flatMap((f) => readFileSync(join(dir, f), "utf8").split("\n"))
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as SeedNode | SeedRel);
}

export const seedNodes = (): SeedNode[] => seedRecords().filter((r): r is SeedNode => r.kind === "node");
export const seedRels = (): SeedRel[] => seedRecords().filter((r): r is SeedRel => r.kind === "rel");
