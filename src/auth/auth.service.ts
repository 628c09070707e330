import type { AuthSettings } from "../config/config.js";
import { UnauthenticatedError } from "../errors/errors.js";
import { API_KEY_PREFIX, ApiKeys } from "./auth.api-keys.js";
import { JwtVerifier } from "./auth.jwt.js";
import { authorize, type AccessPolicy, type Capability, type Principal } from "./auth.roles.js";

/**
 * Turns the Authorization header into a Principal. A request without one is
 * anonymous; a request with a bad one is refused outright, never downgraded
 * to anonymous, so a typo in a key cannot pass unnoticed.
 */
export class AuthService {
  private readonly keys: ApiKeys;
  private readonly jwt: JwtVerifier;
  readonly policy: AccessPolicy;

  constructor(settings: AuthSettings) {
    this.keys = new ApiKeys(settings.apiKeys);
    this.jwt = new JwtVerifier(settings.jwt);
    this.policy = { readAccess: settings.readAccess };
  }

  async authenticate(header: string | undefined): Promise<Principal | undefined> {
    if (header === undefined || header === "") return undefined;
    const m = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
    if (!m) throw new UnauthenticatedError('The Authorization header must be "Bearer <API key or JWT>".');
    const token = m[1] as string;
    if (token.startsWith(API_KEY_PREFIX)) {
      const principal = this.keys.verify(token);
      if (!principal) throw new UnauthenticatedError("The API key is not valid.");
      return principal;
    }
    return this.jwt.verify(token);
  }

  authorize(principal: Principal | undefined, capability: Capability): void {
    authorize(principal, capability, this.policy);
  }

  /** For the start-up log: what kinds of credentials this server accepts. */
  describe(): string {
    const kinds = [`${this.keys.size} API key(s)`, this.jwt.enabled ? "JWTs" : "no JWTs"];
    return `reads ${this.policy.readAccess === "open" ? "open to all" : "need a credential"}; accepts ${kinds.join(", ")}`;
  }
}
