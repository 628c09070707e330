import { ForbiddenError, UnauthenticatedError } from "../errors/errors.js";

/** The roles a credential can carry. */
export const ROLES = ["reader", "editor", "researcher"] as const;
export type Role = (typeof ROLES)[number];

/** What an operation needs; resolvers name a capability, never a role. */
export const Capability = {
  READ: "read",
  WRITE: "write",
  CYPHER: "cypher",
} as const;
export type Capability = (typeof Capability)[keyof typeof Capability];

/** The one table of who may do what. Editors and researchers can read too. */
const GRANTS: Record<Role, readonly Capability[]> = {
  reader: [Capability.READ],
  editor: [Capability.READ, Capability.WRITE],
  researcher: [Capability.READ, Capability.CYPHER],
};

const NEEDED_ROLE: Record<Capability, string> = {
  read: "any role (reader, editor or researcher)",
  write: "the editor role",
  cypher: "the researcher role",
};

/** Who is calling, as established from a verified credential. */
export interface Principal {
  subject: string;
  roles: Role[];
  via: "api-key" | "jwt";
}

export interface AccessPolicy {
  /** "open": reads need no credential; "authenticated": every request needs one. */
  readAccess: "open" | "authenticated";
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export function can(principal: Principal | undefined, capability: Capability, policy: AccessPolicy): boolean {
  if (capability === Capability.READ && policy.readAccess === "open") return true;
  return principal !== undefined && principal.roles.some((role) => GRANTS[role].includes(capability));
}

/**
 * Every access decision goes through here: throws UNAUTHENTICATED when a
 * credential is missing, FORBIDDEN when the caller's roles do not grant it.
 */
export function authorize(principal: Principal | undefined, capability: Capability, policy: AccessPolicy): void {
  if (can(principal, capability, policy)) return;
  if (!principal) {
    throw new UnauthenticatedError(
      `This operation needs a credential with ${NEEDED_ROLE[capability]}: send "Authorization: Bearer <API key or JWT>".`,
    );
  }
  throw new ForbiddenError(
    `This operation needs ${NEEDED_ROLE[capability]}; the credential of "${principal.subject}" has ${principal.roles.length ? principal.roles.join(", ") : "no role"}.`,
  );
}
