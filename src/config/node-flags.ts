/**
 * The V8 flags a served coopgraph runs with: `npm start` passes them, and so
 * does every server the benchmarks start (bench/support/child.ts,
 * bench/first-request.ts), coopgraph's and the others alike. A request
 * allocates from a few kilobytes to a few megabytes that live only as long as
 * it does (the driver's records, GraphQL's results, the JSON), and with V8's
 * default young generation (16 MB semi-spaces) the collector took 14 to 19% of
 * a nested request's Node time. Semi-spaces of 64 MB are collected less often:
 * over HTTP at 16 connections, 3 to 22% more nested requests a second for
 * about 75 MB more resident memory under load (docs/development.md). V8 sizes
 * its heap as the process starts, so this cannot be set from inside it.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ["--max-semi-space-size=64"];
