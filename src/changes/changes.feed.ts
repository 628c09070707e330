import type { Logger } from "../logging/logger.js";
import type { ChangesService } from "./changes.service.js";
import type { GraphChange } from "./changes.type.js";

/** One subscriber's queue; return() ends it at once, even while it waits for the next change. */
class ChangeStream implements AsyncIterableIterator<GraphChange> {
  private readonly queue: GraphChange[] = [];
  private waiting: ((result: IteratorResult<GraphChange>) => void) | undefined;
  private done = false;

  constructor(
    /** The version this subscriber has seen every change up to. */
    public cursor: number,
    private readonly onEnd: (stream: ChangeStream) => void,
  ) {}

  push(change: GraphChange): void {
    if (this.done) return;
    this.cursor = change.version;
    const waiting = this.waiting;
    this.waiting = undefined;
    if (waiting) waiting({ value: change, done: false });
    else this.queue.push(change);
  }

  next(): Promise<IteratorResult<GraphChange>> {
    const value = this.queue.shift();
    if (value) return Promise.resolve({ value, done: false });
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<GraphChange>> {
    if (!this.done) {
      this.done = true;
      this.onEnd(this);
      this.waiting?.({ value: undefined, done: true });
      this.waiting = undefined;
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<GraphChange> {
    return this;
  }
}

/**
 * Pushes new changes to this replica's subscribers. The version lives in
 * Neo4j, so the feed polls it (one indexed lookup per interval, and only while
 * someone is subscribed): a write through any replica reaches the subscribers
 * of every replica within one interval.
 */
export class ChangeFeed {
  private readonly streams = new Set<ChangeStream>();
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly changes: ChangesService,
    private readonly pollMs: number,
    private readonly logger: Logger,
  ) {}

  get subscribers(): number {
    return this.streams.size;
  }

  /** Changes after `since` (default: the version now), then every new one as it is committed. */
  async subscribe(since?: number): Promise<AsyncIterableIterator<GraphChange>> {
    const cursor = since ?? (await this.changes.version());
    const stream = new ChangeStream(cursor, (s) => this.streams.delete(s));
    this.streams.add(stream);
    if (since !== undefined) await this.catchUp(stream, await this.changes.version());
    this.schedule();
    return stream;
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    for (const stream of [...this.streams]) void stream.return();
  }

  private schedule(): void {
    if (this.timer || this.closed || this.streams.size === 0) return;
    this.timer = setTimeout(() => void this.poll(), this.pollMs);
    // A pending poll must not keep a process alive on its own.
    this.timer.unref();
  }

  private async poll(): Promise<void> {
    try {
      const version = await this.changes.version();
      for (const stream of [...this.streams]) await this.catchUp(stream, version);
    } catch (err) {
      // An outage must not end the subscriptions: the next poll tries again.
      this.logger.warn({ err }, "change feed: polling the graph version failed");
    } finally {
      this.timer = undefined;
      this.schedule();
    }
  }

  /** Pages through the changes this stream has not seen, up to `version`. */
  private async catchUp(stream: ChangeStream, version: number): Promise<void> {
    while (stream.cursor < version && this.streams.has(stream)) {
      const page = await this.changes.page(stream.cursor, 100);
      for (const change of page.changes) stream.push(change);
      // Pruned changes leave nothing to page through: the stream continues from the version now.
      if (page.changes.length === 0) {
        stream.cursor = Math.max(stream.cursor, page.version);
        return;
      }
      if (!page.hasMore) return;
    }
  }
}
