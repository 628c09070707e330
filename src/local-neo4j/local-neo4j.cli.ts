import { Command } from "commander";
import { loadConfig } from "../config/config.js";
import { projectRoot } from "../config/project-root.js";
import { ensureJars } from "./jars.js";
import { LocalNeo4j } from "./local-neo4j.js";
import { LocalNeo4jError } from "./local-neo4j.errors.js";

/** npm run db:start | db:stop | db:status | db:fetch — manage the local Neo4j by hand. */
function localNeo4j(): LocalNeo4j {
  const config = loadConfig();
  return new LocalNeo4j({
    ...config.local,
    root: projectRoot(),
    password: config.neo4j.password,
    report: (msg) => console.log(msg),
  });
}

const program = new Command("db").description("Manage the local Neo4j Community server that coopgraph runs from Maven Central jars.");

program
  .command("start")
  .description("start the local Neo4j in the background (fetches the jars first if needed)")
  .action(async () => {
    const neo4j = localNeo4j();
    const { pid, startedHere } = await neo4j.start();
    console.log(`${startedHere ? "Started" : "Already running:"} Neo4j ${neo4j.version}, pid ${pid}, ${neo4j.uri}; data in ${neo4j.instanceDir}`);
    console.log("Stop it with: npm run db:stop");
  });

program
  .command("stop")
  .description("stop the local Neo4j")
  .action(async () => {
    const neo4j = localNeo4j();
    console.log((await neo4j.stop()) ? "Stopped the local Neo4j." : "The local Neo4j was not running.");
  });

program
  .command("status")
  .description("tell whether the local Neo4j runs; exit code 0 when it does, 3 when it does not")
  .action(() => {
    const s = localNeo4j().status();
    console.log(s.running ? `running: Neo4j ${s.version}, pid ${s.pid}, ${s.uri}, data in ${s.instanceDir}` : `stopped (Neo4j ${s.version}, data in ${s.instanceDir})`);
    process.exitCode = s.running ? 0 : 3;
  });

program
  .command("fetch")
  .description("only fetch the Neo4j jars from Maven Central into .cache/")
  .action(async () => {
    const lib = await ensureJars(projectRoot(), { PATH: process.env.PATH, JAVA_HOME: process.env.JAVA_HOME }, (m) => console.log(m));
    console.log(`Neo4j jars are in ${lib}`);
  });

program.parseAsync(process.argv).catch((err: unknown) => {
  console.error(err instanceof LocalNeo4jError || (err instanceof Error && err.name === "ConfigError") ? `db: ${err.message}` : err);
  process.exit(1);
});
