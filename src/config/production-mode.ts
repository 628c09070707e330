/**
 * Imported first by the server's entry point (src/main.ts), before anything
 * loads graphql: unless NODE_ENV says otherwise, a started server runs in
 * production mode, as graphql-js asks of a deployed server. In development mode
 * graphql-js checks every type test against copies of itself from another
 * realm: 5 to 15% of the Node time of the intersection and the nested query.
 * Apollo Server also reads NODE_ENV; src/server.ts sets each of its choices
 * that depend on it (introspection, stack traces, the landing page), so the
 * API is the same in every mode. Tests run with NODE_ENV=test (Vitest's), and
 * `npm run dev` sets NODE_ENV=development.
 */
if (!process.env.NODE_ENV) process.env.NODE_ENV = "production";

export {};
