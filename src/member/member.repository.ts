import type { QueryRunner } from "../db/query-runner.js";
import { EntityLister } from "../entity/entity.list.js";
import { MemberQueries } from "./member.queries.js";

export interface MemberFilterParams {
  ids: string[] | null;
  text: string | null;
  kind: string | null;
  region: string | null;
  synthetic: boolean | null;
}

export function memberLister(runner: QueryRunner): EntityLister<MemberFilterParams> {
  return new EntityLister(runner, MemberQueries, "members");
}
