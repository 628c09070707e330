import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { projectRoot } from "../config/project-root.js";
import { printCommittedSchema } from "./print-schema.js";

/** npm run schema:emit — rewrites schema/schema.graphql from the resolvers. */
const target = join(projectRoot(), "schema", "schema.graphql");
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, await printCommittedSchema());
console.log(`wrote ${target}`);
