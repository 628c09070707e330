import type { QueryObserver, QueryRunner, TxRunner } from "../db/query-runner.js";
import type { Logger } from "../logging/logger.js";
import { ImportValidationError, type ImportIssue } from "./import.errors.js";
import { DEFAULT_CHANGE_RETENTION } from "../config/config.js";
import { ImportRepository, noChangedIds, noOutcomes, type ChangedIds, type Outcomes } from "./import.repository.js";
import { parseRecords, readImportFile, type NodeRow, type ParsedFile, type RelRow } from "./import.reader.js";
import { add, groupBy } from "./import.plan.js";

export interface ImportOptions {
  /** Validate, and compute what would change, then roll back: nothing is written. */
  dryRun?: boolean;
  batchSize?: number;
  /** Called as records are written: (records written so far, records in the import). */
  onProgress?: (done: number, total: number) => void;
  /** Called once the files are read and validated. */
  onValidated?: (files: ParsedFile[]) => void;
  /** Transaction time limit; the default suits the large synthetic files. */
  timeoutMs?: number;
  /** Sent to Neo4j with the transaction (request id, user). */
  metadata?: Record<string, string | number>;
  /** Who is writing, as the change feed names them: a credential's name; "import" when not given (the CLI, the seed). */
  actor?: string;
  /** Told about every statement the import sends (bench:import times them). */
  observer?: QueryObserver;
  /** Called when a file's transaction has sent its last statement, before it commits (bench:import times commits). */
  onFileWritten?: (file: string) => void;
  /** Called once a file's transaction has committed. */
  onFileCommitted?: (file: string) => void;
}

export interface FileSummary {
  file: string;
  nodes: Outcomes;
  relationships: Outcomes;
  /** The graph version this file's write produced; undefined when it changed nothing (or in a dry run). */
  version?: number;
}

/** A file's outcomes with the ids behind them, kept until its change is recorded. */
interface FileWrite {
  summary: FileSummary;
  nodeIds: ChangedIds;
  relationshipIds: ChangedIds;
}

export interface ImportSummary {
  dryRun: boolean;
  files: FileSummary[];
  nodes: Outcomes;
  relationships: Outcomes;
}

/** Thrown inside a dry run's transaction so that Neo4j rolls it back. */
class DryRunRollback extends Error {}

/** One transaction per file can take a while at the large synthetic scale. */
const IMPORT_TX_TIMEOUT_MS = 30 * 60_000;

/**
 * Imports files of the coopgraph/v1 format. Every file is read and checked
 * first (records, fields, references across files and into the graph); if
 * anything is wrong, nothing is written. Then each file is written in one
 * transaction of its own, in batches, so a file lands whole or not at all.
 */
export class ImportService {
  private readonly repo: ImportRepository;

  constructor(
    private readonly runner: QueryRunner,
    private readonly logger: Logger,
    /** Changes the feed keeps (COOPGRAPH_CHANGE_RETENTION). */
    private readonly changeRetention = DEFAULT_CHANGE_RETENTION,
  ) {
    this.repo = new ImportRepository(runner);
  }

  async importFiles(paths: string[], options: ImportOptions = {}): Promise<ImportSummary> {
    const files = await this.validate(paths);
    options.onValidated?.(files);
    return this.write(files, options);
  }

  /**
   * Records given as values (the editor API), checked exactly like a file's
   * and written in one transaction: all of them, or none.
   */
  async importRecords(name: string, records: readonly unknown[], options: ImportOptions = {}): Promise<ImportSummary> {
    const file = parseRecords(name, records);
    await this.checkParsed([file]);
    return this.write([file], options);
  }

  private async write(files: ParsedFile[], options: ImportOptions): Promise<ImportSummary> {
    const progress = { done: 0, total: files.reduce((n, f) => n + f.nodes.length + f.rels.length, 0) };
    const summary: ImportSummary = { dryRun: Boolean(options.dryRun), files: [], nodes: noOutcomes(), relationships: noOutcomes() };
    const txOptions = {
      timeoutMs: options.timeoutMs ?? IMPORT_TX_TIMEOUT_MS,
      metadata: { ...options.metadata, import: files.map((f) => f.file).join(",").slice(0, 200) },
      ...(options.observer ? { observer: options.observer } : {}),
    };

    if (options.dryRun) {
      // One transaction for all files, rolled back: later files may need earlier ones.
      await this.runner
        .transaction("WRITE", async (tx) => {
          progress.done = 0;
          summary.files = [];
          for (const file of files) summary.files.push((await this.writeFile(tx, file, options, progress)).summary);
          throw new DryRunRollback();
        }, txOptions)
        .catch((err: unknown) => {
          if (!(err instanceof DryRunRollback)) throw err;
        });
    } else {
      for (const file of files) {
        const doneBefore = progress.done;
        const written = await this.runner.transaction("WRITE", async (tx) => {
          // A retried transaction starts its counts again.
          progress.done = doneBefore;
          const write = await this.writeFile(tx, file, options, progress);
          // The version advances only when something changed, in this transaction: a rollback takes it back too.
          if (changed(write.summary.nodes) || changed(write.summary.relationships)) {
            const record = { actor: options.actor ?? "import", origin: file.file, ...write.summary, nodeIds: write.nodeIds, relationshipIds: write.relationshipIds };
            write.summary.version = await this.repo.recordChange(tx, record, this.changeRetention);
          }
          options.onFileWritten?.(file.file);
          return write.summary;
        }, txOptions);
        options.onFileCommitted?.(file.file);
        summary.files.push(written);
        this.logger.debug({ ...written }, "file imported");
      }
    }
    for (const f of summary.files) {
      add(summary.nodes, f.nodes);
      add(summary.relationships, f.relationships);
    }
    return summary;
  }

  /** One file's nodes, then its relationships, in batches, inside the given transaction. */
  private async writeFile(tx: TxRunner, file: ParsedFile, options: ImportOptions, progress: { done: number; total: number }): Promise<FileWrite> {
    const result: FileSummary = { file: file.file, nodes: noOutcomes(), relationships: noOutcomes() };
    const nodeIds = noChangedIds();
    const relationshipIds = noChangedIds();
    const batchSize = options.batchSize ?? 5_000;
    for (const [label, rows] of groupBy(file.nodes, (n: NodeRow) => n.label)) {
      for (const batch of batches(rows, batchSize)) {
        progress.done += await this.repo.upsertNodes(tx, label, batch, result.nodes, nodeIds);
        options.onProgress?.(progress.done, progress.total);
      }
    }
    for (const [type, rows] of groupBy(file.rels, (r: RelRow) => r.type)) {
      for (const batch of batches(rows, batchSize)) {
        const written = await this.repo.upsertRelationships(tx, type, batch, result.relationships, relationshipIds);
        if (written !== batch.length) {
          throw new Error(`${file.file}: ${batch.length - written} ${type} relationship(s) lost an endpoint during the import; nothing from this file was written`);
        }
        progress.done += written;
        options.onProgress?.(progress.done, progress.total);
      }
    }
    return { summary: result, nodeIds, relationshipIds };
  }

  /** Reads every file and checks it, and every reference, before a single write. */
  async validate(paths: string[]): Promise<ParsedFile[]> {
    const files: ParsedFile[] = [];
    for (const path of paths) files.push(await readImportFile(path));
    await this.checkParsed(files);
    return files;
  }

  /** Throws ImportValidationError with every problem of the files, references into the graph included. */
  private async checkParsed(files: ParsedFile[]): Promise<void> {
    const issues: ImportIssue[] = [];
    const defined = new Set<string>();
    const unresolved = new Map<string, ImportIssue>();
    for (const file of files) {
      issues.push(...file.issues);
      // A file may use ids defined in itself or an earlier file: those are written first.
      for (const id of file.declared) defined.add(id);
      for (const [id, origin] of file.references) {
        if (!defined.has(id) && !unresolved.has(id)) {
          unresolved.set(id, { ...origin, message: `refers to ${id}, which is neither in this import (or an earlier file of it) nor in the graph` });
        }
      }
    }
    if (unresolved.size > 0) {
      const existing = await this.repo.existingIds([...unresolved.keys()]);
      for (const [id, issue] of unresolved) if (!existing.has(id)) issues.push(issue);
    }
    if (issues.length > 0) throw new ImportValidationError(issues);
  }

  entityCount(): Promise<number> {
    return this.repo.entityCount();
  }
}

function changed(o: Outcomes): boolean {
  return o.created + o.updated > 0;
}


function* batches<T>(items: T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
