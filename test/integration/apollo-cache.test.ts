import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, typePolicies } from "../../docs/dashboards/apollo-client.js";
import introspection from "../../schema/possible-types.json" with { type: "json" };
import { DashboardNetworkDocument, type DashboardNetworkQuery } from "../generated/graphql.js";
import { listenOnLoopback, startTestApp, type TestApp } from "../support/app.js";

type Answer = DashboardNetworkQuery | null | undefined;
const degreeOf = (data: Answer, id: string) => data?.cooperationNetwork.nodes.find((n) => n.entityId === id)?.degree;
/** An actor in both networks with a different degree in each: what a merge would overwrite. */
const differing = (a: Answer, b: Answer) => a?.cooperationNetwork.nodes.find((n) => ![undefined, n.degree].includes(degreeOf(b, n.entityId)))?.entityId;

/** The regional network, then the whole one with organizations: overlapping actors, other degrees. */
const REGIONAL = { region: "AP" };
const WHOLE = { includeOrganizations: true };

/**
 * A normalising cache stores every object with __typename and id once, under
 * that key, and merges each answer into it. When NetworkNode carried the
 * entity's id, Japan's node of the Asia/Pacific network and of the whole
 * network were one cache entry: the second query rewrote the first's degree
 * (the issue saw 9 become 12, with no warning). The client here is docs/dashboards.md's, as a
 * dashboard would build it, talking HTTP to the server.
 */
describe("through Apollo Client's InMemoryCache (docs/dashboards.md set-up)", () => {
  let t: TestApp;
  let url: string;
  beforeAll(async () => {
    t = await startTestApp({ seed: true });
    url = await listenOnLoopback(t.app);
  });
  afterAll(() => t.close());

  /** Runs the regional then the whole network, and reads the first again from the cache alone. */
  async function overlapping(client: ApolloClient) {
    const regional = await client.query({ query: DashboardNetworkDocument, variables: REGIONAL });
    const whole = await client.query({ query: DashboardNetworkDocument, variables: WHOLE });
    const regionalAgain = client.readQuery({ query: DashboardNetworkDocument, variables: REGIONAL });
    const wholeAgain = client.readQuery({ query: DashboardNetworkDocument, variables: WHOLE });
    return { regional: regional.data, whole: whole.data, regionalAgain, wholeAgain };
  }

  it("two overlapping network queries: neither answer changes in the cache", async () => {
    const client = createClient(url);
    const { regional, whole, regionalAgain, wholeAgain } = await overlapping(client);
    // Some actor has one degree in each network, so a merge would show.
    expect(differing(regional, whole)).toBeDefined();
    expect(regionalAgain).toEqual(regional);
    expect(wholeAgain).toEqual(whole);
    // The entities themselves are shared: one Member:member:jpn entry, as a cache should have it.
    expect((client.cache.extract() as Record<string, unknown>)["Member:member:jpn"]).toMatchObject({ __typename: "Member", id: "member:jpn", name: "Japan" });
    client.stop();
  });

  it("would catch the old schema: keyed by the entity's id, as `id` was, the first answer changes", async () => {
    // What NetworkNode.id did, reproduced with keyFields on the renamed field: this is the merge the test above rules out.
    const cache = new InMemoryCache({ possibleTypes: introspection.possibleTypes, typePolicies: { ...typePolicies, NetworkNode: { keyFields: ["entityId"] } } });
    const client = new ApolloClient({ link: new HttpLink({ uri: url }), cache });
    const { regional, whole, regionalAgain } = await overlapping(client);
    const id = differing(regional, whole)!;
    expect(degreeOf(regionalAgain, id)).toBe(degreeOf(whole, id));
    expect(regionalAgain).not.toEqual(regional);
    client.stop();
  });

  it("matches fragments on an interface with the generated possible types", async () => {
    const client = createClient(url);
    const { regional } = await overlapping(client);
    const member = regional?.cooperationNetwork.nodes.find((n) => n.entityId === "member:jpn")?.node;
    expect(member).toEqual({ __typename: "Member", id: "member:jpn", name: "Japan" });
    client.stop();
  });
});
