import type { Driver } from "neo4j-driver";

/**
 * A whole graph as sorted lines of text, read with plain Cypher of its own
 * (not the importer's statements): every node's labels and properties with
 * their Cypher types, every relationship's type, ends (by id) and properties,
 * and every index. Values that differ between any two runs (when a change or
 * migration was recorded, the history id) keep only their type.
 */
export interface GraphDump {
  nodes: string[];
  relationships: string[];
  indexes: string[];
}

const VOLATILE: Record<string, readonly string[]> = { Change: ["at"], GraphVersion: ["history"], Migration: ["appliedAt"] };

export async function dumpGraph(driver: Driver, database: string): Promise<GraphDump> {
  const session = driver.session({ database, defaultAccessMode: "READ" });
  try {
    const nodes = await session.run(
      "MATCH (n) RETURN labels(n) AS labels, [k IN keys(n) | [k, valueType(n[k]), n[k]]] AS props",
    );
    const rels = await session.run(
      "MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, [k IN keys(r) | [k, valueType(r[k]), r[k]]] AS props",
    );
    const indexes = await session.run(
      "SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, state, options RETURN name, type, entityType, labelsOrTypes, properties, state, options.indexConfig AS config",
    );
    return {
      nodes: nodes.records
        .map((r) => {
          const labels = (r.get("labels") as string[]).sort();
          const volatile = labels.flatMap((l) => VOLATILE[l] ?? []);
          return JSON.stringify([labels, props(r.get("props") as [string, string, unknown][], volatile)]);
        })
        .sort(),
      relationships: rels.records.map((r) => JSON.stringify([r.get("type"), r.get("from"), r.get("to"), props(r.get("props") as [string, string, unknown][], [])])).sort(),
      indexes: indexes.records.map((r) => JSON.stringify(r.toObject())).sort(),
    };
  } finally {
    await session.close();
  }
}

function props(list: [string, string, unknown][], volatile: readonly string[]): [string, string, unknown][] {
  return list.map(([k, type, v]): [string, string, unknown] => [k, type, volatile.includes(k) ? "(differs per run)" : plain(v)]).sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

/** Driver values as JSON can hold them: integers as "<n>i" so that 1 and 1.0 stay apart. */
function plain(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(plain);
  if (v !== null && typeof v === "object" && "low" in v && "high" in v) return `${String(v)}i`;
  if (typeof v === "number" && Number.isInteger(v)) return `${v}.0`;
  return v;
}

/** The lines in one dump and not the other, a few of each, to show in a failing test. */
export function dumpDifference(a: readonly string[], b: readonly string[], max = 5): { onlyFirst: string[]; onlySecond: string[] } {
  const sa = new Set(a);
  const sb = new Set(b);
  return { onlyFirst: a.filter((x) => !sb.has(x)).slice(0, max), onlySecond: b.filter((x) => !sa.has(x)).slice(0, max) };
}
