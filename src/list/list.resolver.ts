import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import { ENTITY_TYPES } from "../entity/entity.types.js";
import type { GraphQLContext } from "../graphql/context.js";
import { MAX_PAGE_SIZE, PageInfo } from "../graphql/pagination.js";
import type { ListPage, ListService, ListServices } from "./list.service.js";
import type { ListSpec } from "./list.spec.js";

/** A list's resolver class; the schema's container makes one instance with the app's list services. */
export type ListResolverClass = new (lists: ListServices) => object;

/**
 * The Query field of one list, with its connection and edge types
 * (`<Label>Connection`, `<Label>Edge`): first/after paging, the spec's filter
 * input and order enum, and totalCount counted only when selected.
 */
export function createListResolver<F extends object, O extends string>(spec: ListSpec<F, O>): ListResolverClass {
  const nodeType = ENTITY_TYPES[spec.label];

  @ObjectType(`${spec.label}Edge`, { description: `One ${spec.label} of a page of ${spec.field}, with its cursor.` })
  class Edge {
    @Field(() => String, { description: "Opaque position of this edge in the list: pass it as after to read on from here." })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${spec.label}.` })
    node!: object;
  }

  @ObjectType(`${spec.label}Connection`, { description: `A page of ${spec.field} (Relay connection).` })
  class Connection {
    @Field(() => [Edge], { description: "The page's items in the list's order; empty past the end." })
    edges!: Edge[];

    @Field(() => PageInfo, { description: "Whether more pages follow, and the cursor to ask for the next." })
    pageInfo!: PageInfo;
  }

  @Resolver(() => Connection)
  class ListResolver {
    private readonly service: ListService<F, O>;

    constructor(lists: ListServices) {
      this.service = lists.of(spec);
    }

    @Query(() => Connection, { name: spec.field, description: spec.description })
    list(
      @Arg("first", () => Int, { nullable: true, description: `Page size, default 20, at most ${MAX_PAGE_SIZE}.` }) first: number | null,
      @Arg("after", () => String, { nullable: true, description: "The endCursor of the previous page." }) after: string | null,
      @Arg("filter", () => spec.filter, { nullable: true, description: "Only items matching all the filters given; absent: all." }) filter: F | null,
      @Arg("orderBy", () => spec.order.enum, { defaultValue: spec.order.default, description: "The order; ties by id, so pages never overlap." }) orderBy: O,
      @Ctx() ctx: GraphQLContext,
    ): Promise<ListPage> {
      return this.service.page({ first, after, filter, orderBy }, ctx.runOptions);
    }

    @FieldResolver(() => Int, { description: `How many ${spec.field} match the filter; counted only when asked for.` })
    totalCount(@Root() page: ListPage, @Ctx() ctx: GraphQLContext): Promise<number> {
      return this.service.count(page, ctx.runOptions);
    }
  }

  Object.defineProperty(ListResolver, "name", { value: `${spec.label}ListResolver` });
  return ListResolver;
}
