import { readImportFile } from "../import/import.reader.js";

export interface WorldMember {
  id: string;
  name: string;
  region: string | undefined;
}

export interface WorldProgramme {
  id: string;
  code: string;
  name: string;
}

export interface WorldOrganization {
  id: string;
  name: string;
  kind: string;
}

/** The real entities that synthetic events are built around, read from the seed files. */
export interface World {
  members: WorldMember[];
  regions: string[];
  programmes: WorldProgramme[];
  organizations: WorldOrganization[];
}

export async function loadWorld(seedPaths: string[]): Promise<World> {
  const members = new Map<string, WorldMember>();
  const regionOf = new Map<string, string>();
  const programmes: WorldProgramme[] = [];
  const organizations: WorldOrganization[] = [];
  const regions: string[] = [];
  for (const path of seedPaths) {
    const file = await readImportFile(path);
    if (file.issues.length > 0) throw new Error(`the seed file ${file.file} is invalid; run npm run import -- --dry-run seed/ to see why`);
    for (const n of file.nodes) {
      const p = n.props as Record<string, string>;
      if (n.label === "Member") members.set(n.id, { id: n.id, name: String(p.name), region: undefined });
      else if (n.label === "Region") regions.push(n.id);
      // A yearly theme is a Programme for the model, but no event is its activity.
      else if (n.label === "Programme" && p.kind !== "annual_theme") programmes.push({ id: n.id, code: String(p.code), name: String(p.name) });
      else if (n.label === "Organization") organizations.push({ id: n.id, name: String(p.name), kind: String(p.kind) });
    }
    for (const r of file.rels) if (r.type === "IN_REGION") regionOf.set(r.from, r.to);
  }
  for (const m of members.values()) m.region = regionOf.get(m.id);
  const world = { members: [...members.values()], regions, programmes, organizations };
  if (world.members.length === 0 || world.programmes.length === 0 || world.regions.length === 0) {
    throw new Error("the seed has no members, regions or programmes to build synthetic data around");
  }
  return world;
}
