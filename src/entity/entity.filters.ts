import { BadUserInputError } from "../errors/errors.js";
import { MAX_IDS } from "../graphql/page-size.js";
import { REGION_CODES, type RegionCode } from "../model/model.enums.js";
import { kindsOf, type Label } from "../model/model.labels.js";
import { ID_PATTERN } from "../model/model.values.js";

const isRegionCode = (code: string): code is RegionCode => (REGION_CODES as readonly string[]).includes(code);

/** ids filter: at most 100, each an entity id. */
export function checkIds(ids: string[] | null | undefined, argument = "filter.ids"): string[] | null {
  if (!ids) return null;
  if (ids.length > MAX_IDS) throw new BadUserInputError(`${argument} has ${ids.length} ids, over the maximum of ${MAX_IDS} by ${ids.length - MAX_IDS}`, { argument });
  for (const id of ids) {
    if (!ID_PATTERN.test(id)) throw new BadUserInputError(`${argument}: ${JSON.stringify(id.slice(0, 100))} is not an entity id`, { argument });
  }
  return ids;
}

/** Free text for CONTAINS filters: trimmed, lower case, at most 200 characters. */
export function checkText(text: string | null | undefined, argument = "filter.text"): string | null {
  const t = text?.trim() ?? "";
  if (t.length > 200) throw new BadUserInputError(`${argument} is ${t.length} characters, over the maximum of 200 by ${t.length - 200}`, { argument });
  return t ? t.toLowerCase() : null;
}

export function checkRegion(region: string | null | undefined, argument = "filter.region"): RegionCode | null {
  if (region === null || region === undefined) return null;
  const code = region.trim().toUpperCase();
  if (!isRegionCode(code)) throw new BadUserInputError(`${argument} ${JSON.stringify(region.slice(0, 20))} is not a region code (${REGION_CODES.join(", ")})`, { argument });
  return code;
}

/** A programme code as stored: trimmed, upper case; null when absent or blank. */
export function programmeCode(code: string | null | undefined): string | null {
  return code?.trim().toUpperCase() || null;
}

/** A kind filter: one of the label's kinds (case as stored), refused with the list otherwise, never an empty page. */
export function checkKind(label: Label, kind: string | null | undefined, argument = "filter.kind"): string | null {
  if (kind === null || kind === undefined) return null;
  const kinds = kindsOf(label);
  if (kinds.includes(kind)) return kind;
  const what = JSON.stringify(kind.slice(0, 40));
  throw new BadUserInputError(
    kinds.length > 0 ? `${argument} ${what} is not a kind of ${label} (${kinds.join(", ")})` : `${argument} ${what}: a ${label} has no kind to filter on`,
    { argument },
  );
}
