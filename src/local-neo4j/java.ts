import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { LocalNeo4jError, USE_EXISTING_HINT } from "./local-neo4j.errors.js";

export const MIN_JAVA_MAJOR = 17;

export interface ToolEnv {
  /** PATH to search for java and mvn (defaults to this process's). */
  PATH?: string | undefined;
  JAVA_HOME?: string | undefined;
}

/** The java binary: $JAVA_HOME/bin/java when JAVA_HOME is set, else `java` from PATH. */
export function javaCommand(env: ToolEnv): string {
  return env.JAVA_HOME ? join(env.JAVA_HOME, "bin", "java") : "java";
}

/** Parses the major version out of `java -version` output ("17.0.15", "21", "1.8.0_392"). */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const m = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!m) return undefined;
  const first = Number(m[1]);
  return first === 1 && m[2] ? Number(m[2]) : first;
}

/** Fails with what to install when Java 17+ is not there. Returns the java command. */
export function checkJava(env: ToolEnv): string {
  const cmd = javaCommand(env);
  const res = spawnSync(cmd, ["-version"], { env: { ...process.env, ...env }, encoding: "utf8" });
  if (res.error) {
    const where = env.JAVA_HOME ? `at ${cmd} (from JAVA_HOME)` : "on the PATH";
    throw new LocalNeo4jError(
      "JAVA_MISSING",
      `The local Neo4j needs Java ${MIN_JAVA_MAJOR} or newer, but no java was found ${where}. ` +
        `Install a JDK ${MIN_JAVA_MAJOR} (Debian/Ubuntu: sudo apt install openjdk-17-jdk-headless; macOS: brew install openjdk@17). ` +
        USE_EXISTING_HINT,
    );
  }
  const major = parseJavaMajor(`${res.stderr}${res.stdout}`);
  if (major !== undefined && major < MIN_JAVA_MAJOR) {
    throw new LocalNeo4jError(
      "JAVA_TOO_OLD",
      `The local Neo4j needs Java ${MIN_JAVA_MAJOR} or newer, but ${cmd} is Java ${major}. ` +
        `Install a JDK ${MIN_JAVA_MAJOR} or 21 and put it first on the PATH or in JAVA_HOME. ` +
        USE_EXISTING_HINT,
    );
  }
  return cmd;
}

/** Fails with what to install when Maven is not there (needed once, to fetch the jars). */
export function checkMaven(env: ToolEnv): string {
  const res = spawnSync("mvn", ["--version"], { env: { ...process.env, ...env }, encoding: "utf8" });
  if (res.error) {
    throw new LocalNeo4jError(
      "MAVEN_MISSING",
      "The local Neo4j's jars are fetched once from Maven Central with Maven, but mvn was not found on the PATH. " +
        "Install Apache Maven 3 (Debian/Ubuntu: sudo apt install maven; macOS: brew install maven). " +
        USE_EXISTING_HINT,
    );
  }
  return "mvn";
}
