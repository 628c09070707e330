import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", ".cache/", ".neo4j/", "src/generated/", "test/generated/", "web/*/generated/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": ["error", { allow: ["error"] }],
    },
  },
  {
    files: ["src/**/*.cli.ts", "src/graphql/emit-schema.ts", "web/build.ts", "test/**", "bench/**"],
    rules: { "no-console": "off" },
  },
);
