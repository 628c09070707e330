import { describe, expect, it } from "vitest";
import { DEFAULT_FANOUT, emptyState, formatState, parseState } from "../../web/explorer/state.js";
import * as T from "../../web/explorer/transitions.js";

describe("the explorer's view state in the URL", () => {
  it("reads every parameter of a link written by hand", () => {
    const s = parseState(
      "?open=member:jpn,event:x*40&network=1&region=AP&programme=PAX&minWeight=2&organizations=1&from=2018&to=2019-06&synthetic=1" +
        "&path=member:nga,person:motoya-nakae&hide=a:1&remove=b:2,c:3&pin=member:jpn@1.5;-2&select=member:jpn&tab=table&colour=type&size=strength",
    );
    expect(s).toEqual({
      expansions: [
        { id: "member:jpn", fanout: DEFAULT_FANOUT },
        { id: "event:x", fanout: 40 },
      ],
      network: { region: "AP", programme: "PAX", minWeight: 2, organizations: true },
      from: "2018",
      to: "2019-06",
      synthetic: true,
      path: { from: "member:nga", to: "person:motoya-nakae" },
      hidden: ["a:1"],
      removed: ["b:2", "c:3"],
      pinned: [{ id: "member:jpn", x: 1.5, y: -2 }],
      selected: "member:jpn",
      tab: "table",
      colour: "type",
      size: "strength",
    });
  });

  it("writes a view so that reading it back gives the same view", () => {
    const s = parseState("?open=member:jpn*30&network=1&region=EUR&minWeight=3&from=2019&path=a:1,b:2&pin=x:1@-1.25;3&select=a:1|b:2&size=strength");
    expect(parseState(formatState(s))).toEqual(s);
  });

  it("falls back to the defaults for what it cannot read, and writes nothing for the empty view", () => {
    expect(parseState("?open=member:jpn*zero&minWeight=-4&colour=rainbow&size=huge&tab=map&path=only-one&pin=nope")).toEqual({
      ...emptyState(),
      expansions: [{ id: "member:jpn", fanout: DEFAULT_FANOUT }],
    });
    expect(formatState(emptyState())).toBe("");
  });

  it("caps the fan-out at the API's 100", () => {
    expect(parseState("?open=member:jpn*5000").expansions).toEqual([{ id: "member:jpn", fanout: 100 }]);
  });
});

describe("the explorer's actions", () => {
  const base = parseState("?open=member:jpn&select=member:jpn&from=2019&colour=type");

  it("open starts a new view of one entity, keeping the look and the period", () => {
    const next = T.open({ ...base, hidden: ["x:1"], path: { from: "a:1", to: "b:2" } }, "event:k");
    expect(next).toEqual({ ...emptyState(), expansions: [{ id: "event:k", fanout: DEFAULT_FANOUT }], selected: "event:k", from: "2019", colour: "type" });
  });

  it("a click expands while exploring, but only selects in a network view", () => {
    expect(T.clickNode(base, "event:k").expansions.map((e) => e.id)).toEqual(["member:jpn", "event:k"]);
    const network = T.network(base, { region: "AP", programme: null, minWeight: 1, organizations: false });
    expect(T.clickNode(network, "member:jpn")).toEqual({ ...network, selected: "member:jpn" });
  });

  it("show more raises one expansion's fan-out, up to 100", () => {
    let s = base;
    for (let i = 0; i < 10; i++) s = T.showMore(s, "member:jpn");
    expect(s.expansions).toEqual([{ id: "member:jpn", fanout: 100 }]);
  });

  it("remove drops the entity from expansions, hidden, pins and the selection (an edge of it too)", () => {
    const s = { ...base, hidden: ["member:jpn"], pinned: [{ id: "member:jpn", x: 0, y: 0 }], selected: "event:k|member:jpn" };
    expect(T.remove(s, "member:jpn")).toMatchObject({ expansions: [], hidden: [], pinned: [], removed: ["member:jpn"], selected: null });
  });

  it("pin toggles, at the position given", () => {
    const pinned = T.togglePin(base, "member:jpn", { x: 2, y: 3 });
    expect(pinned.pinned).toEqual([{ id: "member:jpn", x: 2, y: 3 }]);
    expect(T.togglePin(pinned, "member:jpn", null).pinned).toEqual([]);
  });
});
