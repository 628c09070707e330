/**
 * The GraphQL operations of the start-up warm-up: the shapes dashboards ask
 * most (an id lookup, a one-hop page, three levels, the lists), each sending
 * statements the others do not. The relation page statements are planned
 * before these run (RelationRepository.warm: one plan for pages of up to 100
 * parents); these make the other statements' plans and warm the code paths.
 * test/unit/warmup.test.ts checks them against the schema.
 */
export const SHAPES = {
  about: "{ about { version database { version nodeCount } } }",
  /** An id lookup alone (entity/by-ids: a lookup with a relation page below is read with it, by its rooted statement). */
  lookup: "query ($id: ID!) { node(id: $id) { id ... on Member { name iso3 } } }",
  /** An id lookup, its one-hop page and a page of its events' participants with their region (three levels). */
  member: `query ($id: ID!) { node(id: $id) { id ... on Member { name iso3 administrationName participations(first: 10, includeSynthetic: true) { totalCount edges { role node { id ... on Event { title startDate participants(first: 10, includeSynthetic: true) { totalCount edges { role node { id ... on Member { name region { id } } } } } } } } } } } }`,
  members: "{ members(first: 20) { totalCount edges { node { id name iso3 region { id } } } } }",
  events: "{ events(first: 20) { totalCount edges { node { id title startDate participants(first: 5) { totalCount edges { role node { id } } } programmes(first: 5) { edges { node { id } } } } } } }",
  programmes: "{ programmes(first: 20) { edges { node { id activities(first: 5, includeSynthetic: true) { totalCount edges { node { id } } } } } } }",
} as const;

/** Ten members and their participation counts: the one with the most is the member the warm-up reads. */
export const PICK_MEMBER = "{ members(first: 10) { edges { node { id participations(first: 1, includeSynthetic: true) { totalCount } } } } }";

/** The member with the most participations in a PICK_MEMBER answer; undefined when there is none. */
export function pickMember(body: string): string | undefined {
  const parsed = JSON.parse(body) as { data?: { members?: { edges: { node: { id: string; participations: { totalCount: number } } }[] } } };
  let best: { id: string; count: number } | undefined;
  for (const { node } of parsed.data?.members?.edges ?? []) {
    if (!best || node.participations.totalCount > best.count) best = { id: node.id, count: node.participations.totalCount };
  }
  return best?.id;
}

/** The second step's requests: the lists, and the member's page when there is a member. */
export function warmupRequests(memberId: string | undefined): { query: string; variables?: Record<string, unknown> }[] {
  const lists = [SHAPES.members, SHAPES.events, SHAPES.programmes].map((query) => ({ query }));
  return memberId ? [{ query: SHAPES.member, variables: { id: memberId } }, { query: SHAPES.lookup, variables: { id: memberId } }, ...lists] : lists;
}
