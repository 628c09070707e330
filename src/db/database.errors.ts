/** Why the API could not connect to Neo4j at start-up; always names the URI, never the password. */
export class DatabaseConnectError extends Error {
  override name = "DatabaseConnectError";
  constructor(
    readonly reason: "UNREACHABLE" | "AUTH" | "NO_DATABASE" | "INVALID_URI" | "OTHER",
    message: string,
  ) {
    super(message);
  }
}
