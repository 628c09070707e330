import DataLoader from "dataloader";
import type { RunOptions } from "../db/query-runner.js";
import type { EntityValue } from "../entity/entity.model.js";
import type { Chain } from "./relation.chains.js";
import type { RelationPage, RelationRepository, RelationSpec } from "./relation.repository.js";

/** The pages a selection asks for below a page's entities, read with it (relation.prefetch.ts): the chain and each lower level's spec. */
export interface PagesBelow {
  chain: Chain;
  specs: readonly RelationSpec[];
}

/** An entity looked up by id read with its page of `specs[0]` and the pages below (relation.chains.ts ROOTED): every level's spec. */
export interface Rooted {
  chain: Chain;
  specs: readonly RelationSpec[];
}

/**
 * Per request, one DataLoader per distinct relation spec (field + arguments):
 * every parent asking the same field with the same arguments in one tick is
 * answered by one UNWIND statement, in key order. A page asked for with the
 * pages below it is read by its chain's statement, and those lower pages go
 * into their own specs' loaders, where the fields below find them.
 */
export class RelationLoaders {
  private readonly loaders = new Map<string, DataLoader<string, RelationPage>>();
  private readonly rooted = new Map<string, DataLoader<string, EntityValue | null>>();
  /** The pages chains have read, every level's, by spec key and parent id. */
  private readonly read = new Map<string, Map<string, RelationPage>>();

  constructor(
    private readonly repo: RelationRepository,
    private readonly runOptions: RunOptions,
    /** Whether pages are read with the pages below them (COOPGRAPH_RELATION_CHAINS); resolvers look for them only then. */
    readonly chains = true,
  ) {}

  /**
   * A parent's page of `spec` that a chain above has read already, or
   * undefined. Given back as it is, not as a promise: a field answered from it
   * completes in the same tick, and graphql-js then builds no promise for the
   * object that holds it (a hundred members and their regions in a nested page).
   */
  ready(spec: RelationSpec, parentId: string): RelationPage | undefined {
    return this.read.get(keyOf(spec))?.get(parentId);
  }

  /** A parent's page of `spec`; with `below`, read by the chain's statement unless a chain above has already read it. */
  load(spec: RelationSpec, parentId: string, below?: PagesBelow): Promise<RelationPage> {
    if (!below || !this.chains || this.ready(spec, parentId)) return this.loader(spec).load(parentId);
    return this.chainLoader(spec, below).load(parentId);
  }

  /**
   * An entity by id, read with the pages `rooted` names (relation.prefetch.ts
   * rootedRead), which go where its fields find them; `entities` (the request's
   * entity loader) is primed with it, or with null when no entity has the id.
   */
  loadRooted(id: string, rooted: Rooted, entities: DataLoader<string, EntityValue | null>): Promise<EntityValue | null> {
    const key = `rooted:${JSON.stringify(rooted.specs)}`;
    let loader = this.rooted.get(key);
    if (!loader) {
      loader = new DataLoader<string, EntityValue | null>(
        async (ids) => {
          const { entities: found, levels } = await this.repo.rootedPages(ids, rooted.chain, rooted.specs, this.runOptions);
          levels.forEach((pages, depth) => this.prime(rooted.specs[depth]!, pages));
          const byId = new Map(found.map((e) => [e.id, e]));
          return ids.map((id) => {
            const entity = byId.get(id) ?? null;
            entities.prime(id, entity);
            return entity;
          });
        },
        { maxBatchSize: 500 },
      );
      this.rooted.set(key, loader);
    }
    return loader.load(id);
  }

  /** Keeps a chain's pages of one spec for ready(), and in that spec's loader; a page already there stays. */
  private prime(spec: RelationSpec, pages: Map<string, RelationPage>): void {
    const key = keyOf(spec);
    const loader = this.loader(spec);
    let kept = this.read.get(key);
    if (!kept) this.read.set(key, (kept = new Map()));
    for (const [id, page] of pages) {
      loader.prime(id, page);
      if (!kept.has(id)) kept.set(id, page);
    }
  }

  private loader(spec: RelationSpec): DataLoader<string, RelationPage> {
    const key = keyOf(spec);
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = new DataLoader<string, RelationPage>(
        async (ids) => {
          const pages = await this.repo.pages(ids, spec, this.runOptions);
          return ids.map((id) => pages.get(id) ?? emptyPage(spec));
        },
        { maxBatchSize: 500 },
      );
      this.loaders.set(key, loader);
    }
    return loader;
  }

  private chainLoader(spec: RelationSpec, below: PagesBelow): DataLoader<string, RelationPage> {
    const specs = [spec, ...below.specs];
    const key = JSON.stringify(specs);
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = new DataLoader<string, RelationPage>(
        async (ids) => {
          const levels = await this.repo.chainPages(ids, below.chain, specs, this.runOptions);
          // Primed before the pages are handed back, so the fields below, resolved after, find theirs; a page already there stays.
          levels.forEach((pages, depth) => this.prime(specs[depth]!, pages));
          return ids.map((id) => levels[0]!.get(id) ?? emptyPage(spec));
        },
        { maxBatchSize: 500 },
      );
      this.loaders.set(key, loader);
    }
    return loader;
  }
}

/** A spec's loader key; a resolver reuses one spec object for all the parents of its field (relation.resolvers.ts), so it is made once. */
const keys = new WeakMap<RelationSpec, string>();
function keyOf(spec: RelationSpec): string {
  let key = keys.get(spec);
  if (key === undefined) keys.set(spec, (key = JSON.stringify(spec)));
  return key;
}

const emptyPage = (spec: RelationSpec): RelationPage => ({ total: spec.withTotal ? 0 : null, rows: [] });
