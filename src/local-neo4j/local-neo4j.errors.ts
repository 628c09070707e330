/** What went wrong while preparing or starting the local Neo4j; the message says what to do about it. */
export type LocalNeo4jErrorCode =
  | "JAVA_MISSING"
  | "JAVA_TOO_OLD"
  | "MAVEN_MISSING"
  | "FETCH_FAILED"
  | "PORT_IN_USE"
  | "START_FAILED"
  | "START_TIMEOUT"
  | "PASSWORD_FAILED";

export const USE_EXISTING_HINT =
  "Or skip the local database and point NEO4J_URI (with NEO4J_USERNAME, NEO4J_PASSWORD) at an existing Neo4j 5.";

export class LocalNeo4jError extends Error {
  override name = "LocalNeo4jError";
  constructor(
    readonly code: LocalNeo4jErrorCode,
    message: string,
  ) {
    super(message);
  }
}
