import { describe, expect, it } from "vitest";
import { NeighbourhoodStepFactsDocument, ShortestPathStepFactsDocument } from "../generated/graphql.js";
import { execute } from "../support/graphql.js";
import { usePreparedGraph } from "../support/prepared-graph.js";
import { seedRels } from "../support/seed-files.js";

describe("relationships in neighbourhoods and paths carry their uncertainty (what the explorer shows)", () => {
  const graph = usePreparedGraph();
  const seed = seedRels();
  const inSeed = (s: { type: string; from: string; to: string; role?: string | null }) =>
    seed.filter((r) => r.type === s.type && r.from === s.from && r.to === s.to && (s.role === undefined || (r.props.role ?? null) === s.role));

  it("Japan's neighbourhood: each relationship as uncertain as the seed states it, with the seed's sources", async () => {
    const res = await execute(graph().app, NeighbourhoodStepFactsDocument, { id: "member:jpn" });
    expect(res.errors).toBeUndefined();
    const steps = res.data!.neighbourhood.relationships;
    for (const step of steps) {
      const [record, ...others] = inSeed(step);
      expect(record, `${step.from} ${step.type} ${step.to}`).toBeDefined();
      expect(others).toEqual([]);
      expect({ uncertain: step.uncertain, uncertainty: step.uncertainty, sources: [...step.sources].sort() }).toEqual({
        uncertain: record!.props.uncertain ?? false,
        uncertainty: record!.props.uncertainty ?? null,
        sources: [...record!.sources].sort(),
      });
    }
    // Kobe Customs as an office of Japan Customs is stated by no source: the seed marks it uncertain.
    expect(steps.find((s) => s.from === "organization:kobe-customs" && s.type === "AFFILIATED_WITH")?.uncertain).toBe(true);
  });

  it("the path from Nigeria to Motoya Nakae: each step as uncertain as the seed states it", async () => {
    const res = await execute(graph().app, ShortestPathStepFactsDocument, { from: "member:nga", to: "person:motoya-nakae" });
    expect(res.errors).toBeUndefined();
    const steps = res.data!.shortestPath!.steps;
    expect(steps.length).toBe(4);
    for (const step of steps) {
      const records = inSeed(step);
      expect(records.length, `${step.from} ${step.type} ${step.to}`).toBeGreaterThan(0);
      expect(records.map((r) => r.props.uncertain ?? false)).toContain(step.uncertain);
    }
  });
});
