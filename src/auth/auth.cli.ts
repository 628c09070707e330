import { Command, InvalidArgumentError } from "commander";
import { loadConfig } from "../config/config.js";
import { apiKeyEntry, generateApiKey, hashApiKey } from "./auth.api-keys.js";
import { signHs256 } from "./auth.jwt.js";
import { isRole, ROLES, type Role } from "./auth.roles.js";

function role(value: string, previous: Role[] = []): Role[] {
  if (!isRole(value)) throw new InvalidArgumentError(`must be one of ${ROLES.join(", ")}`);
  return [...previous, value];
}

const program = new Command("auth").description("Make coopgraph credentials: API keys (stored hashed) and HS256 JWTs.");

program
  .command("key")
  .description("Generate an API key; prints the key (give it to its user) and the entry for COOPGRAPH_API_KEYS (the server keeps only the hash).")
  .requiredOption("--name <name>", "who the key is for (letters, digits, . _ @ -)")
  .requiredOption("--role <role>", `one of ${ROLES.join(", ")}`, (v) => role(v)[0] as Role)
  .action((opts: { name: string; role: Role }) => {
    if (!/^[A-Za-z0-9._@-]{1,64}$/.test(opts.name)) program.error("--name: use 1 to 64 letters, digits, . _ @ or -");
    const key = generateApiKey();
    console.log(`key (shown once; give it to ${opts.name}):\n  ${key}`);
    console.log(`entry for COOPGRAPH_API_KEYS (or a line of COOPGRAPH_API_KEYS_FILE):\n  ${apiKeyEntry(opts.name, opts.role, key)}`);
  });

program
  .command("hash")
  .description("Print the SHA-256 of an existing key, to write its entry by hand.")
  .argument("<key>")
  .action((key: string) => console.log(hashApiKey(key)));

program
  .command("token")
  .description("Sign an HS256 JWT with COOPGRAPH_JWT_SECRET (and COOPGRAPH_JWT_ISSUER/AUDIENCE/ROLES_CLAIM if set).")
  .requiredOption("--sub <subject>", "who the token is for")
  .requiredOption("--role <role>", `one of ${ROLES.join(", ")}; repeat for several`, role)
  .option("--expires <duration>", "lifetime, e.g. 15m, 8h, 7d", "8h")
  .action(async (opts: { sub: string; role: Role[]; expires: string }) => {
    const { jwt } = loadConfig().auth;
    const secret = jwt.secret ?? program.error("COOPGRAPH_JWT_SECRET is not set: export the server's secret (at least 32 characters) first.");
    const token = await signHs256(secret, {
      sub: opts.sub, roles: opts.role, expiresIn: opts.expires, issuer: jwt.issuer, audience: jwt.audience, rolesClaim: jwt.rolesClaim,
    });
    console.log(token);
  });

await program.parseAsync();
