import { REL_TYPES, type RelType } from "../model/model.relationships.js";
import { MAX_CHANGE_IDS, noChangedIds, noOutcomes, type ChangedIds, type Outcomes } from "./import.repository.js";
import type { NodeRow, ParsedFile, RelRow } from "./import.reader.js";
import type { FileSummary } from "./import.service.js";

/**
 * What the transactional importer would leave in an empty graph after writing
 * validated files one after another (src/import/import.service.ts and
 * cypher/import/upsert-*), computed without a database, for the bulk loader:
 * the last definition of each node and relationship wins, page keys are those
 * of the final graph, and each file's outcomes and changed ids are the ones
 * its transaction would have recorded in the change feed.
 */
export interface LoadPlan {
  nodes: Map<string, NodeRow>;
  /** By identity (from|type|to|key); props without the page key, which `pageKeyOf` gives. */
  rels: Map<string, RelRow>;
  files: PlannedFile[];
  summary: { nodes: Outcomes; relationships: Outcomes };
}

export interface PlannedFile {
  summary: FileSummary;
  nodeIds: ChangedIds;
  relationshipIds: ChangedIds;
}

export function planLoad(files: readonly ParsedFile[]): LoadPlan {
  const plan: LoadPlan = { nodes: new Map(), rels: new Map(), files: [], summary: { nodes: noOutcomes(), relationships: noOutcomes() } };
  for (const file of files) {
    const planned: PlannedFile = { summary: { file: file.file, nodes: noOutcomes(), relationships: noOutcomes() }, nodeIds: noChangedIds(), relationshipIds: noChangedIds() };
    // The importer writes a file's nodes label by label, then its relationships type by type (first appearance order).
    for (const rows of groupBy(file.nodes, (n) => n.label).values()) {
      for (const row of rows) {
        const outcome = upsert(plan.nodes, row.id, row);
        count(planned.summary.nodes, planned.nodeIds, outcome, row.id);
      }
    }
    for (const [type, rows] of groupBy(file.rels, (r) => r.type)) {
      for (const row of rows) {
        // The stored page key always equals the one the final graph gives (a node whose order changes
        // rewrites the keys it anchors), so comparing the record's own properties decides the outcome.
        const outcome = upsert(plan.rels, relIdentity(row), row);
        count(planned.summary.relationships, planned.relationshipIds, outcome, `${row.from} -[${type}]-> ${row.to}`);
      }
    }
    add(plan.summary.nodes, planned.summary.nodes);
    add(plan.summary.relationships, planned.summary.relationships);
    plan.files.push(planned);
  }
  return plan;
}

export function relIdentity(r: Pick<RelRow, "from" | "type" | "to" | "key">): string {
  return `${r.from}|${r.type}|${r.to}|${r.key}`;
}

type Outcome = "created" | "updated" | "unchanged";

function upsert<T extends { props: Record<string, unknown> }>(into: Map<string, T>, key: string, row: T): Outcome {
  const old = into.get(key);
  if (old && sameValue(old.props, row.props)) return "unchanged";
  into.set(key, row);
  return old ? "updated" : "created";
}

function count(outcomes: Outcomes, ids: ChangedIds, outcome: Outcome, id: string): void {
  outcomes[outcome] += 1;
  if (outcome !== "unchanged" && ids[outcome].length < MAX_CHANGE_IDS) ids[outcome].push(id);
}

/** Equality as Cypher's `=` sees stored properties: maps by key, lists in order, numbers by value. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  if (a && b && typeof a === "object" && typeof b === "object") {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return false;
}

/**
 * What orders a node in the relation pages of its neighbours, as the importer's
 * statements compute it (cypher/import/upsert-relationships-*): the start date
 * with each digit d written 9 - d (newest first), then the first 200 characters
 * of the name or title, then the id.
 */
export function pageOrder(props: Record<string, unknown>): string {
  const date = typeof props.startDate === "string" ? props.startDate : "";
  let inverted = "";
  for (const c of date) {
    if (c === "-") inverted += "-";
    else if (c >= "0" && c <= "9") inverted += String(9 - Number(c));
    // Cypher's toInteger of another character is null, which makes the whole key null: not a value the model lets through.
    else throw new Error(`startDate ${JSON.stringify(date)} holds a character other than digits and "-"`);
  }
  const name = props.name ?? props.title ?? "";
  // Cypher's left() counts code points, not UTF-16 units.
  const head = Array.from(String(name)).slice(0, 200).join("");
  return `${inverted}~\u0001${head}\u0001${String(props.id)}`;
}

/**
 * A relationship's page key: its busy end's id, then the order of its anchor
 * end (REL_TYPES[type].anchor), then type and key, as the importer writes it.
 */
export function pageKeyOf(rel: RelRow, nodes: ReadonlyMap<string, NodeRow>): string {
  const byFrom = REL_TYPES[rel.type as RelType].anchor === "from";
  const anchor = nodes.get(byFrom ? rel.from : rel.to);
  if (!anchor) throw new Error(`${rel.from} -[${rel.type}]-> ${rel.to}: its ${byFrom ? "from" : "to"} end is not in the load`);
  const busy = byFrom ? rel.to : rel.from;
  return `${busy}\u0001${orderOf(anchor)}\u0001${rel.type}\u0001${rel.key}`;
}

/** Each node's order, computed once: an event anchors hundreds of participations. */
const orders = new WeakMap<NodeRow, string>();

function orderOf(node: NodeRow): string {
  let order = orders.get(node);
  if (order === undefined) orders.set(node, (order = pageOrder(node.props)));
  return order;
}

export function add(into: Outcomes, from: Outcomes): void {
  into.created += from.created;
  into.updated += from.updated;
  into.unchanged += from.unchanged;
}

export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
