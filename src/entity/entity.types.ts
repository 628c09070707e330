import type { ClassType } from "type-graphql";
import { Event } from "../event/event.type.js";
import { Member } from "../member/member.type.js";
import type { Label } from "../model/model.labels.js";
import { Organization } from "../organization/organization.type.js";
import { Person } from "../person/person.type.js";
import { Programme } from "../programme/programme.type.js";
import { Region } from "../region/region.type.js";
import { Resolution } from "../resolution/resolution.type.js";
import { Source } from "../source/source.type.js";

/** The GraphQL object type of each label: a label without one does not compile. */
export const ENTITY_TYPES: { readonly [L in Label]: ClassType } = {
  Source,
  Region,
  Member,
  Event,
  Programme,
  Resolution,
  Person,
  Organization,
};
