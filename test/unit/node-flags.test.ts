import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SERVER_NODE_FLAGS } from "../../src/config/node-flags.js";
import { projectRoot } from "../../src/config/project-root.js";

describe("the server's node flags", () => {
  it("are the ones `npm start` passes", () => {
    const pkg = JSON.parse(readFileSync(join(projectRoot(), "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(pkg.scripts.start).toBe(`node ${SERVER_NODE_FLAGS.join(" ")} dist/src/main.js`);
  });

  it("are accepted by this Node, which reports them to the process", () => {
    const run = spawnSync(process.execPath, [...SERVER_NODE_FLAGS, "-e", "console.log(JSON.stringify(process.execArgv))"], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    // execArgv also lists -e and its script.
    expect((JSON.parse(run.stdout) as string[]).slice(0, SERVER_NODE_FLAGS.length)).toEqual(SERVER_NODE_FLAGS);
  });
});
