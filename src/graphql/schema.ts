import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema, type ContainerType } from "type-graphql";
import { MetaResolver } from "../meta/meta.resolver.js";
import type { Services } from "../services.js";

/** Every resolver class; the schema is exactly these. */
export const RESOLVERS = [MetaResolver] as const;

/** Resolver instances get their services through their constructors, wired here and nowhere else. */
function container(services: Services): ContainerType {
  const instances = new Map<unknown, unknown>([[MetaResolver, new MetaResolver(services.meta)]]);
  return {
    get: (cls) => {
      const instance = instances.get(cls);
      if (!instance) throw new Error(`No resolver instance for ${String((cls as { name?: string }).name)}`);
      return instance;
    },
  };
}

export async function buildGraphQLSchema(services: Services): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    container: container(services),
    validate: false,
  });
}
