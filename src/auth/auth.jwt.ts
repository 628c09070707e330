import { createRemoteJWKSet, decodeProtectedHeader, errors, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyGetKey } from "jose";
import type { AuthSettings } from "../config/config.js";
import { UnauthenticatedError } from "../errors/errors.js";
import { isRole, type Principal, type Role } from "./auth.roles.js";

const ASYMMETRIC = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"];

/**
 * Verifies JWTs with jose: HS256 against a shared secret, anything asymmetric
 * against a JWKS (fetched and cached by jose). The token's own "alg" picks
 * the key; an algorithm we did not configure is refused.
 */
export class JwtVerifier {
  private readonly secret: Uint8Array | undefined;
  private readonly jwks: JWTVerifyGetKey | undefined;

  constructor(private readonly settings: AuthSettings["jwt"]) {
    this.secret = settings.secret ? new TextEncoder().encode(settings.secret) : undefined;
    this.jwks = settings.jwksUrl ? createRemoteJWKSet(new URL(settings.jwksUrl)) : undefined;
  }

  get enabled(): boolean {
    return this.secret !== undefined || this.jwks !== undefined;
  }

  async verify(token: string): Promise<Principal> {
    if (!this.enabled) throw new UnauthenticatedError("This server does not accept JWTs; use an API key.");
    let alg: string | undefined;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch {
      throw new UnauthenticatedError("The bearer token is neither a coopgraph API key (cgk_...) nor a well-formed JWT.");
    }
    const options = { issuer: this.settings.issuer, audience: this.settings.audience, clockTolerance: 5 };
    try {
      const { payload } =
        alg === "HS256" && this.secret
          ? await jwtVerify(token, this.secret, { ...options, algorithms: ["HS256"] })
          : this.jwks && alg && ASYMMETRIC.includes(alg)
            ? await jwtVerify(token, this.jwks, { ...options, algorithms: ASYMMETRIC })
            : refuseAlgorithm(alg);
      return { subject: payload.sub ?? "(no subject)", roles: rolesOf(payload, this.settings.rolesClaim), via: "jwt" };
    } catch (err) {
      throw new UnauthenticatedError(`The JWT was refused: ${describe(err)}.`);
    }
  }
}

function refuseAlgorithm(alg: string | undefined): never {
  throw new errors.JOSEAlgNotAllowed(`algorithm ${alg ?? "(none)"} is not accepted here`);
}

/** Roles from the configured claim: an array, or a space-separated string (OAuth "scope" style). */
function rolesOf(payload: JWTPayload, claim: string): Role[] {
  const value = payload[claim];
  const list = Array.isArray(value) ? value : typeof value === "string" ? value.split(/\s+/) : [];
  return [...new Set(list.filter(isRole))];
}

function describe(err: unknown): string {
  if (err instanceof errors.JWTExpired) return "it has expired";
  if (err instanceof errors.JWTClaimValidationFailed) return `claim "${err.claim}" ${err.reason === "check_failed" ? "does not match" : err.reason.replace(/_/g, " ")}`;
  if (err instanceof errors.JWSSignatureVerificationFailed) return "its signature does not verify";
  if (err instanceof errors.JOSEAlgNotAllowed) return err.message;
  if (err instanceof errors.JWKSNoMatchingKey) return "no key in the JWKS matches it";
  if (err instanceof errors.JWKSTimeout) return "the JWKS could not be fetched in time";
  if (err instanceof errors.JOSEError) return err.message;
  return "it could not be verified";
}

/** Signs an HS256 token for the given roles (the auth CLI and tests use it). */
export async function signHs256(secret: string, claims: { sub: string; roles: Role[]; expiresIn: string; issuer?: string; audience?: string; rolesClaim?: string }): Promise<string> {
  let jwt = new SignJWT({ [claims.rolesClaim ?? "roles"]: claims.roles })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(claims.sub)
    .setIssuedAt()
    .setExpirationTime(claims.expiresIn);
  if (claims.issuer) jwt = jwt.setIssuer(claims.issuer);
  if (claims.audience) jwt = jwt.setAudience(claims.audience);
  return jwt.sign(new TextEncoder().encode(secret));
}
