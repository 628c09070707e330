import { checkRegion } from "../entity/entity.filters.js";
import { checkEntityId } from "../entity/entity.resolver.js";
import { BadUserInputError } from "../errors/errors.js";
import { periodParams } from "../graphql/period.js";
import { LABELS } from "../model/model.labels.js";
import { ID_PATTERN } from "../model/model.values.js";
import { argumentRules, CooperationArgs, MAX_PROGRAMMES, MAX_PROVENANCE_CHOICES, MembersInProgrammesArgs, NetworkFilterArgs, PeriodArgs, SearchArgs, type SyntheticArgs } from "./analysis.args.js";

const KNOWN_LABELS = new Set<string>(LABELS);

/** A programme or region code as the graph stores it. */
export function code(value: string): string {
  return value.trim().toUpperCase();
}

/** An optional programme or region argument as a code, null when absent. */
export function optionalCode(value: string | null | undefined): string | null {
  return value === null || value === undefined ? null : code(value);
}

/** The distinct codes of membersInProgrammes(programmes). */
export function programmeCodes(codes: string[]): string[] {
  return [...new Set(codes.map(code))];
}

/** A whole number from 1 to max, or BAD_USER_INPUT naming the argument and the excess. */
function bounded(name: string, value: unknown, max: number): void {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1) {
    throw new BadUserInputError(`${name} must be a whole number from 1 to ${max}; got ${String(value)}`, { argument: name });
  }
  if (value > max) throw new BadUserInputError(`${name} is ${value}, over the maximum of ${max} by ${value - max}`, { argument: name, max });
}

/**
 * foldRoles narrows a fold, so without foldMembers it would silently do
 * nothing, and an empty list would fold nothing while saying it folded.
 */
function foldRoles(roles: unknown, foldMembers: unknown): void {
  if (roles === null || roles === undefined) return;
  if (foldMembers !== true) throw new BadUserInputError("foldRoles needs foldMembers: true", { argument: "foldRoles" });
  if (Array.isArray(roles) && roles.length === 0) {
    throw new BadUserInputError("foldRoles must name at least one role; leave it out to fold every role", { argument: "foldRoles" });
  }
}

/**
 * sources and publishers narrow an answer to what they state, so an empty list
 * would leave nothing while looking like a filter; a source id must name a Source.
 */
function provenance(name: string, values: unknown): void {
  if (values === null || values === undefined) return;
  if (!Array.isArray(values)) throw new BadUserInputError(`${name} must be a list`, { argument: name });
  if (values.length === 0) throw new BadUserInputError(`${name} must name at least one; leave it out to take every ${name === "sources" ? "source" : "publisher"}`, { argument: name });
  if (values.length > MAX_PROVENANCE_CHOICES) {
    throw new BadUserInputError(`${name} has ${values.length} items, over the maximum of ${MAX_PROVENANCE_CHOICES} by ${values.length - MAX_PROVENANCE_CHOICES}`, { argument: name });
  }
  for (const value of values) {
    const text = String(value);
    if (name === "sources" && (!text.startsWith("source:") || text.length > 200 || !ID_PATTERN.test(text))) {
      throw new BadUserInputError(`sources: ${JSON.stringify(text.slice(0, 200))} is not a Source id (source:<slug>)`, { argument: name });
    }
    if (name === "publishers" && (text.trim().length === 0 || text.length > 500)) {
      throw new BadUserInputError(`publishers: ${JSON.stringify(text.slice(0, 40))} is not a publisher's name (1 to 500 characters)`, { argument: name });
    }
  }
}

/** cooperation(between): two different actors. */
function between(ids: string[]): void {
  if (ids.length !== 2) throw new BadUserInputError(`between must name exactly two actors; got ${ids.length}`, { argument: "between" });
  for (const id of ids) checkEntityId(id);
  if (ids[0] === ids[1]) throw new BadUserInputError(`between names ${ids[0]} twice; name two different actors`, { argument: "between" });
}

/**
 * Every check of an analysis's arguments, in one place: the rules declared
 * with the arguments (bounds, entity ids, fold roles, provenance choices), a period in order, a region code, cooperation's two actors,
 * search labels, the number of programme codes. BAD_USER_INPUT names the
 * argument. Whether a programme code exists is asked of the graph, by the
 * service, only when an answer could hide an unknown one.
 */
export function validate(args: SyntheticArgs): void {
  for (const { name, rule } of argumentRules(args)) {
    const value: unknown = Reflect.get(args, name);
    if (rule.kind === "bounded") bounded(name, value, rule.max);
    else if (rule.kind === "foldRoles") foldRoles(value, Reflect.get(args, "foldMembers"));
    else if (rule.kind === "provenance") provenance(name, value);
    else checkEntityId(String(value));
  }
  if (args instanceof MembersInProgrammesArgs) {
    const count = programmeCodes(args.programmes).length;
    if (count === 0) throw new BadUserInputError("programmes must name at least one programme code, e.g. PGS", { argument: "programmes" });
    if (count > MAX_PROGRAMMES) {
      throw new BadUserInputError(`programmes has ${count} codes, over the maximum of ${MAX_PROGRAMMES} by ${count - MAX_PROGRAMMES}`, { argument: "programmes" });
    }
  }
  if (args instanceof PeriodArgs) periodParams(args.from, args.to);
  if (args instanceof NetworkFilterArgs) checkRegion(args.region, "region");
  if (args instanceof CooperationArgs) between(args.between);
  if (args instanceof SearchArgs) {
    for (const label of args.labels ?? []) {
      if (!KNOWN_LABELS.has(label)) throw new BadUserInputError(`labels: ${JSON.stringify(label.slice(0, 40))} is not a label (${LABELS.join(", ")})`, { argument: "labels" });
    }
  }
}
