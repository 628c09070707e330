import type { RunOptions } from "../db/query-runner.js";
import type { EntityValue } from "../entity/entity.model.js";
import { BadUserInputError, NotFoundError } from "../errors/errors.js";
import { NetworkArgs, type CoParticipantsArgs, type CooperationArgs, type EvolutionArgs, type MembersInProgrammesArgs, type NeighbourhoodArgs, type NetworkFilterArgs, type PathArgs, type SearchArgs, type TimelineArgs } from "./analysis.args.js";
import { prime, type EntityLoader } from "./analysis.entities.js";
import { periodParams } from "../graphql/period.js";
import type { CoParticipantValue, CooperationValue, MembershipValue, Named, NeighbourhoodValue, NetworkValue, NetworkYearValue, PathValue, SearchHitValue, TimelineValue } from "./analysis.model.js";
import type { AnalysisRepository, CoParticipantFilter, NeighbourhoodFilter, NetworkFilter, NetworkShapeFilter, PathFilter, ProgrammeFilter } from "./analysis.repository.js";
import { ANY_PROVENANCE, publisherKey, resolveSources, type ProvenanceArgsLike, type ProvenanceParams } from "./analysis.provenance.js";
import { luceneQuery, queryWords, searchMatches } from "./analysis.lucene.js";
import { foldParams } from "./analysis.fold.js";
import { optionalCode, programmeCodes, validate } from "./analysis.validate.js";

/**
 * The analyses. Each checks its arguments (validate), runs its statement,
 * primes the request's entity loader with the entities the statement read, and
 * explains an empty answer (an unknown id, an unknown programme code) before
 * giving it.
 */
/**
 * Where cooperation is counted: the in-memory projection (src/projection), or
 * the statements when it is off. The projection names no entities: the
 * request's loader reads those the answer shows.
 */
export interface CooperationCounter {
  network(filter: NetworkFilter, opts?: RunOptions): Promise<NetworkValue>;
  coParticipants(filter: CoParticipantFilter, opts?: RunOptions): Promise<Named<CoParticipantValue[]>>;
  networkEvolution(filter: NetworkShapeFilter, opts?: RunOptions): Promise<NetworkYearValue[]>;
  membersInProgrammes(filter: ProgrammeFilter, opts?: RunOptions): Promise<Named<MembershipValue[]>>;
}

/**
 * Where paths and neighbourhoods are walked: the in-memory topology
 * (src/topology). Undefined from it means "not from here" (a neighbourhood
 * while the topology is built): the statement answers.
 */
export interface GraphWalker {
  shortestPath(filter: PathFilter, opts?: RunOptions): Promise<Named<PathValue> | null | undefined>;
  neighbourhood(filter: NeighbourhoodFilter, opts?: RunOptions): Promise<Named<NeighbourhoodValue> | null | undefined>;
}

export class AnalysisService {
  private readonly counter: CooperationCounter;

  constructor(
    private readonly repo: AnalysisRepository,
    counter?: CooperationCounter,
    private readonly walker?: GraphWalker,
  ) {
    this.counter = counter ?? {
      network: (filter, opts) => repo.cooperationNetwork(filter, opts),
      coParticipants: (filter, opts) => repo.coParticipants(filter, opts),
      networkEvolution: (filter, opts) => repo.networkEvolution(filter, opts),
      membersInProgrammes: (filter, opts) => repo.membersInProgrammes(filter, opts),
    };
  }

  /**
   * Members in the activities of ALL (or ANY) of some programmes. The codes are
   * checked (unknown ones named) only when a requested code is missing from
   * every answer's evidence, the one case an unknown code could hide in.
   */
  async membersInProgrammes(args: MembersInProgrammesArgs, withEvents: boolean, loader: EntityLoader, opts?: RunOptions): Promise<MembershipValue[]> {
    validate(args);
    const codes = programmeCodes(args.programmes);
    const answer = await this.counter.membersInProgrammes({ codes, withEvents, match: args.match, ...periodParams(args.from, args.to), ...foldParams(args), includeSynthetic: args.includeSynthetic }, opts);
    prime(loader, answer.entities);
    const seen = new Set(answer.value.flatMap((r) => r.evidence.map((e) => e.code)));
    if (codes.some((c) => !seen.has(c))) await this.checkCodes(codes, opts);
    return answer.value;
  }

  /**
   * Co-participants of a member or organization. An empty answer is explained
   * before it is given: an unknown id is NOT_FOUND, an event's id or an unknown
   * programme code BAD_USER_INPUT, not "cooperates with no one". A non-empty
   * answer proves all of that already (only members and organizations take
   * part; a programme filter matched its code), so it costs no second statement.
   */
  async coParticipants(args: CoParticipantsArgs, loader: EntityLoader, opts?: RunOptions): Promise<CoParticipantValue[]> {
    validate(args);
    const programme = optionalCode(args.programme);
    const provenance = await this.provenance(args, opts);
    const filter = { id: args.id, first: args.first, eventsPerPartner: args.eventsPerPartner, programme, ...periodParams(args.from, args.to), ...foldParams(args), ...provenance, includeSynthetic: args.includeSynthetic };
    const answer = await this.counter.coParticipants(filter, opts);
    prime(loader, answer.entities);
    if (answer.value.length > 0) return answer.value;
    const entity = await existing(loader, args.id, "id");
    if (entity.__typename !== "Member" && entity.__typename !== "Organization") {
      throw new BadUserInputError(`${args.id} is a ${entity.__typename}; co-participants are asked of a Member or an Organization`, { argument: "id" });
    }
    if (programme !== null) await this.checkCodes([programme], opts);
    return answer.value;
  }

  /**
   * The shortest path between two entities; both must exist (NOT_FOUND names
   * the missing one). A path found proves they do; only "no path" is checked.
   */
  async shortestPath(args: PathArgs, loader: EntityLoader, opts?: RunOptions): Promise<PathValue | null> {
    validate(args);
    const filter = { from: args.from, to: args.to, maxHops: args.maxHops, types: args.types?.length ? args.types : null, includeSynthetic: args.includeSynthetic };
    const walked = args.from === args.to ? null : await this.walker?.shortestPath(filter, opts);
    const answer = walked !== undefined ? walked : await this.repo.shortestPath(filter, opts);
    if (answer) {
      prime(loader, answer.entities);
      return answer.value;
    }
    const [from, to] = await Promise.all([loader.load(args.from), loader.load(args.to)]);
    if (!from) throw notFound(args.from, "from");
    if (!to) throw notFound(args.to, "to");
    return args.from === args.to ? { nodeIds: [args.from], steps: [], length: 0 } : null;
  }

  /** Up to three levels around an entity; NOT_FOUND for an unknown id. */
  async neighbourhood(args: NeighbourhoodArgs, loader: EntityLoader, opts?: RunOptions): Promise<NeighbourhoodValue> {
    validate(args);
    const filter = { id: args.id, depth: args.depth, limit: args.limitPerLevel, types: args.types?.length ? args.types : null, includeSynthetic: args.includeSynthetic };
    const walked = await this.walker?.neighbourhood(filter, opts);
    const answer = walked !== undefined ? walked : await this.repo.neighbourhood(filter, opts);
    if (!answer) throw notFound(args.id, "id");
    prime(loader, answer.entities);
    return answer.value;
  }

  /** An entity's events in date order; NOT_FOUND for an unknown id (not an empty timeline). */
  async timeline(args: TimelineArgs, loader: EntityLoader, opts?: RunOptions): Promise<TimelineValue[]> {
    validate(args);
    await existing(loader, args.id, "id");
    return this.repo.timeline({ id: args.id, first: args.first, ...periodParams(args.from, args.to), includeSynthetic: args.includeSynthetic }, opts);
  }

  /**
   * The weighted co-participation network for a filter, ready to draw, counted
   * on the cooperation projection (or by one statement with it off): the heaviest maxEdges edges, the nodes they touch with
   * degree and strength in the whole filtered network and in the kept edges,
   * and the whole network's size, so a cut answer says it was cut.
   */
  async cooperationNetwork(args: NetworkArgs, opts?: RunOptions): Promise<NetworkValue> {
    const filter = await this.networkFilter(args, opts);
    const network = await this.counter.network(filter, opts);
    // The hook of src/network: its metric fields compute on the whole network of this filter.
    return { ...network, filter, nodes: network.nodes.map((n) => ({ ...n, filter })) };
  }

  /** A network request's arguments checked (codes and provenance included) and turned into the statement's parameters; src/network asks for them too. */
  async networkFilter(args: NetworkArgs, opts?: RunOptions): Promise<NetworkFilter> {
    validate(args);
    return { ...(await this.filterOf(args, opts)), maxEdges: args.maxEdges };
  }

  /** The network of a checked filter with up to maxEdges edges (src/network's metrics ask for all of them). */
  networkOf(filter: NetworkShapeFilter, maxEdges: number, opts?: RunOptions): Promise<NetworkValue> {
    return this.counter.network({ ...filter, maxEdges }, opts);
  }

  /**
   * The whole network of a filter for a caller with its own bound on edges
   * (exports, metrics): the checks of cooperationNetwork, but maxEdges is the
   * caller's, not the bound of a page (the rules are checked on a copy holding 1).
   */
  async networkWithin(args: NetworkArgs, maxEdges: number, opts?: RunOptions): Promise<NetworkValue> {
    validate(Object.assign(new NetworkArgs(), args, { maxEdges: 1 }));
    return this.counter.network({ ...(await this.filterOf(args, opts)), maxEdges }, opts);
  }

  /**
   * The cooperation network year by year (the filters of cooperationNetwork;
   * minWeight per year): nodes, edges, density, new and lost edges, every year
   * from the first to the last with an edge.
   */
  async networkEvolution(args: EvolutionArgs, opts?: RunOptions): Promise<NetworkYearValue[]> {
    validate(args);
    return this.counter.networkEvolution(await this.filterOf(args, opts), opts);
  }

  /**
   * Two actors' cooperation: their shared events (oldest first, up to first),
   * with each side's participations, and what they add up to. NOT_FOUND names
   * an unknown actor; an actor that is neither a Member nor an Organization is
   * BAD_USER_INPUT; an unknown programme code too, when nothing is shared.
   */
  async cooperation(args: CooperationArgs, opts?: RunOptions): Promise<CooperationValue> {
    validate(args);
    const programme = optionalCode(args.programme);
    const provenance = await this.provenance(args, opts);
    const filter = { between: args.between, first: args.first, programme, ...periodParams(args.from, args.to), ...foldParams(args), ...provenance, includeSynthetic: args.includeSynthetic };
    const { value, found } = await this.repo.cooperation(filter, opts);
    for (const id of args.between) {
      const actor = found.find((a) => a.askedId === id);
      if (!actor) throw notFound(id, "between");
      if (!actor.labels.includes("Member") && !actor.labels.includes("Organization")) {
        throw new BadUserInputError(`${id} is not a Member or an Organization; cooperation is asked of two of them`, { argument: "between" });
      }
    }
    if (value.weight === 0 && programme !== null) await this.checkCodes([programme], opts);
    return value;
  }

  /** The statement parameters of a network's filters, the programme code and the provenance choices checked. */
  private async filterOf(args: NetworkFilterArgs, opts?: RunOptions): Promise<NetworkShapeFilter> {
    const programme = optionalCode(args.programme);
    if (programme !== null) await this.checkCodes([programme], opts);
    return {
      region: optionalCode(args.region),
      programme,
      ...periodParams(args.from, args.to),
      minWeight: args.minWeight,
      includeSynthetic: args.includeSynthetic,
      includeOrganizations: args.includeOrganizations,
      ...foldParams(args),
      ...(await this.provenance(args, opts)),
    };
  }

  /**
   * The provenance parameters of an analysis: the chosen sources (by id, and
   * every source of a chosen publisher) looked up in one statement, only when
   * some are chosen. Unknown ids and publishers are BAD_USER_INPUT naming them.
   */
  async provenance(args: ProvenanceArgsLike, opts?: RunOptions): Promise<ProvenanceParams> {
    const sources = args.sources ?? [];
    const publishers = args.publishers ?? [];
    if (sources.length === 0 && publishers.length === 0) return { ...ANY_PROVENANCE, certainOnly: args.certainOnly };
    const found = await this.repo.chosenSources(sources, publishers.map(publisherKey), opts);
    const resolved = resolveSources(sources, publishers, found);
    if (resolved.unknownSources.length > 0) {
      const names = resolved.unknownSources.map((id) => JSON.stringify(id)).join(", ");
      throw new BadUserInputError(`unknown source(s): ${names}`, { argument: "sources", unknown: resolved.unknownSources });
    }
    if (resolved.unknownPublishers.length > 0) {
      const names = resolved.unknownPublishers.map((p) => JSON.stringify(p.slice(0, 100))).join(", ");
      throw new BadUserInputError(`unknown publisher(s): ${names} (a publisher is matched whole, as Source.publisher gives it, case aside)`, { argument: "publishers", unknown: resolved.unknownPublishers });
    }
    return { sourceIds: resolved.sourceIds, certainOnly: args.certainOnly };
  }

  /**
   * Full-text search; the user's words become escaped Lucene terms that must all
   * match (prefix on the last). Each hit says which of its fields hold the words.
   */
  async search(args: SearchArgs, opts?: RunOptions): Promise<SearchHitValue[]> {
    validate(args);
    const query = luceneQuery(args.text);
    const words = queryWords(args.text);
    const labels = args.labels?.length ? args.labels : null;
    const hits = await this.repo.search({ query, labels, first: args.first, scanLimit: Math.min(args.first * 20, 2_000), includeSynthetic: args.includeSynthetic }, opts);
    return hits.map((h) => ({ ...h, matches: searchMatches(h.entity.__typename, h.entity, words) }));
  }

  /** Refuses unknown programme codes with BAD_USER_INPUT naming them. */
  async checkCodes(codes: string[], opts?: RunOptions): Promise<void> {
    const known = await this.repo.existingProgrammeCodes(codes, opts);
    const unknown = codes.filter((c) => !known.has(c));
    if (unknown.length > 0) {
      throw new BadUserInputError(`unknown programme code(s): ${unknown.map((c) => JSON.stringify(c.slice(0, 40))).join(", ")}`, { argument: "programmes", unknown });
    }
  }
}

function notFound(id: string, argument: string): NotFoundError {
  return new NotFoundError(`No entity has the id ${JSON.stringify(id)}`, { argument });
}

/** The entity an argument names, through the request's loader; NOT_FOUND naming the argument when there is none. */
async function existing(loader: EntityLoader, id: string, argument: string): Promise<EntityValue> {
  const entity = await loader.load(id);
  if (!entity) throw notFound(id, argument);
  return entity;
}
