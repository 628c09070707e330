import { pino, type Logger } from "pino";

export type { Logger };

/** Structured JSON logs; pretty printing only for a person at a terminal. */
export function createLogger(opts: { level: string; format: "json" | "pretty"; name?: string }): Logger {
  return pino({
    name: opts.name ?? "coopgraph",
    level: opts.level,
    // Never let a credential reach a log line, whatever object gets logged.
    redact: { paths: ["password", "*.password", "neo4j.password", "req.headers.authorization"], censor: "[redacted]" },
    ...(opts.format === "pretty"
      ? { transport: { target: "pino-pretty", options: { colorize: true, ignore: "pid,hostname", translateTime: "HH:MM:ss.l" } } }
      : {}),
  });
}
