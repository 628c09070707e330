import {
  coerceInputValue,
  getNamedType,
  GraphQLBoolean,
  GraphQLFloat,
  GraphQLInt,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
} from "graphql";
import { BadUserInputError } from "../errors/errors.js";

/**
 * Query-string parameters read as the GraphQL arguments of the query an export
 * mirrors: the same names, types, defaults and checks (scalars such as
 * PartialDate, enums such as the fold roles), taken from the schema itself so
 * an argument added to the query is a parameter of its export at once. A list
 * is given by repeating the parameter or separating its items with commas.
 */

/** Raw query-string values as Fastify parses them: repeated names give arrays. */
export type QueryString = Record<string, string | string[] | undefined>;

export interface ParamSpec {
  name: string;
  type: GraphQLInputType;
  defaultValue: unknown;
}

/** The parameters of a Query field's arguments, some left out (those an export handles itself). */
export function paramsOf(schema: GraphQLSchema, field: string, leaveOut: readonly string[] = []): ParamSpec[] {
  const found = schema.getQueryType()?.getFields()[field];
  if (!found) throw new Error(`the schema has no query ${field}`);
  return found.args.filter((a: GraphQLArgument) => !leaveOut.includes(a.name)).map((a) => ({ name: a.name, type: a.type, defaultValue: a.defaultValue }));
}

function scalar(name: string, type: GraphQLInputType, raw: string): unknown {
  const named = getNamedType(type);
  const value = raw.trim();
  if (named === GraphQLInt) {
    if (!/^-?\d+$/.test(value)) throw new BadUserInputError(`${name} must be a whole number; got ${JSON.stringify(raw.slice(0, 40))}`, { argument: name });
    return Number(value);
  }
  if (named === GraphQLFloat) {
    if (value === "" || !Number.isFinite(Number(value))) throw new BadUserInputError(`${name} must be a number; got ${JSON.stringify(raw.slice(0, 40))}`, { argument: name });
    return Number(value);
  }
  if (named === GraphQLBoolean) {
    if (value === "true" || value === "1") return true;
    if (value === "false" || value === "0") return false;
    throw new BadUserInputError(`${name} must be true or false; got ${JSON.stringify(raw.slice(0, 40))}`, { argument: name });
  }
  return value;
}

function convert(spec: ParamSpec, raw: string | string[]): unknown {
  const type = isNonNullType(spec.type) ? spec.type.ofType : spec.type;
  if (isListType(type)) {
    const items = (Array.isArray(raw) ? raw : [raw]).flatMap((r) => r.split(",")).map((r) => r.trim()).filter((r) => r !== "");
    return items.map((item) => scalar(spec.name, type.ofType as GraphQLInputType, item));
  }
  if (Array.isArray(raw)) throw new BadUserInputError(`${spec.name} is given ${raw.length} times; give it once`, { argument: spec.name });
  return scalar(spec.name, type, raw);
}

/**
 * The values of the parameters, with the arguments' defaults; BAD_USER_INPUT
 * naming the parameter for an unknown one, a missing required one, or a value
 * its type refuses.
 */
export function readParams(specs: readonly ParamSpec[], query: QueryString): Record<string, unknown> {
  const known = new Set(specs.map((s) => s.name));
  for (const name of Object.keys(query)) {
    if (!known.has(name)) {
      throw new BadUserInputError(`Unknown parameter ${JSON.stringify(name.slice(0, 40))}; this export takes ${specs.map((s) => s.name).join(", ")}`, { argument: name.slice(0, 40) });
    }
  }
  const values: Record<string, unknown> = {};
  for (const spec of specs) {
    const raw = query[spec.name];
    if (raw === undefined) {
      if (spec.defaultValue !== undefined) values[spec.name] = spec.defaultValue;
      else if (isNonNullType(spec.type)) throw new BadUserInputError(`The parameter ${spec.name} is required`, { argument: spec.name });
      continue;
    }
    values[spec.name] = coerceInputValue(convert(spec, raw), spec.type, (_path, _value, error) => {
      throw new BadUserInputError(`${spec.name}: ${error.message}`, { argument: spec.name });
    });
  }
  return values;
}
