import type { NetworkFilter } from "../../src/analysis/analysis.repository.js";
import { periodParams } from "../../src/graphql/period.js";

/** The whole member network: every event and participation, synthetic data in, no period, nothing folded, no edge cut. */
export const WHOLE_NETWORK: NetworkFilter = {
  region: null,
  programme: null,
  ...periodParams(null, null),
  minWeight: 1,
  maxEdges: 100_000,
  includeSynthetic: true,
  includeOrganizations: false,
  foldMembers: false,
  foldRoles: null,
  sourceIds: null,
  certainOnly: false,
};
