import { GraphQLJSONObject } from "graphql-scalars";
import { Arg, Authorized, Ctx, Int, Query, Resolver } from "type-graphql";
import { Capability } from "../auth/auth.roles.js";
import type { GraphQLContext } from "../graphql/context.js";
import type { ResearcherService } from "./researcher.service.js";
import { CypherResult } from "./researcher.type.js";

@Resolver()
export class ResearcherResolver {
  constructor(private readonly researcher: ResearcherService) {}

  @Authorized(Capability.CYPHER)
  @Query(() => CypherResult, {
    description:
      "Runs your own read-only Cypher (researcher role) in a READ transaction that Neo4j enforces, with a time limit and a row cap. " +
      "Writes, schema changes, DBMS procedures, LOAD CSV and SHOW/TERMINATE TRANSACTIONS are refused. Pass values as parameters ($name).",
  })
  cypher(
    @Arg("statement", () => String, { description: "One read-only Cypher statement, e.g. MATCH (m:Member) RETURN m.name LIMIT 5." }) statement: string,
    @Arg("parameters", () => GraphQLJSONObject, { nullable: true, description: "Values for the statement's $parameters, e.g. { \"iso3\": \"JPN\" }; absent: none." }) parameters: Record<string, unknown> | null,
    @Arg("maxRows", () => Int, { nullable: true, description: "Rows to return at most; default and ceiling set by the server." }) maxRows: number | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CypherResult> {
    return this.researcher.run({ statement, parameters: parameters ?? {}, maxRows: maxRows ?? undefined, metadata: { ...ctx.runOptions.metadata } });
  }
}
