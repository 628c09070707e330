import { describe, expect, it } from "vitest";
import { allNamed, eventsByDate, named } from "../../src/analysis/analysis.entities.js";
import { EntityLoader } from "../../src/entity/entity.loaders.js";
import type { EntityValue } from "../../src/entity/entity.model.js";

const entity = (id: string, startDate?: string): EntityValue => ({ id, __typename: "Event", sources: [], synthetic: false, uncertain: false, alternatives: [], ...(startDate ? { startDate } : {}) });

/** A loader over a fixed set of entities that records each batch it is asked for. */
function loaderOver(entities: EntityValue[]) {
  const batches: string[][] = [];
  const byId = new Map(entities.map((e) => [e.id, e]));
  const loader = new EntityLoader(
    {
      byIds: (ids) => {
        batches.push([...ids]);
        return Promise.resolve(ids.flatMap((id) => byId.get(id) ?? []));
      },
    },
    {},
  );
  return { loader, batches };
}

describe("the request's entity loader", () => {
  it("hands out what the request has without a promise, and reads the rest in one batch", async () => {
    const { loader, batches } = loaderOver([entity("event:a"), entity("event:b")]);
    const primed = entity("member:p");
    loader.prime(primed.id, primed);
    expect(loader.now("member:p")).toBe(primed);

    const a = loader.now("event:a");
    const missing = loader.now("event:none");
    expect(a).toBeInstanceOf(Promise);
    expect(missing).toBeInstanceOf(Promise);
    expect(await a).toEqual(entity("event:a"));
    expect(await missing).toBeNull();
    expect(batches).toEqual([["event:a", "event:none"]]);

    // Read once: from now on at once, an unknown id as null.
    expect(loader.now("event:a")).toEqual(entity("event:a"));
    expect(loader.now("event:none")).toBeNull();
    expect(batches).toHaveLength(1);
  });

  it("keeps the first value of a key, as DataLoader's prime does, and forgets what is cleared", async () => {
    const { loader, batches } = loaderOver([entity("event:a")]);
    const first = entity("member:p");
    loader.prime(first.id, first);
    loader.prime(first.id, { ...first, name: "second" });
    expect(loader.now(first.id)).toBe(first);
    expect(await loader.load(first.id)).toBe(first);

    loader.prime("event:a", new Error("not an entity"));
    await expect(loader.now("event:a")).rejects.toThrow("not an entity");
    loader.clear("event:a");
    expect(await loader.now("event:a")).toEqual(entity("event:a"));

    loader.clearAll();
    expect(loader.now(first.id)).toBeInstanceOf(Promise);
    expect(await loader.now(first.id)).toBeNull();
    expect(batches).toEqual([["event:a"], ["member:p"]]);
  });
});

describe("entities an answer names", () => {
  it("are given without a promise when the request has them all, and in the answer's order either way", async () => {
    const { loader } = loaderOver([entity("event:late", "2021-05"), entity("event:early", "2019")]);
    const m1 = entity("member:b");
    const m2 = entity("member:a");
    loader.prime(m1.id, m1);
    loader.prime(m2.id, m2);

    expect(named(loader, "member:a")).toBe(m2);
    expect(allNamed(loader, ["member:b", "member:a"])).toEqual([m1, m2]);

    const mixed = allNamed(loader, ["event:late", "member:a"]);
    expect(mixed).toBeInstanceOf(Promise);
    expect(await mixed).toEqual([entity("event:late", "2021-05"), m2]);

    // Both events are had now: sorted oldest first at once.
    await loader.load("event:early");
    expect(eventsByDate(loader, ["event:late", "event:early"])).toEqual([entity("event:early", "2019"), entity("event:late", "2021-05")]);
  });

  it("fails, naming the id, when an answer names an entity that is gone, had or not", async () => {
    const { loader } = loaderOver([]);
    await expect(named(loader, "member:gone")).rejects.toThrow("entity member:gone vanished");
    expect(() => named(loader, "member:gone")).toThrow("entity member:gone vanished");
  });
});
