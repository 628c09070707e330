import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { SERVER_NODE_FLAGS } from "../../src/config/node-flags.js";
import { projectRoot } from "../../src/config/project-root.js";

export interface MainProcess {
  child: ChildProcess;
  output: () => string;
  /** Resolves when a line of output matches, rejects if the process exits first. */
  waitFor: (pattern: RegExp, timeoutMs?: number) => Promise<string>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Runs src/main.ts the way `npm start` runs the built file: a real process with
 * its environment, its signals and its exit code. Node is started by absolute
 * path so that tests may hand it a PATH without java or mvn.
 */
export function startMain(env: Record<string, string | undefined>): MainProcess {
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, "--import", "tsx", join(projectRoot(), "src", "main.ts")], {
    cwd: projectRoot(),
    env: { LOG_FORMAT: "json", LOG_LEVEL: "info", ...stripNeo4jEnv(process.env), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let text = "";
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    text += chunk.toString("utf8");
    for (const l of listeners) l();
  };
  child.stdout?.on("data", onData);
  child.stderr?.on("data", onData);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const waitFor = (pattern: RegExp, timeoutMs = 120_000) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const m = pattern.exec(text);
        if (m) {
          cleanup();
          resolve(m[0]);
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out waiting for ${pattern}; output so far:\n${text}`));
      }, timeoutMs);
      void exited.then(({ code }) => {
        check();
        cleanup();
        reject(new Error(`process exited (code ${code}) before ${pattern}; output:\n${text}`));
      });
      const cleanup = () => {
        clearTimeout(timer);
        listeners.delete(check);
      };
      listeners.add(check);
      check();
    });
  return { child, output: () => text, waitFor, exited };
}

/** The developer's own NEO4J_* and COOPGRAPH_* settings must not leak into a test process. */
function stripNeo4jEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([k]) => !/^(NEO4J_|COOPGRAPH_|PORT$|HOST$)/.test(k)));
}
