import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { ENTRY_POINT, isAlive } from "../../src/local-neo4j/local-neo4j.process.js";
import { claimInstanceDir, reapLeftovers, TEST_DIR_PREFIX } from "../support/neo4j-reaper.js";

/**
 * The reaper against stand-ins: node processes whose command line looks like
 * a test Neo4j's JVM (entry point, --home-dir), in a private parent folder, so
 * nothing of a real run, this one's or a concurrent one's, is ever touched.
 */
describe("reaping the Neo4j of a killed test run", () => {
  const parent = mkdtempSync(join(tmpdir(), "coopgraph-reaper-test-"));
  const children: ChildProcess[] = [];
  afterEach(() => children.splice(0).forEach((c) => c.kill("SIGKILL")));
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  const until = async (check: () => boolean) => {
    for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 50));
    return check();
  };
  /** A process idling with these arguments, once its command line shows them (right after fork it is still the parent's). */
  const spawnIdle = async (...args: string[]) => {
    const child = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)", ...args], { stdio: "ignore" });
    children.push(child);
    const pid = child.pid as number;
    await until(() => readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("setInterval"));
    return pid;
  };
  /** A folder with a pid file pointing at `jvm`, owned by `owner` (no owner file when undefined). */
  const instance = (jvm: number, owner: number | undefined) => {
    const dir = mkdtempSync(join(parent, TEST_DIR_PREFIX));
    mkdirSync(join(dir, "run"));
    writeFileSync(join(dir, "run", "coopgraph-neo4j.pid"), `${jvm}\n`);
    if (owner !== undefined) writeFileSync(join(dir, "owner.pid"), `${owner}\n`);
    return dir;
  };
  const fakeJvm = (dir: string) => spawnIdle(ENTRY_POINT, `--home-dir=${dir}`);
  const deadPid = async () => {
    const child = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
    await new Promise((resolve) => child.once("exit", resolve));
    return child.pid as number;
  };

  it("stops the server of a run whose owner is gone and removes its folder", async () => {
    const dir = instance(0, await deadPid());
    const jvm = await fakeJvm(dir);
    writeFileSync(join(dir, "run", "coopgraph-neo4j.pid"), `${jvm}\n`);
    expect(await reapLeftovers(parent)).toEqual([dir]);
    expect(await until(() => !isAlive(jvm))).toBe(true);
    expect(existsSync(dir)).toBe(false);
  });

  it("leaves alone a run whose owner still runs, and this run's own folder", async () => {
    const other = instance(0, await spawnIdle());
    const jvm = await fakeJvm(other);
    writeFileSync(join(other, "run", "coopgraph-neo4j.pid"), `${jvm}\n`);
    const mine = claimInstanceDir(parent);
    expect(await reapLeftovers(parent)).toEqual([]);
    expect(isAlive(jvm)).toBe(true);
    expect(existsSync(other) && existsSync(mine)).toBe(true);
    rmSync(other, { recursive: true });
    rmSync(mine, { recursive: true });
  });

  it("never signals a process that is not that folder's Neo4j, even when a stale pid file names it", async () => {
    const stranger = await spawnIdle("not-neo4j");
    const dir = instance(stranger, await deadPid());
    expect(await reapLeftovers(parent)).toEqual([dir]);
    expect(isAlive(stranger)).toBe(true);
  });

  it("treats the JVM's parent as the owner of a folder without an owner file, and waits before reaping an unowned young folder", async () => {
    // The stand-in's parent is this process, alive: an older-style run in progress.
    const running = instance(0, undefined);
    const jvm = await fakeJvm(running);
    writeFileSync(join(running, "run", "coopgraph-neo4j.pid"), `${jvm}\n`);
    const young = instance(await deadPid(), undefined);
    expect(await reapLeftovers(parent)).toEqual([]);
    expect(isAlive(jvm)).toBe(true);
    // The same folder, once old and with no live owner known, is a leftover.
    const old = new Date(Date.now() - 60 * 60_000);
    utimesSync(young, old, old);
    expect(await reapLeftovers(parent)).toEqual([young]);
    rmSync(running, { recursive: true });
  });
});
