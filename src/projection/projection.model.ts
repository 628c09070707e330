/**
 * The cooperation projection: the part of the graph every cooperation
 * analysis reads (who took part in which event, when, under which programmes,
 * according to which sources, and which organizations fold into which
 * members), held in memory as integer tables so a network is counted in one
 * pass over the participations instead of a statement that pairs them up row
 * by row. Built from the rows of cypher/projection/*.cypher (projection.repository.ts).
 */

import { toEntity, type EntityValue } from "../entity/entity.model.js";

/** An actor as cypher/projection/actors.cypher gives it. */
export interface ActorRow {
  id: string;
  member: boolean;
  name: string | null;
  regions: string[];
  /** Its labels and properties, as entity/by-ids gives them. */
  labels: string[];
  props: Record<string, unknown>;
}

/** A programme as cypher/projection/programmes.cypher gives it. */
export interface ProgrammeRow {
  code: string;
  id: string;
}

/** A participation as cypher/projection/events.cypher gives it: [actor id, synthetic, uncertain, sources]. */
export type ParticipationRow = [string, boolean, boolean, string[]];

export interface EventRow {
  id: string;
  startDate: string | null;
  endDate: string | null;
  synthetic: boolean;
  programmes: string[];
  participations: ParticipationRow[];
}

/** An AFFILIATED_WITH tie as cypher/projection/ties.cypher gives it. */
export interface TieRow {
  key: string;
  organizationId: string;
  memberId: string;
  role: string;
  synthetic: boolean;
  uncertain: boolean;
  uncertainty: string | null;
}

/** Where the projection comes from: the graph version and its history (cypher/projection/stamp.cypher). */
export interface Stamp {
  version: number;
  history: string;
}

export function stampKey(stamp: Stamp): string {
  return `${stamp.history}:${stamp.version}`;
}

/** A string table: each distinct string once, by index. */
class Interned {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();

  of(value: string): number {
    let i = this.index.get(value);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(value);
      this.index.set(value, i);
    }
    return i;
  }

  find(value: string): number | undefined {
    return this.index.get(value);
  }
}

export interface Tie {
  key: string;
  organization: number;
  member: number;
  role: string;
  synthetic: boolean;
  uncertain: boolean;
  uncertainty: string | null;
}

/**
 * The tables. Actors are numbered in id order (string order, as Cypher sorts
 * ids), so "source id < target id" and "ORDER BY id" are integer comparisons.
 * Events and their participations are in compressed rows: the participations
 * of event e are partFrom[e] .. partFrom[e + 1] - 1, and the sources of
 * participation p are sourceFrom[p] .. sourceFrom[p + 1] - 1 in `sourceIds`.
 * Dates are kept as ranks of their sorted distinct values, so the first and
 * last date of an edge are integer minima and maxima.
 */
export interface Projection {
  stamp: Stamp;
  actorIds: string[];
  actorIsMember: Uint8Array;
  actorRegions: string[][];
  actorIndex: Map<string, number>;
  /**
   * Each actor's entity, as the entity loader would read it at this version:
   * the answers name members and organizations, and these prime the request's
   * loader so their fields cost no statement (projection.service.ts).
   */
  actorEntities: EntityValue[];
  /** The actors in the order the statements give answers (ORDER BY name, id: a missing name last). */
  actorsByName: Int32Array;
  /** Each programme's id by its code. */
  programmeIds: Map<string, string>;

  eventIds: string[];
  eventSynthetic: Uint8Array;
  eventProgrammes: string[][];
  /** The events of each programme code (eventProgrammes turned around), in event order. */
  eventsByProgramme: Map<string, Int32Array>;
  /** The start date (null: undated). */
  eventStart: (string | null)[];
  /** The last day's bound: (endDate ?? startDate) + "~" (src/graphql/period.ts), null when both are missing. */
  eventLastEnd: (string | null)[];
  /** Rank of the start date among all start dates (-1: undated). */
  eventStartRank: Int32Array;
  /** Every event, latest first: undated first (Cypher sorts nulls above every value), then by start date descending, then by id. */
  eventsLatestFirst: Int32Array;
  /** Rank of the last end bound among all of them (-1: none). */
  eventEndRank: Int32Array;
  /** The start year (-1: undated). */
  eventYear: Int32Array;
  startDates: string[];
  lastEnds: string[];

  partFrom: Int32Array;
  partActor: Int32Array;
  partSynthetic: Uint8Array;
  partUncertain: Uint8Array;
  sourceFrom: Int32Array;
  sourceIds: Int32Array;
  sources: string[];
  sourceIndex: Map<string, number>;

  /** The event of each participation. */
  partEvent: Int32Array;
  /** Each actor's participations: actorParts[actorPartFrom[a]] .. actorParts[actorPartFrom[a + 1] - 1]. */
  actorPartFrom: Int32Array;
  actorParts: Int32Array;
  /** The same participations, each actor's in the order of its events in eventsLatestFirst (read from actorPartFrom too). */
  actorPartsLatestFirst: Int32Array;

  /** The ties by organization (actor index). */
  tiesOf: Map<number, Tie[]>;
  /** The ties by member (actor index): the organizations that fold into it. */
  tiesTo: Map<number, Tie[]>;
  participations: number;
}

const LAST_DAY = "~";

function ranks(values: readonly (string | null)[]): { sorted: string[]; rank: Int32Array } {
  const sorted = [...new Set(values.filter((v): v is string => v !== null))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const position = new Map(sorted.map((v, i) => [v, i]));
  return { sorted, rank: Int32Array.from(values, (v) => (v === null ? -1 : position.get(v)!)) };
}

function latestFirstOrder(startRank: Int32Array, eventRows: readonly EventRow[]): Int32Array {
  const rank = (e: number) => (startRank[e]! < 0 ? Infinity : startRank[e]!);
  return Int32Array.from(eventRows, (_, i) => i).sort((a, b) => rank(b) - rank(a) || (eventRows[a]!.id < eventRows[b]!.id ? -1 : eventRows[a]!.id > eventRows[b]!.id ? 1 : 0));
}

function yearOf(date: string | null): number {
  if (date === null) return -1;
  const year = Number.parseInt(date.slice(0, 4), 10);
  return Number.isFinite(year) ? year : -1;
}

/** Each participation's event, and the participations grouped by actor (a counting sort), in event order and latest first. */
function participationsByActor(
  partFrom: Int32Array,
  partActor: Int32Array,
  actors: number,
  eventsLatestFirst: Int32Array,
): Pick<Projection, "partEvent" | "actorPartFrom" | "actorParts" | "actorPartsLatestFirst"> {
  const partEvent = new Int32Array(partActor.length);
  for (let e = 0; e + 1 < partFrom.length; e++) partEvent.fill(e, partFrom[e]!, partFrom[e + 1]!);
  const actorPartFrom = new Int32Array(actors + 1);
  for (const a of partActor) actorPartFrom[a + 1]! += 1;
  for (let a = 0; a < actors; a++) actorPartFrom[a + 1]! += actorPartFrom[a]!;
  let next = actorPartFrom.slice(0, actors);
  const actorParts = new Int32Array(partActor.length);
  partActor.forEach((a, p) => (actorParts[next[a]!++] = p));
  next = actorPartFrom.slice(0, actors);
  const actorPartsLatestFirst = new Int32Array(partActor.length);
  for (const e of eventsLatestFirst) {
    for (let p = partFrom[e]!; p < partFrom[e + 1]!; p++) actorPartsLatestFirst[next[partActor[p]!]!++] = p;
  }
  return { partEvent, actorPartFrom, actorParts, actorPartsLatestFirst };
}

/** ORDER BY name, id as Cypher sorts strings (by UTF-16 code unit, as JavaScript compares them), nulls last. */
function byName(actors: readonly ActorRow[]): Int32Array {
  const order = Int32Array.from(actors, (_, i) => i);
  return order.sort((x, y) => {
    const nx = actors[x]!.name;
    const ny = actors[y]!.name;
    if (nx !== ny) return nx === null ? 1 : ny === null ? -1 : nx < ny ? -1 : 1;
    return x - y;
  });
}

function byProgramme(eventRows: readonly EventRow[]): Map<string, Int32Array> {
  const events = new Map<string, number[]>();
  eventRows.forEach((e, i) => {
    for (const code of new Set(e.programmes)) {
      const list = events.get(code);
      if (list) list.push(i);
      else events.set(code, [i]);
    }
  });
  return new Map([...events].map(([code, list]) => [code, Int32Array.from(list)]));
}

/** Builds the tables; participations by an actor the actor rows do not list are dropped (the statements read both from one graph). */
export function buildProjection(
  stamp: Stamp,
  actorRows: readonly ActorRow[],
  eventRows: readonly EventRow[],
  tieRows: readonly TieRow[],
  programmeRows: readonly ProgrammeRow[],
): Projection {
  const actors = [...actorRows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const actorIndex = new Map(actors.map((a, i) => [a.id, i]));
  const sources = new Interned();

  let partCount = 0;
  let sourceCount = 0;
  for (const e of eventRows) {
    for (const p of e.participations) {
      if (!actorIndex.has(p[0])) continue;
      partCount += 1;
      sourceCount += p[3].length;
    }
  }
  const partFrom = new Int32Array(eventRows.length + 1);
  const partActor = new Int32Array(partCount);
  const partSynthetic = new Uint8Array(partCount);
  const partUncertain = new Uint8Array(partCount);
  const sourceFrom = new Int32Array(partCount + 1);
  const sourceIds = new Int32Array(sourceCount);
  let p = 0;
  let s = 0;
  eventRows.forEach((e, i) => {
    partFrom[i] = p;
    for (const [actor, synthetic, uncertain, ids] of e.participations) {
      const a = actorIndex.get(actor);
      if (a === undefined) continue;
      partActor[p] = a;
      partSynthetic[p] = synthetic ? 1 : 0;
      partUncertain[p] = uncertain ? 1 : 0;
      sourceFrom[p] = s;
      for (const id of ids) sourceIds[s++] = sources.of(id);
      p += 1;
    }
  });
  partFrom[eventRows.length] = p;
  sourceFrom[partCount] = s;

  const eventStart = eventRows.map((e) => e.startDate);
  const eventLastEnd = eventRows.map((e) => {
    const end = e.endDate ?? e.startDate;
    return end === null ? null : end + LAST_DAY;
  });
  const starts = ranks(eventStart);
  const ends = ranks(eventLastEnd);

  const tiesOf = new Map<number, Tie[]>();
  const tiesTo = new Map<number, Tie[]>();
  for (const t of tieRows) {
    const organization = actorIndex.get(t.organizationId);
    const member = actorIndex.get(t.memberId);
    if (organization === undefined || member === undefined) continue;
    const tie = { key: t.key, organization, member, role: t.role, synthetic: t.synthetic, uncertain: t.uncertain, uncertainty: t.uncertainty };
    tiesOf.set(organization, [...(tiesOf.get(organization) ?? []), tie]);
    tiesTo.set(member, [...(tiesTo.get(member) ?? []), tie]);
  }
  const eventsLatestFirst = latestFirstOrder(starts.rank, eventRows);
  const byActor = participationsByActor(partFrom, partActor, actors.length, eventsLatestFirst);

  return {
    stamp,
    actorIds: actors.map((a) => a.id),
    actorIsMember: Uint8Array.from(actors, (a) => (a.member ? 1 : 0)),
    actorRegions: actors.map((a) => a.regions),
    actorEntities: actors.map((a) => toEntity({ id: a.id, labels: a.labels, props: a.props })),
    actorIndex,
    actorsByName: byName(actors),
    programmeIds: new Map(programmeRows.map((p) => [p.code, p.id])),
    eventIds: eventRows.map((e) => e.id),
    eventSynthetic: Uint8Array.from(eventRows, (e) => (e.synthetic ? 1 : 0)),
    eventProgrammes: eventRows.map((e) => e.programmes),
    eventsByProgramme: byProgramme(eventRows),
    eventStart,
    eventLastEnd,
    eventStartRank: starts.rank,
    eventsLatestFirst,
    eventEndRank: ends.rank,
    eventYear: Int32Array.from(eventStart, yearOf),
    startDates: starts.sorted,
    lastEnds: ends.sorted,
    partFrom,
    partActor,
    partSynthetic,
    partUncertain,
    sourceFrom,
    sourceIds,
    sources: sources.values,
    sourceIndex: new Map(sources.values.map((v, i) => [v, i])),
    ...byActor,
    tiesOf,
    tiesTo,
    participations: partCount,
  };
}

/** The entities of the actors among `ids` (others, events and the like, are left to the loader). */
export function actorEntitiesOf(projection: Projection, ids: Iterable<string>): EntityValue[] {
  const found = new Map<string, EntityValue>();
  for (const id of ids) {
    const a = projection.actorIndex.get(id);
    if (a !== undefined) found.set(id, projection.actorEntities[a]!);
  }
  return [...found.values()];
}
