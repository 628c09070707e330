import { Neo4jError, isRetryableError } from "neo4j-driver";

/** Driver error codes that mean "the database cannot be reached right now". */
const UNAVAILABLE_CODES = new Set(["ServiceUnavailable", "SessionExpired", "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT"]);

/** True when the error says the database is unreachable (not that the query was wrong). */
export function isUnavailable(err: unknown): boolean {
  if (err instanceof Neo4jError) {
    if (UNAVAILABLE_CODES.has(err.code)) return true;
    if (err.code.startsWith("Neo.TransientError.General.DatabaseUnavailable")) return true;
    if (err.code === "Neo.ClientError.Database.DatabaseNotFound") return false;
    return isRetryableError(err) && /connect|connection|unavailable|closed/i.test(err.message);
  }
  return false;
}

/** Neo4j stopped the transaction at its time limit (the code differs across 5.x versions). */
export function isTimeout(err: unknown): boolean {
  return err instanceof Neo4jError && /TransactionTimedOut|Transaction\.TransactionTimedOutClientConfiguration/.test(err.code);
}

/** Neo4j refused the transaction more memory than its limits allow. */
export function isMemoryLimit(err: unknown): boolean {
  return err instanceof Neo4jError && /MemoryPoolOutOfMemoryError|TransactionOutOfMemoryError/.test(err.code);
}

/** The transaction was terminated (by its timeout while waiting for a lock, or by an administrator). */
export function isTerminated(err: unknown): boolean {
  return err instanceof Neo4jError && /LockClientStopped|Transaction\.Terminated/.test(err.code);
}

export function isAuthFailure(err: unknown): boolean {
  return err instanceof Neo4jError && /^Neo\.ClientError\.Security\.(Unauthorized|AuthenticationRateLimit|CredentialsExpired)/.test(err.code);
}

export function isDatabaseNotFound(err: unknown): boolean {
  return err instanceof Neo4jError && err.code === "Neo.ClientError.Database.DatabaseNotFound";
}

/** The URI without any credentials a user may have put in it. */
export function safeUri(uri: string): string {
  try {
    const u = new URL(uri);
    u.username = "";
    u.password = "";
    return u.toString().replace(/\/$/, "");
  } catch {
    return uri.replace(/\/\/[^@/]*@/, "//");
  }
}
