import { createHash, randomBytes } from "node:crypto";
import { isRole, type Principal, type Role } from "./auth.roles.js";

/** Every key coopgraph issues starts with this, so a key is told apart from a JWT at a glance. */
export const API_KEY_PREFIX = "cgk_";

/** How keys are stored in configuration: never the key, only its SHA-256. */
export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

/** A new key with 256 bits of randomness; a fast hash is enough to store keys this strong. */
export function generateApiKey(): string {
  return API_KEY_PREFIX + randomBytes(32).toString("base64url");
}

export function apiKeyEntry(name: string, role: Role, key: string): string {
  return `${name}:${role}:${hashApiKey(key)}`;
}

interface KeyOwner {
  name: string;
  role: Role;
}

export class ApiKeyError extends Error {
  override name = "ApiKeyError";
}

const ENTRY = /^([A-Za-z0-9._@-]{1,64}):([a-z]+):([0-9a-f]{64})$/;

/** The configured keys, by hash. A bad entry stops start-up rather than silently locking someone out. */
export class ApiKeys {
  private readonly byHash = new Map<string, KeyOwner>();

  constructor(entries: string[]) {
    for (const entry of entries) {
      const m = ENTRY.exec(entry);
      if (!m) {
        throw new ApiKeyError(
          `API key entry "${entry.slice(0, 80)}" is not name:role:sha256-hex (make one with: npm run auth -- key --name <name> --role <role>)`,
        );
      }
      const [, name, role, hash] = m as unknown as [string, string, string, string];
      if (!isRole(role)) throw new ApiKeyError(`API key entry for "${name}": role "${role}" is not one of reader, editor, researcher`);
      if (this.byHash.has(hash)) throw new ApiKeyError(`API key entry for "${name}": the same key is configured twice`);
      this.byHash.set(hash, { name, role });
    }
  }

  get size(): number {
    return this.byHash.size;
  }

  /** The key's owner, or undefined for a key that is not configured. */
  verify(key: string): Principal | undefined {
    const owner = this.byHash.get(hashApiKey(key));
    return owner ? { subject: owner.name, roles: [owner.role], via: "api-key" } : undefined;
  }
}
