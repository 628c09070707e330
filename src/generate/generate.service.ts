import { createWriteStream, mkdirSync, readdirSync, rmSync, type WriteStream } from "node:fs";
import { join } from "node:path";
import { once } from "node:events";
import { EVENT_FORMATS, EVENT_KINDS, SPEAKER_ROLES } from "../model/model.enums.js";
import type { Label, NodeProps } from "../model/model.labels.js";
import type { RelProps, RelType } from "../model/model.relationships.js";
import { Random, Weighted, zipf } from "./generate.random.js";
import type { World, WorldMember } from "./generate.world.js";

export const SCALES = { small: 10_000, medium: 200_000, large: 2_000_000 } as const;
export type Scale = keyof typeof SCALES;

export interface GenerateOptions {
  scale: Scale;
  seed: number;
  outDir: string;
  /** Records per file: each file is one import transaction. */
  recordsPerFile?: number;
}

export interface GenerateSummary {
  files: string[];
  nodes: number;
  relationships: number;
  events: number;
  persons: number;
}

/** Event kinds with how many members usually take part. */
const KIND_SIZES: Partial<Record<(typeof EVENT_KINDS)[number], [number, number, number]>> = {
  // kind: [weight, min participants, max participants]
  workshop: [30, 4, 16],
  training: [20, 3, 10],
  meeting: [15, 5, 24],
  conference: [10, 15, 60],
  webinar: [8, 10, 70],
  operation: [7, 5, 30],
  committee_session: [5, 10, 40],
  lecture: [5, 1, 3],
};
const KINDS = Object.keys(KIND_SIZES) as (keyof typeof KIND_SIZES)[];
/** The roles synthetic speakers get: not ATTENDED or REPRESENTED, which say little about who spoke. */
const SPOKEN = ["OPENED", "CLOSED", "KEYNOTE", "PRESENTED", "SPOKE", "CHAIRED"] as const satisfies readonly (typeof SPEAKER_ROLES)[number][];
/** Formats weighted towards in-person meetings. */
const FORMATS = ["in_person", "in_person", "in_person", "virtual", "hybrid"] as const satisfies readonly (typeof EVENT_FORMATS)[number][];
const OFFICE_TITLES = ["Director of Enforcement", "Head of Risk Management", "Deputy Director General", "Security Programme Manager", "Head of Intelligence", "Commissioner", "Chief of Border Operations"];
const GIVEN = ["Amina", "Boris", "Chen", "Daniela", "Emeka", "Fatima", "Gustavo", "Hana", "Ivan", "Jun", "Kofi", "Leila", "Mateo", "Nadia", "Omar", "Priya", "Quentin", "Rosa", "Sione", "Tariq", "Ursula", "Viktor", "Wen", "Yusuf", "Zara"];
const FAMILY = ["Abebe", "Banerjee", "Castillo", "Dlamini", "Eriksen", "Fofana", "Gonzales", "Haddad", "Ito", "Jovanovic", "Kowalski", "Lindqvist", "Mensah", "Nakamura", "Okafor", "Petrov", "Quispe", "Rahman", "Silva", "Tanaka", "Usman", "Vargas", "Wang", "Xavier", "Yilmaz"];

/**
 * Writes synthetic data in the import format: thousands of events across the
 * real programmes, with participation that clusters by region, a few very
 * active members, hosts, funders and officials who speak often. Every record is
 * marked synthetic (in the file header and on the record) and cites one
 * synthetic source. The same seed and scale give byte-identical files.
 */
export async function generate(world: World, options: GenerateOptions): Promise<GenerateSummary> {
  const random = new Random(options.seed);
  const target = SCALES[options.scale];
  const perFile = options.recordsPerFile ?? 50_000;
  const tag = `${options.scale}-${options.seed}`;
  const sourceId = `source:synthetic-${tag}`;

  mkdirSync(options.outDir, { recursive: true });
  for (const f of readdirSync(options.outDir)) if (f.endsWith(".jsonl")) rmSync(join(options.outDir, f));
  const out = new ChunkedWriter(options.outDir, perFile, { scale: options.scale, seed: options.seed });

  // Activity follows a shuffled Zipf ranking, so who is "very active" depends on the seed.
  const members = random.shuffle(world.members);
  const memberWeights = new Map(members.map((m, i) => [m.id, zipf(i, 1)]));
  const byRegion = new Map<string, Weighted<WorldMember>>();
  for (const region of world.regions) {
    const inRegion = members.filter((m) => m.region === region);
    if (inRegion.length > 0) byRegion.set(region, new Weighted(inRegion, (m) => memberWeights.get(m.id) ?? 0));
  }
  const anyMember = new Weighted(members, (m) => memberWeights.get(m.id) ?? 0);
  const programmes = new Weighted(random.shuffle(world.programmes), (_p, i) => zipf(i, 0.6));
  const funders = world.organizations.filter((o) => o.kind === "government" || o.kind === "government_agency");
  const partners = world.organizations.filter((o) => o.kind === "intergovernmental" && o.id !== "organization:wco");
  const funderPick = funders.length > 0 ? new Weighted(random.shuffle(funders), (_o, i) => zipf(i, 1.2)) : undefined;
  const partnerPick = partners.length > 0 ? new Weighted(random.shuffle(partners), (_o, i) => zipf(i, 1)) : undefined;
  const wco = world.organizations.find((o) => o.id === "organization:wco");
  const kindPick = new Weighted(KINDS, (k) => KIND_SIZES[k]?.[0] ?? 0);

  // Typed by the graph model: a property the importer would refuse does not compile.
  const node = <L extends Label>(label: L, id: string, props: NodeProps<L>) =>
    out.write({ kind: "node", label, id, props: { ...props, synthetic: true }, sources: [sourceId] }, "node");
  const rel = <T extends RelType>(type: T, from: string, to: string, props: RelProps<T>) =>
    out.write({ kind: "rel", type, from, to, props: { ...props, synthetic: true }, sources: [sourceId] }, "rel");

  await node("Source", sourceId, {
    title: `coopgraph synthetic data, scale ${options.scale}, seed ${options.seed}`,
    publisher: "coopgraph generator",
    kind: "dataset",
  });

  // Officials: each holds an office at a member; a few will speak at many events.
  const personCount = Math.max(20, Math.round(target / 150));
  const persons: string[] = [];
  for (let i = 0; i < personCount; i++) {
    const id = `person:syn-${tag}-${i + 1}`;
    persons.push(id);
    await node("Person", id, { name: `${random.pick(GIVEN)} ${random.pick(FAMILY)}`, honorific: random.pick(["Mr.", "Ms.", "Dr."]) });
    await rel("HOLDS_OFFICE", id, anyMember.pick(random).id, { title: random.pick(OFFICE_TITLES), from: `${random.int(2005, 2020)}` });
  }
  const speakers = new Weighted(persons, (_p, i) => zipf(i, 1.1));

  let events = 0;
  while (out.relationships < target) {
    events += 1;
    const id = `event:syn-${tag}-${events}`;
    const kind = kindPick.pick(random);
    const [, minSize, maxSize] = KIND_SIZES[kind] ?? [0, 3, 10];
    const host = anyMember.pick(random);
    const programme = programmes.pick(random);
    const start = new Date(Date.UTC(random.int(2012, 2025), random.int(0, 11), random.int(1, 28)));
    const end = new Date(start.getTime() + random.int(0, 4) * 86_400_000);
    const year = start.getUTCFullYear();
    await node("Event", id, {
      title: `${kind.replace("_", " ")} on ${programme.name}, ${host.name} ${year} (synthetic ${events})`,
      kind,
      startDate: start.toISOString().slice(0, 10),
      endDate: end.toISOString().slice(0, 10),
      country: host.name,
      format: random.pick(FORMATS),
    });
    await rel("ACTIVITY_OF", id, programme.id, {});
    for (const other of programmes.pickDistinct(random, random.int(0, 2), new Set([programme]))) await rel("ADDRESSED", id, other.id, {});
    await rel("PARTICIPATED_IN", host.id, id, { role: "HOST" });

    // Most participants come from the host's region; the rest from anywhere.
    const regional = host.region ? byRegion.get(host.region) : undefined;
    const size = random.int(minSize, maxSize);
    const taken = new Set<WorldMember>([host]);
    for (let i = 0; i < size; i++) {
      const pool = regional && random.chance(0.75) ? regional : anyMember;
      const [m] = pool.pickDistinct(random, 1, taken);
      if (!m) continue;
      taken.add(m);
      await rel("PARTICIPATED_IN", m.id, id, { role: "PARTICIPANT" });
    }
    if (wco && random.chance(0.8)) await rel("PARTICIPATED_IN", wco.id, id, { role: "ORGANIZER" });
    if (funderPick && random.chance(0.5)) {
      const funder = funderPick.pick(random);
      await rel("PARTICIPATED_IN", funder.id, id, { role: "FUNDER" });
      await rel("FUNDED", funder.id, id, {});
    }
    if (partnerPick && random.chance(0.35)) await rel("PARTICIPATED_IN", partnerPick.pick(random).id, id, { role: "PARTNER" });
    for (const speaker of speakers.pickDistinct(random, random.int(1, 4))) {
      await rel("SPOKE_AT", speaker, id, { role: random.pick(SPOKEN) });
    }
  }
  const files = await out.close();
  return { files, nodes: out.nodes, relationships: out.relationships, events, persons: personCount };
}

/** Appends records to numbered files, starting a new one every `perFile` records. */
class ChunkedWriter {
  nodes = 0;
  relationships = 0;
  private stream: WriteStream | undefined;
  private inFile = 0;
  private readonly files: string[] = [];

  constructor(
    private readonly dir: string,
    private readonly perFile: number,
    private readonly generator: { scale: string; seed: number },
  ) {}

  async write(record: object, kind: "node" | "rel"): Promise<void> {
    if (!this.stream || this.inFile >= this.perFile) await this.next();
    if (kind === "node") this.nodes += 1;
    else this.relationships += 1;
    this.inFile += 1;
    if (!this.stream!.write(`${JSON.stringify(record)}\n`)) await once(this.stream!, "drain");
  }

  private async next(): Promise<void> {
    await this.end();
    const path = join(this.dir, `${String(this.files.length + 1).padStart(4, "0")}.jsonl`);
    this.files.push(path);
    this.stream = createWriteStream(path, { encoding: "utf8" });
    this.inFile = 0;
    const header = { kind: "header", format: "coopgraph/v1", synthetic: true, description: "coopgraph synthetic data: not facts", generator: { ...this.generator, part: this.files.length } };
    this.stream.write(`${JSON.stringify(header)}\n`);
  }

  private async end(): Promise<void> {
    if (!this.stream) return;
    const s = this.stream;
    this.stream = undefined;
    s.end();
    await once(s, "finish");
  }

  async close(): Promise<string[]> {
    await this.end();
    return this.files;
  }
}
