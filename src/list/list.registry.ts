import { eventList } from "../event/event.list.js";
import { memberList } from "../member/member.list.js";
import type { Label } from "../model/model.labels.js";
import { EntityFilter, entityFilterParams, NameOrder, nameOrder } from "./list.filters.js";
import { createListResolver, type ListResolverClass } from "./list.resolver.js";
import { ListQueries } from "./list.queries.js";
import type { ListQueries as Pair, ListSpec } from "./list.spec.js";
import { MAX_PAGE_SIZE } from "../graphql/page-size.js";

/** A list with EntityFilter and NameOrder: all a label without extra filters needs. */
function simpleList(field: string, label: Label, queries: Pair, sortKey: string, what: string): ListSpec<EntityFilter, NameOrder> {
  return {
    field,
    label,
    description: `${what}, a page at a time (first at most ${MAX_PAGE_SIZE}).`,
    filter: EntityFilter,
    order: nameOrder(sortKey),
    queries,
    params: (f) => entityFilterParams(label, f),
  };
}

/**
 * Every top-level list of the API, each built by the one factory: this array
 * is where a new list goes (with its two statements in cypher/<folder>/,
 * registered in list.queries.ts).
 */
export const LIST_RESOLVERS: readonly ListResolverClass[] = [
  createListResolver(memberList),
  createListResolver(eventList),
  createListResolver(simpleList("programmes", "Programme", ListQueries.programme, "name", "Programmes")),
  createListResolver(simpleList("organizations", "Organization", ListQueries.organization, "name", "Organizations")),
  createListResolver(simpleList("persons", "Person", ListQueries.person, "name", "Persons")),
  createListResolver(simpleList("sources", "Source", ListQueries.source, "title", "Sources")),
  createListResolver(simpleList("resolutions", "Resolution", ListQueries.resolution, "name", "Resolutions")),
  createListResolver(simpleList("regions", "Region", ListQueries.region, "name", "Regions")),
];
