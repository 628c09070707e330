/** One problem in an import file, located well enough to fix it without searching. */
export interface ImportIssue {
  file: string;
  line: number;
  /** The record's id, or from -[TYPE]-> to for a relationship. */
  record?: string;
  field?: string;
  message: string;
}

export function formatIssue(i: ImportIssue): string {
  const where = [`${i.file}:${i.line}`, i.record, i.field ? `field ${i.field}` : undefined].filter(Boolean).join(" ");
  return `${where}: ${i.message}`;
}

/** The import was refused before anything was written. */
export class ImportValidationError extends Error {
  override name = "ImportValidationError";
  constructor(readonly issues: ImportIssue[]) {
    const shown = issues.slice(0, 20).map((i) => `  ${formatIssue(i)}`);
    const more = issues.length > 20 ? [`  ... and ${issues.length - 20} more`] : [];
    super(`Import refused, nothing was written: ${issues.length} problem(s)\n${[...shown, ...more].join("\n")}`);
  }
}

/** Why a bulk load (npm run import -- --bulk) was refused or failed; the message says what to do. */
export type BulkImportErrorCode = "NOT_LOCAL" | "IN_USE" | "NOT_EMPTY" | "UNSUPPORTED_VALUE" | "ADMIN_FAILED" | "AFTER_LOAD_FAILED";

export class BulkImportError extends Error {
  override name = "BulkImportError";
  constructor(
    readonly code: BulkImportErrorCode,
    message: string,
  ) {
    super(message);
  }
}
