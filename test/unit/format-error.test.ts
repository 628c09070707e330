import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { BadUserInputError, NotFoundError, ServiceUnavailableError } from "../../src/errors/errors.js";
import { formatError } from "../../src/graphql/errors.plugin.js";

/** What Apollo hands formatError for an error thrown in a resolver. */
function fromResolver(original: Error) {
  const wrapped = new GraphQLError(original.message, { originalError: original, path: ["about"] });
  return { formatted: { message: wrapped.message, path: ["about"], extensions: { ...(original instanceof GraphQLError ? original.extensions : {}) } }, wrapped };
}

describe("formatError", () => {
  it("masks an unexpected error: no message, no stack, code INTERNAL_SERVER_ERROR", () => {
    const { formatted, wrapped } = fromResolver(new Error("Neo.ClientError: secret internals at /srv/app.js:12"));
    const out = formatError(formatted, wrapped);
    expect(out.message).toBe("Internal server error");
    expect(out.extensions).toEqual({ code: "INTERNAL_SERVER_ERROR" });
    expect(JSON.stringify(out)).not.toContain("secret");
    expect(out.path).toEqual(["about"]);
  });

  it.each([
    [new BadUserInputError("first must be at most 100"), "BAD_USER_INPUT"],
    [new NotFoundError("No entity with id member:xyz"), "NOT_FOUND"],
    [new ServiceUnavailableError(), "SERVICE_UNAVAILABLE"],
  ])("shows our own %s with its code, without the http extension", (error, code) => {
    const { formatted, wrapped } = fromResolver(error);
    const out = formatError(formatted, wrapped);
    expect(out.message).toBe(error.message);
    expect(out.extensions?.code).toBe(code);
    expect(out.extensions).not.toHaveProperty("http");
  });

  it("keeps SERVICE_UNAVAILABLE when it carries the driver error as its cause", () => {
    const { formatted, wrapped } = fromResolver(new ServiceUnavailableError(undefined, new Error("connect ECONNREFUSED 127.0.0.1:7687")));
    const out = formatError(formatted, wrapped);
    expect(out.extensions?.code).toBe("SERVICE_UNAVAILABLE");
    expect(out.message).not.toContain("ECONNREFUSED");
  });

  it("passes request errors (parse, validation) through", () => {
    const formatted = { message: "Syntax Error: Expected Name", extensions: { code: "GRAPHQL_PARSE_FAILED" } };
    expect(formatError(formatted, new GraphQLError(formatted.message))).toEqual(formatted);
  });
});
