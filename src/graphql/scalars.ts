import { GraphQLScalarType, Kind } from "graphql";
import { isoDate } from "../model/model.values.js";

/**
 * A date as precise as the source gives it: 2019-05-28, 2019-05 or 2019.
 * Sources often state only a month or a year; inventing a day would be a fact
 * nobody stated. Strings compare in date order, which filters rely on.
 */
export const PartialDate = new GraphQLScalarType<string, string>({
  name: "PartialDate",
  description: "An ISO 8601 date with the precision the source gives: YYYY-MM-DD, YYYY-MM or YYYY.",
  serialize: (value) => String(value),
  parseValue: (value) => check(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new TypeError("PartialDate must be a string such as 2019-05-28, 2019-05 or 2019");
    return check(ast.value);
  },
});

function check(value: unknown): string {
  const parsed = isoDate.safeParse(value);
  if (!parsed.success) throw new TypeError(`PartialDate must be YYYY-MM-DD, YYYY-MM or YYYY, got ${JSON.stringify(value)}`);
  return parsed.data;
}
