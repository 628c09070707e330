import { resolve } from "node:path";
import { Command, InvalidArgumentError, Option } from "commander";
import { defaultOutDir } from "./generate.paths.js";
import { seedFiles } from "../seed/seed.loader.js";
import { generate, SCALES, type Scale } from "./generate.service.js";
import { loadWorld } from "./generate.world.js";

function seedNumber(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) throw new InvalidArgumentError("must be a whole number >= 0");
  return n;
}

const program = new Command("generate")
  .description("Write synthetic data (marked synthetic on every record) in the import format, around the seed's real members and programmes.")
  .addOption(new Option("--scale <scale>", "how much: small ~10k, medium ~200k, large ~2M relationships").choices(Object.keys(SCALES)).default("small"))
  .option("--seed <n>", "random seed: the same seed gives the same files", seedNumber, 1)
  .option("--out <dir>", "output folder (default .cache/synthetic/<scale>-seed<n>)")
  .action(async (opts: { scale: Scale; seed: number; out?: string }) => {
    const outDir = opts.out ? resolve(opts.out) : defaultOutDir(opts.scale, opts.seed);
    const started = performance.now();
    const world = await loadWorld(seedFiles());
    const summary = await generate(world, { scale: opts.scale, seed: opts.seed, outDir });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Wrote ${summary.files.length} file(s) to ${outDir} in ${seconds} s:`);
    console.log(`  ${summary.nodes.toLocaleString("en")} nodes (${summary.events.toLocaleString("en")} events, ${summary.persons} officials), ${summary.relationships.toLocaleString("en")} relationships, all synthetic`);
    console.log(`Import them (after the seed) with: npm run import -- ${outDir}`);
  });

program.parseAsync(process.argv).catch((err: unknown) => {
  console.error(`generate: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
