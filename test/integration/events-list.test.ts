import { describe, expect, it } from "vitest";
import { EventsPageDocument, type EventsPageQuery } from "../generated/graphql.js";
import { useTestApp } from "../support/app.js";
import { execute, type TypedResult } from "../support/graphql.js";

describe("events: a cursor connection with date, programme and kind filters", () => {
  const testApp = useTestApp({ seed: true });

  it("pages newest first through every event of the seed, with totalCount", async () => {
    const ids: string[] = [];
    const dates: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 20; i++) {
      const res: TypedResult<EventsPageQuery> = await execute(testApp(), EventsPageDocument, { first: 10, after });
      const page = res.data!.events;
      total = page.totalCount;
      ids.push(...page.edges.map((e) => e.node.id));
      dates.push(...page.edges.map((e) => e.node.startDate ?? ""));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(total).toBe(44);
    expect(ids).toHaveLength(44);
    expect(new Set(ids).size).toBe(44);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it("filters by period and programme (sub-programmes included), and by kind", async () => {
    const res = await execute(testApp(), EventsPageDocument, { first: 100, filter: { from: "2019", to: "2019", programme: "SALW" }, orderBy: "START_DATE_ASC" });
    expect(res.errors).toBeUndefined();
    const events = res.data!.events.edges.map((e) => e.node);
    expect(events.map((e) => e.id)).toContain("event:2019-05-28-wco-asia-pacific-security-conference");
    expect(events.every((e) => (e.startDate ?? "").startsWith("2019"))).toBe(true);
    const lectures = await execute(testApp(), EventsPageDocument, { first: 100, filter: { kind: "lecture" } });
    expect(lectures.data!.events.edges.every((e) => e.node.kind === "lecture")).toBe(true);
    expect(lectures.data!.events.totalCount).toBe(4);
  });

  it("refuses an unknown programme and a period that ends before it starts", async () => {
    expect((await execute(testApp(), EventsPageDocument, { filter: { programme: "XYZ" } })).errors?.[0]?.message).toContain('"XYZ"');
    expect((await execute(testApp(), EventsPageDocument, { filter: { from: "2020", to: "2019" } })).errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
  });
});
