import { AFFILIATION_ROLES } from "../../src/model/model.enums.js";
import { buildProjection, type ActorRow, type EventRow, type Projection, type TieRow } from "../../src/projection/projection.model.js";

/** Programme codes events are given (an event of B is also one of A: B is its sub-programme). */
export const RANDOM_PROGRAMMES = ["A", "B", "C", "D"] as const;

export const RANDOM_REGIONS = ["AP", "EUR", "WCA"] as const;

/**
 * A projection of random data: 32 members and 8 organizations at 300 events,
 * some actors several times at one event, some participations and events
 * synthetic, participations stated by one source or two of three, some
 * events undated, three busy actors; each event of 0 to 2 programmes;
 * members in three regions (AP, EUR, WCA by turn); each
 * organization tied to one or two members (some ties synthetic or uncertain).
 * The same seed gives the same projection.
 */
export function randomProjection(seed: number): Projection {
  let state = seed;
  const random = () => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const pick = (n: number) => Math.floor(random() * n);
  const actors: ActorRow[] = Array.from({ length: 40 }, (_, i) => {
    const id = i < 32 ? `member:m${String(i).padStart(2, "0")}` : `organization:o${i}`;
    return { id, member: i < 32, name: id, regions: i < 32 ? [RANDOM_REGIONS[i % RANDOM_REGIONS.length]!] : [], labels: ["Entity", i < 32 ? "Member" : "Organization"], props: { id } };
  });
  const events: EventRow[] = Array.from({ length: 300 }, (_, e) => {
    const dated = random() < 0.85;
    const participations: EventRow["participations"] = [];
    const size = 1 + pick(9);
    for (let k = 0; k < size; k++) {
      const actor = random() < 0.4 ? actors[pick(3)]! : actors[pick(actors.length)]!;
      const sources = random() < 0.6 ? ["source:s1"] : random() < 0.5 ? ["source:s2"] : ["source:s1", "source:s3"];
      participations.push([actor.id, random() < 0.25, random() < 0.1, sources]);
    }
    const programmes = Array.from({ length: pick(3) }, () => RANDOM_PROGRAMMES[pick(RANDOM_PROGRAMMES.length)]!).flatMap((code) => (code === "B" ? ["A", "B"] : [code]));
    return {
      id: `event:e${String(e).padStart(3, "0")}`,
      startDate: dated ? `20${10 + pick(15)}-0${1 + pick(9)}` : null,
      endDate: null,
      synthetic: random() < 0.2,
      programmes,
      participations,
    };
  });
  const ties: TieRow[] = actors
    .filter((a) => !a.member)
    .flatMap((o, i) =>
      Array.from({ length: 1 + pick(2) }, (_, k) => ({
        key: `tie:${i}-${k}`,
        organizationId: o.id,
        memberId: actors[pick(32)]!.id,
        role: AFFILIATION_ROLES[pick(AFFILIATION_ROLES.length)]!,
        synthetic: random() < 0.2,
        uncertain: random() < 0.2,
        uncertainty: null,
      })),
    );
  const programmes = RANDOM_PROGRAMMES.map((code) => ({ code, id: `programme:${code.toLowerCase()}` }));
  return buildProjection({ version: 1, history: "h" }, actors, events, ties, programmes);
}
