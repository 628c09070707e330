import type { ActivityDimension, ActivityMeasure, EventKind } from "./activity.enums.js";

/** The values behind the activity() types: ids where a field resolver hands out an entity through the request's loader. */

export interface ActivityRowValue {
  year: number | null;
  programmeId: string | null;
  regionId: string | null;
  regionCode: string | null;
  eventKind: EventKind | null;
  role: string | null;
  actorId: string | null;
  value: number;
}

export interface ActivityValue {
  measure: ActivityMeasure;
  groupBy: ActivityDimension[];
  rows: ActivityRowValue[];
  totalRows: number;
  hasMore: boolean;
  foldedMembers: boolean;
}
