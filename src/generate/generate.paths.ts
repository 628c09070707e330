import { join } from "node:path";
import { projectRoot } from "../config/project-root.js";
import type { Scale } from "./generate.service.js";

/** Where generated files go unless --out says otherwise (ignored by git). */
export function defaultOutDir(scale: Scale, seed: number): string {
  return join(projectRoot(), ".cache", "synthetic", `${scale}-seed${seed}`);
}
