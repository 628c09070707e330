import { Field, ObjectType } from "type-graphql";
import { Entity, Node } from "../entity/entity.type.js";

@ObjectType({ implements: [Node, Entity], description: "The WCO and its bodies, a partner organization, a government as funder, a university or other host." })
export class Organization extends Entity {
  @Field(() => String, { description: "The organization's name, e.g. World Customs Organization." })
  name!: string;

  @Field(() => String, { nullable: true, description: "Its acronym, e.g. WCO; null when it has none." })
  acronym!: string | null;

  @Field(() => String, { description: "intergovernmental, government, government_agency, university, customs_office, regional_office, ngo or other." })
  kind!: string;

  @Field(() => String, { nullable: true, description: "The country it belongs to, by name, where it has one." })
  country!: string | null;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-3 code of its country: the iso3 of that country's Member (affiliations gives the tie itself)." })
  countryIso3!: string | null;
}
