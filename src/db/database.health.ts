import type { Driver } from "neo4j-driver";
import type { Logger } from "../logging/logger.js";

export interface HealthReport {
  ok: boolean;
  latencyMs: number;
  error?: string;
}

/**
 * Tracks whether Neo4j answers. Once a query finds it gone, requests fail fast
 * (instead of each one waiting out the driver's retries) while a background
 * probe watches for it to come back; the first successful probe reopens the gate.
 */
export class DatabaseHealth {
  private down = false;
  private lastError: string | undefined;
  private probe: NodeJS.Timeout | undefined;
  private probing = false;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly logger: Logger,
    private readonly probeIntervalMs = 1_000,
    private readonly checkTimeoutMs = 3_000,
  ) {}

  isDown(): boolean {
    return this.down;
  }

  get reason(): string | undefined {
    return this.lastError;
  }

  markDown(err: unknown): void {
    this.lastError = err instanceof Error ? err.message : String(err);
    if (this.down) return;
    this.down = true;
    this.logger.warn({ err: this.lastError }, "Neo4j is unreachable; failing requests fast until it answers again");
    this.probe = setInterval(() => void this.tick(), this.probeIntervalMs);
    this.probe.unref();
  }

  private markUp(): void {
    if (!this.down) return;
    this.down = false;
    this.lastError = undefined;
    clearInterval(this.probe);
    this.probe = undefined;
    this.logger.info("Neo4j answers again; serving requests");
  }

  private async tick(): Promise<void> {
    if (this.probing) return;
    this.probing = true;
    try {
      await this.check();
    } finally {
      this.probing = false;
    }
  }

  /** Asks Neo4j now (used by /ready and by the probe) and updates the state. */
  async check(): Promise<HealthReport> {
    const started = performance.now();
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.driver.verifyConnectivity({ database: this.database }),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${this.checkTimeoutMs} ms`)), this.checkTimeoutMs);
        }),
      ]);
      this.markUp();
      return { ok: true, latencyMs: Math.round(performance.now() - started) };
    } catch (err) {
      this.markDown(err);
      return { ok: false, latencyMs: Math.round(performance.now() - started), error: this.lastError ?? "unknown" };
    } finally {
      clearTimeout(timer);
    }
  }

  close(): void {
    clearInterval(this.probe);
    this.probe = undefined;
  }
}
