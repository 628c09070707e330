import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

/**
 * Expands the paths given on the command line: a file stays itself, a folder
 * becomes its *.jsonl files in name order (which is import order).
 */
export function expandImportPaths(paths: string[]): string[] {
  return paths.flatMap((p) => {
    const abs = resolve(p);
    let stat;
    try {
      stat = statSync(abs);
    } catch {
      throw new Error(`${p}: no such file or folder`);
    }
    if (!stat.isDirectory()) return [abs];
    const files = readdirSync(abs).filter((f) => f.endsWith(".jsonl")).sort().map((f) => join(abs, f));
    if (files.length === 0) throw new Error(`${p}: this folder holds no .jsonl file`);
    return files;
  });
}
