import type { AuthSettings } from "../../src/config/config.js";
import { apiKeyEntry, generateApiKey } from "../../src/auth/auth.api-keys.js";
import { signHs256 } from "../../src/auth/auth.jwt.js";
import type { Role } from "../../src/auth/auth.roles.js";
import { OPEN_ACCESS } from "../../src/server.js";

export const TEST_JWT_SECRET = "test-secret-0123456789-0123456789-abcdef";

export interface TestCredentials {
  settings: AuthSettings;
  /** One API key per role, fresh for each call. */
  keys: Record<Role, string>;
  /** An HS256 JWT signed with TEST_JWT_SECRET. */
  jwt(roles: Role[], opts?: { sub?: string; expiresIn?: string }): Promise<string>;
}

/** API keys for each role and an HS256 secret, as a server would be configured with them. */
export function testCredentials(readAccess: AuthSettings["readAccess"] = "open"): TestCredentials {
  const keys = { reader: generateApiKey(), editor: generateApiKey(), researcher: generateApiKey() };
  return {
    keys,
    settings: {
      ...OPEN_ACCESS,
      readAccess,
      apiKeys: (Object.entries(keys) as [Role, string][]).map(([role, key]) => apiKeyEntry(`test-${role}`, role, key)),
      jwt: { ...OPEN_ACCESS.jwt, secret: TEST_JWT_SECRET },
    },
    jwt: (roles, opts = {}) => signHs256(TEST_JWT_SECRET, { sub: opts.sub ?? "test-user", roles, expiresIn: opts.expiresIn ?? "5m" }),
  };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
