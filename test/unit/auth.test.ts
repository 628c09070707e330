import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { ApiKeyError, ApiKeys, apiKeyEntry, generateApiKey, hashApiKey } from "../../src/auth/auth.api-keys.js";
import { JwtVerifier, signHs256 } from "../../src/auth/auth.jwt.js";
import { authorize, can, Capability, type Principal } from "../../src/auth/auth.roles.js";
import { AuthService } from "../../src/auth/auth.service.js";
import { loadConfig } from "../../src/config/config.js";
import { OPEN_ACCESS } from "../../src/server.js";

const SECRET = "unit-test-secret-0123456789-0123456789";
const jwtSettings = { ...OPEN_ACCESS.jwt, secret: SECRET };

function principal(...roles: Principal["roles"]): Principal {
  return { subject: "someone", roles, via: "api-key" };
}

describe("access policy (one table of who may do what)", () => {
  const open = { readAccess: "open" } as const;
  const closed = { readAccess: "authenticated" } as const;

  it.each([
    ["anonymous", undefined, [true, false, false], [false, false, false]],
    ["reader", principal("reader"), [true, false, false], [true, false, false]],
    ["editor", principal("editor"), [true, true, false], [true, true, false]],
    ["researcher", principal("researcher"), [true, false, true], [true, false, true]],
    ["no role", principal(), [true, false, false], [false, false, false]],
  ] as const)("%s: read, write, cypher", (_name, who, whenOpen, whenClosed) => {
    const caps = [Capability.READ, Capability.WRITE, Capability.CYPHER];
    expect(caps.map((c) => can(who, c, open))).toEqual(whenOpen);
    expect(caps.map((c) => can(who, c, closed))).toEqual(whenClosed);
  });

  it("says UNAUTHENTICATED without a credential and FORBIDDEN with the wrong role, naming the role needed", () => {
    expect(() => authorize(undefined, Capability.WRITE, open)).toThrow(expect.objectContaining({ code: "UNAUTHENTICATED", message: expect.stringContaining("editor role") }));
    expect(() => authorize(principal("researcher"), Capability.WRITE, open)).toThrow(
      expect.objectContaining({ code: "FORBIDDEN", message: expect.stringMatching(/needs the editor role.*has researcher/) }),
    );
  });
});

describe("API keys", () => {
  it("are verified against their SHA-256 only", () => {
    const key = generateApiKey();
    expect(key).toMatch(/^cgk_[A-Za-z0-9_-]{43}$/);
    const entry = apiKeyEntry("alice", "editor", key);
    expect(entry).toBe(`alice:editor:${hashApiKey(key)}`);
    expect(entry).not.toContain(key);
    const keys = new ApiKeys([entry]);
    expect(keys.verify(key)).toEqual({ subject: "alice", roles: ["editor"], via: "api-key" });
    expect(keys.verify(`${key}x`)).toBeUndefined();
    expect(keys.verify(generateApiKey())).toBeUndefined();
  });

  it.each([
    ["alice:editor", /not name:role:sha256-hex/],
    [`alice:admin:${"a".repeat(64)}`, /role "admin" is not one of reader, editor, researcher/],
    [`alice:editor:${"A".repeat(64)}`, /not name:role:sha256-hex/],
  ])("refuse a bad entry at start-up: %s", (entry, message) => {
    expect(() => new ApiKeys([entry])).toThrow(ApiKeyError);
    expect(() => new ApiKeys([entry])).toThrow(message);
  });

  it("come from COOPGRAPH_API_KEYS (commas, spaces, comments) and refuse a duplicate", () => {
    const [a, b] = [generateApiKey(), generateApiKey()];
    const config = loadConfig({ COOPGRAPH_API_KEYS: `${apiKeyEntry("a", "reader", a)}, ${apiKeyEntry("b", "researcher", b)} # two keys` });
    expect(config.auth.apiKeys).toHaveLength(2);
    expect(new ApiKeys(config.auth.apiKeys).verify(b)?.roles).toEqual(["researcher"]);
    expect(() => new ApiKeys([apiKeyEntry("a", "reader", a), apiKeyEntry("b", "editor", a)])).toThrow(/configured twice/);
  });
});

describe("JWTs", () => {
  const verifier = new JwtVerifier(jwtSettings);

  it("accept an HS256 token and read roles from an array or a space-separated claim", async () => {
    const token = await signHs256(SECRET, { sub: "bob", roles: ["editor", "researcher"], expiresIn: "5m" });
    expect(await verifier.verify(token)).toEqual({ subject: "bob", roles: ["editor", "researcher"], via: "jwt" });
    const scoped = await new SignJWT({ roles: "reader unknown-role" }).setProtectedHeader({ alg: "HS256" }).setSubject("c").setExpirationTime("5m").sign(new TextEncoder().encode(SECRET));
    expect((await verifier.verify(scoped)).roles).toEqual(["reader"]);
  });

  it.each([
    ["expired", () => signHs256(SECRET, { sub: "x", roles: ["editor"], expiresIn: "-1m" }), /expired/],
    ["signed with another secret", () => signHs256(`${SECRET}-other`, { sub: "x", roles: ["editor"], expiresIn: "5m" }), /signature/],
    ["unsigned (alg none)", async () => `${b64({ alg: "none" })}.${b64({ sub: "x", roles: ["editor"] })}.`, /not accepted/],
    ["not a JWT", async () => "hello", /neither a coopgraph API key/],
  ])("refuse a token that is %s", async (_what, make, message) => {
    await expect(verifier.verify(await make())).rejects.toMatchObject({ code: "UNAUTHENTICATED", message: expect.stringMatching(message) });
  });

  it("check issuer and audience when configured", async () => {
    const strict = new JwtVerifier({ ...jwtSettings, issuer: "https://idp.example", audience: "coopgraph" });
    const good = await signHs256(SECRET, { sub: "x", roles: ["reader"], expiresIn: "5m", issuer: "https://idp.example", audience: "coopgraph" });
    expect((await strict.verify(good)).subject).toBe("x");
    const wrongAudience = await signHs256(SECRET, { sub: "x", roles: ["reader"], expiresIn: "5m", issuer: "https://idp.example", audience: "other" });
    await expect(strict.verify(wrongAudience)).rejects.toThrow(/claim "aud"/);
  });

  it("are refused when the server has no JWT key configured", async () => {
    const token = await signHs256(SECRET, { sub: "x", roles: ["editor"], expiresIn: "5m" });
    await expect(new JwtVerifier(OPEN_ACCESS.jwt).verify(token)).rejects.toThrow(/does not accept JWTs/);
  });
});

describe("AuthService.authenticate", () => {
  const key = generateApiKey();
  const auth = new AuthService({ ...OPEN_ACCESS, apiKeys: [apiKeyEntry("ed", "editor", key)], jwt: jwtSettings });

  it("treats no header as anonymous and a bad header as an error, never as anonymous", async () => {
    expect(await auth.authenticate(undefined)).toBeUndefined();
    await expect(auth.authenticate(`Basic ${key}`)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(auth.authenticate("Bearer cgk_unknown")).rejects.toThrow("The API key is not valid.");
    expect((await auth.authenticate(`Bearer ${key}`))?.subject).toBe("ed");
    expect((await auth.authenticate(`bearer  ${key}`))?.subject).toBe("ed");
  });
});

function b64(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}
