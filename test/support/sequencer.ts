import { readFileSync } from "node:fs";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * Vitest's own order (failed first, then longest first), except that the files on the
 * shared prepared graph (test/support/prepared-graph.ts) run one after another, last: the
 * first of them imports the graph and the others find it there. Any other order stays
 * correct (each file checks the graph and prepares it again when it must), only slower.
 */
export class PreparedGraphTogether extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const uses = (f: TestSpecification) => readFileSync(f.moduleId, "utf8").includes("usePreparedGraph(");
    return [...sorted.filter((f) => !uses(f)), ...sorted.filter(uses)];
  }
}
