import { ArgsType, Field, ID, Int, ObjectType, type ClassType } from "type-graphql";
import { RelationshipRole, RelationshipType, ROLE_ENUMS } from "../graphql/model.enums.js";
import { Alternative, Node } from "../entity/entity.type.js";
import { PageInfo } from "../graphql/pagination.js";
import { PartialDate } from "../graphql/scalars.js";
import { MARK_OCCASIONS, ROLE_VOCABULARIES, type RoleVocabulary } from "../model/model.enums.js";
import { relTypesWithProp, type RelPropKey } from "./relation.edge.js";

@ArgsType()
export class RelationArgs {
  @Field(() => Int, { nullable: true, description: "Page size, default 20, at most 100." })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "The endCursor of the previous page." })
  after?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: "Also synthetic relationships (generated data)." })
  includeSynthetic!: boolean;
}

/** The arguments of a field whose relationships carry roles of one vocabulary: the page, and a role filter typed by it. */
function roleArgs(vocabulary: RoleVocabulary): ClassType<RelationArgs & { role?: string | null }> {
  @ArgsType()
  class RoleArgs extends RelationArgs {
    @Field(() => ROLE_ENUMS[vocabulary], { nullable: true, description: `Only relationships with this role (a ${vocabulary}).` })
    role?: string | null;
  }
  Object.defineProperty(RoleArgs, "name", { value: `${vocabulary}RelationArgs` });
  return RoleArgs;
}

/** The arguments of each role vocabulary's fields, one class per vocabulary of the model. */
export const ROLE_ARGS = Object.fromEntries((Object.keys(ROLE_VOCABULARIES) as RoleVocabulary[]).map((v) => [v, roleArgs(v)])) as Record<
  RoleVocabulary,
  ClassType<RelationArgs & { role?: string | null }>
>;

@ArgsType()
export class LinkArgs {
  @Field(() => Boolean, { defaultValue: false, description: "Also a synthetic relationship (generated data)." })
  includeSynthetic!: boolean;
}

/** A property's description, naming the relationship types that may carry it (from the model). */
const on = (prop: RelPropKey, text: string, absent = "null") => `${text}. On ${relTypesWithProp(prop).join(", ")}; ${absent} on the others.`;

/**
 * One field per property a relationship may carry: EDGE_FIELD_OF_PROP
 * (relation.edge.ts) names the field of every model property, and
 * toEdge fills them from it.
 */
@ObjectType({ description: "A relationship seen from one entity: every property it carries, its sources and alternatives, and the entity at the other end." })
export class RelationshipEdge {
  @Field(() => String, { description: "Opaque position of this relationship in the page: pass it as after to read on from here." })
  cursor!: string;

  @Field(() => RelationshipType, { description: "The relationship's type, e.g. PARTICIPATED_IN." })
  type!: RelationshipType;

  @Field(() => String, { nullable: true, description: "With type and ends, what identifies the relationship (the role, else the title, unless the writer gave one); editors give it to update the relationship." })
  key!: string | null;

  @Field(() => RelationshipRole, { nullable: true, description: on("role", "The role") })
  role!: string | null;

  @Field(() => String, { nullable: true, description: on("title", "The office held, or the agreement signed") })
  title!: string | null;

  @Field(() => PartialDate, { nullable: true, description: on("from", "From when the relationship holds, where stated") })
  since!: string | null;

  @Field(() => PartialDate, { nullable: true, description: on("to", "Until when, where stated") })
  until!: string | null;

  @Field(() => PartialDate, { nullable: true, description: on("date", "When it was adopted or signed") })
  date!: string | null;

  @Field(() => String, { nullable: true, description: on("amount", "The amount as the source states it, currency and qualifier included (\"over USD 3 million\")") })
  amount!: string | null;

  @Field(() => [String], { description: on("topics", "What the official spoke about, where stated", "empty") })
  topics!: string[];

  @Field(() => String, { nullable: true, description: on("occasion", `What the event marked: ${MARK_OCCASIONS.join(", ")}`) })
  occasion!: string | null;

  @Field(() => String, { nullable: true, description: on("monthDay", "The day and month (--MM-DD) where the source gives no year") })
  monthDay!: string | null;

  @Field(() => String, { nullable: true, description: on("detail", "Which anniversary, or what ended, in words (\"three-year anniversary\")") })
  detail!: string | null;

  @Field(() => [ID], { description: "Ids of the sources that state this relationship (sources resolves them)." })
  sourceIds!: string[];

  @Field(() => [Alternative], { description: "Values other sources give for some of its properties, e.g. another adoption date." })
  alternatives!: Alternative[];

  @Field(() => Boolean, { description: "True for generated data (npm run generate): never a fact." })
  synthetic!: boolean;

  @Field(() => Boolean, { description: "True when the sources leave this relationship unconfirmed; see uncertainty." })
  uncertain!: boolean;

  @Field(() => String, { nullable: true, description: "What exactly is unconfirmed; null when uncertain is false." })
  uncertainty!: string | null;

  @Field(() => String, { nullable: true, description: "A remark of the editors about this relationship; null when there is none." })
  note!: string | null;

  @Field(() => Node, { description: "The entity at the other end." })
  node!: Node;
}

@ObjectType({ description: "A page of relationships of one entity (Relay connection)." })
export class RelationshipConnection {
  @Field(() => [RelationshipEdge], { description: "The page's relationships; empty past the end." })
  edges!: RelationshipEdge[];

  @Field(() => PageInfo, { description: "Whether more pages follow, and the cursor to ask for the next." })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "All such relationships of this entity." })
  totalCount!: number;
}
