import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";
import { PreparedGraphTogether } from "./test/support/sequencer.js";

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql ships index.mjs and index.js; Vite would pick the first for our code while
    // Apollo and type-graphql load the second, and `instanceof GraphQLError` would then
    // fail across the two copies. Node (npm start) always loads index.js: so do tests.
    alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }],
  },
  test: {
    // Files on the shared prepared graph run one after another, so it is imported once per run.
    sequence: { sequencer: PreparedGraphTogether },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          // Browser tests (test/browser/) need the app on Neo4j too: they run here, in real Chromium.
          include: ["test/integration/**/*.test.ts", "test/browser/**/*.test.ts"],
          environment: "node",
          globalSetup: ["test/support/global-setup.ts", "test/support/web-setup.ts"],
          // One Neo4j Community database is shared by the files, which reset it: run them one at a time.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
