import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import type { LocalNeo4jSettings } from "../config/config.js";
import { checkJava, type ToolEnv } from "./java.js";
import { ensureJars, pinnedNeo4jVersion } from "./jars.js";
import { LocalNeo4jError, USE_EXISTING_HINT } from "./local-neo4j.errors.js";
import { isPortFree } from "./ports.js";
import { ADMIN_ENTRY_POINT, ADMIN_TOOL, canConnect, ENTRY_POINT, isAlive, JVM_FLAGS } from "./local-neo4j.process.js";

export interface LocalNeo4jOptions extends LocalNeo4jSettings {
  /** The project folder (holds neo4j/pom.xml, neo4j/neo4j.conf and .cache/). */
  root: string;
  password: string;
  env?: ToolEnv;
  /** Progress for a person waiting at a terminal. */
  report?: (msg: string) => void;
}

export interface LocalNeo4jStatus {
  running: boolean;
  pid?: number;
  uri: string;
  instanceDir: string;
  version: string;
}

/**
 * A Neo4j Community server run from the jars on Maven Central, in its own
 * folder (conf/, data/, logs/, run/) with its own loopback ports. The JVM is
 * started detached and tracked by a pid file, so `npm run db:start` can leave it
 * running and a later `npm start` or `db:stop` finds it again.
 */
export class LocalNeo4j {
  readonly version: string;
  private readonly report: (msg: string) => void;
  private readonly env: ToolEnv;

  constructor(private readonly opts: LocalNeo4jOptions) {
    this.version = pinnedNeo4jVersion(opts.root);
    this.report = opts.report ?? (() => {});
    this.env = opts.env ?? { PATH: process.env.PATH, JAVA_HOME: process.env.JAVA_HOME };
  }

  get uri(): string {
    return `bolt://127.0.0.1:${this.opts.boltPort}`;
  }

  get instanceDir(): string {
    return this.opts.instanceDir;
  }

  private path(...parts: string[]): string {
    return join(this.opts.instanceDir, ...parts);
  }

  private get pidFile(): string {
    return this.path("run", "coopgraph-neo4j.pid");
  }

  get consoleLog(): string {
    return this.path("logs", "console.log");
  }

  /** The pid of this instance's JVM when it is alive, checked against its command line. */
  runningPid(): number | undefined {
    if (!existsSync(this.pidFile)) return undefined;
    const pid = Number(readFileSync(this.pidFile, "utf8").trim());
    if (!Number.isInteger(pid) || pid <= 0) return undefined;
    try {
      process.kill(pid, 0);
    } catch {
      return undefined;
    }
    // A recycled pid must not be mistaken for our server.
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8");
      if (!cmdline.includes(ENTRY_POINT) || !cmdline.includes(this.opts.instanceDir)) return undefined;
    } catch {
      // No /proc (macOS): trust kill(pid, 0).
    }
    return pid;
  }

  status(): LocalNeo4jStatus {
    const pid = this.runningPid();
    return {
      running: pid !== undefined,
      ...(pid !== undefined ? { pid } : {}),
      uri: this.uri,
      instanceDir: this.opts.instanceDir,
      version: this.version,
    };
  }

  /**
   * Starts the server, or finds it already running. `startedHere` tells the
   * caller whether it owns the process (and so should stop it on shutdown).
   */
  async start(): Promise<{ uri: string; pid: number; startedHere: boolean }> {
    const existing = this.runningPid();
    if (existing !== undefined) {
      this.report(`Neo4j ${this.version} is already running (pid ${existing}) on ${this.uri}`);
      await this.waitForBolt(existing);
      return { uri: this.uri, pid: existing, startedHere: false };
    }

    const java = checkJava(this.env);
    const lib = await ensureJars(this.opts.root, this.env, this.report);
    await this.assertPortsFree();
    this.writeConfig();
    this.setInitialPasswordOnce(java, lib);

    this.report(`Starting Neo4j ${this.version} on ${this.uri} (data in ${this.path("data")})...`);
    const started = Date.now();
    const out = openSync(this.consoleLog, "w");
    const child = spawn(
      java,
      [
        `-Xmx${this.opts.heap}`,
        ...JVM_FLAGS,
        "-cp",
        `${lib}/*`,
        ENTRY_POINT,
        `--home-dir=${this.opts.instanceDir}`,
        `--config-dir=${this.path("conf")}`,
        "--console-mode",
      ],
      { cwd: this.opts.instanceDir, detached: true, stdio: ["ignore", out, out], env: { ...process.env, ...this.env } },
    );
    closeSync(out);
    if (child.pid === undefined) throw new LocalNeo4jError("START_FAILED", `Could not start ${java}`);
    writeFileSync(this.pidFile, `${child.pid}\n`);
    child.unref();

    let exitCode: number | null | undefined;
    child.once("exit", (code, signal) => {
      exitCode = code ?? (signal ? -1 : null);
    });

    await this.waitForStarted(() => exitCode, started);
    this.report(`Neo4j ready after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return { uri: this.uri, pid: child.pid, startedHere: true };
  }

  /** Asks the server to shut down (SIGTERM) without waiting: for a process that must exit now. */
  signalStop(): void {
    const pid = this.runningPid();
    if (pid !== undefined) process.kill(pid, "SIGTERM");
  }

  /** Stops the server (SIGTERM, then SIGKILL after the timeout). True when it was running. */
  async stop(timeoutMs = 60_000): Promise<boolean> {
    const pid = this.runningPid();
    if (pid === undefined) {
      rmSync(this.pidFile, { force: true });
      return false;
    }
    process.kill(pid, "SIGTERM");
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!isAlive(pid)) break;
      await sleep(100);
    }
    if (isAlive(pid)) process.kill(pid, "SIGKILL");
    while (isAlive(pid)) await sleep(50);
    rmSync(this.pidFile, { force: true });
    return true;
  }

  /**
   * Runs a neo4j-admin command (`database import full ...`) on this instance's
   * configuration, in a JVM of its own (the instance's heap unless given); the
   * server must be stopped for one that writes a database. Resolves with the
   * exit code and the end of the output.
   */
  async admin(args: string[], opts: { heap?: string } = {}): Promise<{ code: number; output: string }> {
    const java = checkJava(this.env);
    const lib = await ensureJars(this.opts.root, this.env, this.report);
    this.writeConfig();
    const child = spawn(java, [`-Xmx${opts.heap ?? this.opts.heap}`, ...JVM_FLAGS, "-cp", `${lib}/*`, ADMIN_TOOL, ...args], {
      cwd: this.opts.instanceDir,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, ...this.env, NEO4J_HOME: this.opts.instanceDir, NEO4J_CONF: this.path("conf") },
    });
    let output = "";
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString("utf8")).slice(-20_000);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    return new Promise((resolve, reject) => {
      child.once("error", reject);
      child.once("close", (code) => resolve({ code: code ?? 1, output }));
    });
  }

  /** The last lines of the server's own output, for error messages. */
  logTail(lines = 25): string {
    if (!existsSync(this.consoleLog)) return "(no log yet)";
    return readFileSync(this.consoleLog, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  }

  private async assertPortsFree(): Promise<void> {
    for (const [name, port, variable] of [
      ["Bolt", this.opts.boltPort, "COOPGRAPH_NEO4J_BOLT_PORT"],
      ["HTTP", this.opts.httpPort, "COOPGRAPH_NEO4J_HTTP_PORT"],
    ] as const) {
      if (!(await isPortFree(port))) {
        throw new LocalNeo4jError(
          "PORT_IN_USE",
          `Cannot start the local Neo4j: port ${port} on 127.0.0.1 (its ${name} port) is already in use by another program. ` +
            `Stop that program, or choose another port with ${variable}. If it is a Neo4j you want to use, set NEO4J_URI instead.`,
        );
      }
    }
  }

  private writeConfig(): void {
    for (const dir of ["conf", "data", "logs", "run", "import", "plugins"]) mkdirSync(this.path(dir), { recursive: true });
    const base = readFileSync(join(this.opts.root, "neo4j", "neo4j.conf"), "utf8");
    const instance = [
      "",
      "# --- written by coopgraph for this instance; changes here are overwritten at each start ---",
      `server.directories.data=${this.path("data")}`,
      `server.directories.logs=${this.path("logs")}`,
      `server.directories.run=${this.path("run")}`,
      `server.directories.import=${this.path("import")}`,
      `server.directories.plugins=${this.path("plugins")}`,
      `server.bolt.listen_address=127.0.0.1:${this.opts.boltPort}`,
      `server.bolt.advertised_address=127.0.0.1:${this.opts.boltPort}`,
      `server.http.listen_address=127.0.0.1:${this.opts.httpPort}`,
      `server.http.advertised_address=127.0.0.1:${this.opts.httpPort}`,
      `server.memory.pagecache.size=${this.opts.pageCache}`,
      "",
    ].join("\n");
    writeFileSync(this.path("conf", "neo4j.conf"), base + instance);
  }

  /** Neo4j only accepts an initial password before its first start; later runs keep the stored one. */
  private setInitialPasswordOnce(java: string, lib: string): void {
    if (existsSync(this.path("data", "dbms", "auth.ini"))) return;
    if (this.opts.password.length < 8) {
      throw new LocalNeo4jError("PASSWORD_FAILED", "NEO4J_PASSWORD for the local Neo4j must have at least 8 characters.");
    }
    const res = spawnSync(
      java,
      ["-cp", `${lib}/*`, ADMIN_ENTRY_POINT, "dbms", "set-initial-password", this.opts.password],
      {
        env: { ...process.env, ...this.env, NEO4J_HOME: this.opts.instanceDir, NEO4J_CONF: this.path("conf") },
        encoding: "utf8",
      },
    );
    if (res.status !== 0) {
      const text = `${res.stdout ?? ""}${res.stderr ?? ""}`.replaceAll(this.opts.password, "[redacted]");
      throw new LocalNeo4jError("PASSWORD_FAILED", `Could not set the local Neo4j's initial password:\n${text.trim()}`);
    }
  }

  private async waitForStarted(exitCode: () => number | null | undefined, started: number): Promise<void> {
    let lastReport = started;
    while (true) {
      const log = existsSync(this.consoleLog) ? readFileSync(this.consoleLog, "utf8") : "";
      if (/\bINFO\s+Started\.\s*$/m.test(log)) return;
      const code = exitCode();
      if (code !== undefined) {
        rmSync(this.pidFile, { force: true });
        throw new LocalNeo4jError(
          "START_FAILED",
          `Neo4j exited during start-up (exit code ${code}). Last lines of ${this.consoleLog}:\n${this.logTail()}\n${USE_EXISTING_HINT}`,
        );
      }
      if (Date.now() - started > this.opts.startTimeoutMs) {
        await this.stop(10_000);
        throw new LocalNeo4jError(
          "START_TIMEOUT",
          `Neo4j did not finish starting within ${Math.round(this.opts.startTimeoutMs / 1000)} s ` +
            `(COOPGRAPH_NEO4J_START_TIMEOUT_MS). Last lines of ${this.consoleLog}:\n${this.logTail()}`,
        );
      }
      if (Date.now() - lastReport > 10_000) {
        lastReport = Date.now();
        this.report(`  still starting... ${Math.round((Date.now() - started) / 1000)} s`);
      }
      await sleep(200);
    }
  }

  /** For a server started by someone else: wait until its Bolt port accepts connections. */
  private async waitForBolt(pid: number): Promise<void> {
    const deadline = Date.now() + this.opts.startTimeoutMs;
    while (!(await canConnect(this.opts.boltPort))) {
      if (!isAlive(pid)) throw new LocalNeo4jError("START_FAILED", `Neo4j (pid ${pid}) exited:\n${this.logTail()}`);
      if (Date.now() > deadline) throw new LocalNeo4jError("START_TIMEOUT", `Neo4j (pid ${pid}) does not accept Bolt connections on ${this.uri}`);
      await sleep(200);
    }
  }
}
