import { spawn } from "node:child_process";
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { checkMaven, type ToolEnv } from "./java.js";
import { LocalNeo4jError } from "./local-neo4j.errors.js";

/** The Neo4j version pinned by neo4j/pom.xml: the single place it is written. */
export function pinnedNeo4jVersion(root: string): string {
  const pom = readFileSync(join(root, "neo4j", "pom.xml"), "utf8");
  const m = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom);
  if (!m?.[1]) throw new Error("neo4j/pom.xml has no <neo4j.version> property");
  return m[1].trim();
}

export function jarDir(root: string, version: string): string {
  return join(root, ".cache", "neo4j", version, "lib");
}

const COMPLETE_MARKER = ".complete";

export function jarsPresent(root: string, version: string): boolean {
  return existsSync(join(jarDir(root, version), COMPLETE_MARKER));
}

/**
 * Copies the server's jars from Maven Central into .cache/neo4j/<version>/lib, once.
 * Maven writes into a scratch folder that is renamed only when complete, so an
 * interrupted fetch never leaves a half-filled lib/ that looks usable.
 */
export async function ensureJars(
  root: string,
  env: ToolEnv,
  report: (msg: string) => void,
): Promise<string> {
  const version = pinnedNeo4jVersion(root);
  const lib = jarDir(root, version);
  if (jarsPresent(root, version)) return lib;

  const mvn = checkMaven(env);
  const scratch = `${lib}.partial-${process.pid}`;
  rmSync(scratch, { recursive: true, force: true });
  report(`Fetching Neo4j Community ${version} from Maven Central (about 125 MB, only the first time)...`);
  const started = Date.now();
  const ticker = setInterval(() => report(`  still fetching... ${Math.round((Date.now() - started) / 1000)} s`), 15_000);
  try {
    const output = await runMaven(mvn, env, [
      "-B",
      "-q",
      "-f",
      join(root, "neo4j", "pom.xml"),
      "dependency:copy-dependencies",
      "-DincludeScope=runtime",
      `-DoutputDirectory=${scratch}`,
    ]);
    if (output.code !== 0) {
      const tail = output.text.trim().split("\n").slice(-15).join("\n");
      throw new LocalNeo4jError(
        "FETCH_FAILED",
        `Maven could not fetch Neo4j ${version} from Maven Central (exit ${output.code}). Its last lines:\n${tail}`,
      );
    }
    const jars = readdirSync(scratch).filter((f) => f.endsWith(".jar"));
    if (!jars.some((j) => j.startsWith(`neo4j-${version}`))) {
      throw new LocalNeo4jError("FETCH_FAILED", `Maven finished but ${scratch} holds no neo4j-${version}.jar`);
    }
    writeFileSync(join(scratch, COMPLETE_MARKER), `${jars.length} jars\n`);
    rmSync(lib, { recursive: true, force: true });
    renameSync(scratch, lib);
    report(`Fetched ${jars.length} jars in ${Math.round((Date.now() - started) / 1000)} s into ${lib}`);
    return lib;
  } finally {
    clearInterval(ticker);
    rmSync(scratch, { recursive: true, force: true });
  }
}

function runMaven(mvn: string, env: ToolEnv, args: string[]): Promise<{ code: number; text: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(mvn, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let text = "";
    const keep = (chunk: Buffer) => {
      text = (text + chunk.toString("utf8")).slice(-20_000);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.once("error", reject);
    child.once("close", (code) => resolve({ code: code ?? 1, text }));
  });
}
