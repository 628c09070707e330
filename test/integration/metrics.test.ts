import { InMemorySpanExporter, BasicTracerProvider, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { afterAll, describe, expect, it } from "vitest";
import { AboutAndNodeDocument, NodeIdDocument } from "../generated/graphql.js";
import { useTestApp } from "../support/app.js";
import { execute, executeText } from "../support/graphql.js";

/** The value of one sample in Prometheus's text format. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split("\n")) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (wanted.every((l) => line.includes(l))) return Number(line.split(" ").at(-1));
  }
  return undefined;
}

describe("/metrics and tracing", () => {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  const app = useTestApp({ seed: true, tracer: provider.getTracer("test") });
  afterAll(() => provider.shutdown());

  const scrape = async () => {
    const res = await app().inject({ method: "GET", url: "/metrics" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/text\/plain/);
    return res.body;
  };

  it("counts operations by name and outcome, and Cypher statements by file", async () => {
    await execute(app(), NodeIdDocument, { id: "member:jpn" });
    await execute(app(), AboutAndNodeDocument, { id: "" });
    await executeText(app(), "{ nope }");
    const text = await scrape();
    expect(sample(text, "coopgraph_graphql_operations_total", { operation: "NodeId", outcome: "ok" })).toBe(1);
    expect(sample(text, "coopgraph_graphql_operations_total", { operation: "AboutAndNode", outcome: "partial" })).toBe(1);
    expect(sample(text, "coopgraph_graphql_operations_total", { operation: "anonymous", outcome: "error" })).toBe(1);
    expect(sample(text, "coopgraph_graphql_operation_duration_seconds_count", { operation: "NodeId" })).toBe(1);
    expect(sample(text, "coopgraph_cypher_statements_total", { statement: "entity/by-ids", outcome: "ok" })).toBeGreaterThanOrEqual(1);
    expect(text).toMatch(/coopgraph_cypher_statement_duration_seconds_bucket\{le="[^"]+",statement="entity\/by-ids"\}/);
    expect(sample(text, "coopgraph_neo4j_available")).toBe(1);
    // Read from the driver's internals: this fails when an upgrade moves them.
    expect(sample(text, "coopgraph_neo4j_pool_connections", { state: "idle" })).toBeGreaterThanOrEqual(1);
    expect(sample(text, "coopgraph_process_resident_memory_bytes")).toBeGreaterThan(0);
  });

  it("counts ETag reads answered from the client's cache (304) and in full, and reports the change feed's subscribers", async () => {
    const url = `/graphql?query=${encodeURIComponent("query NodeId { node(id: \"member:jpn\") { id } }")}`;
    const headers = { "apollo-require-preflight": "true" };
    const full = await app().inject({ method: "GET", url, headers });
    const etag = full.headers.etag as string;
    expect(etag).toBeTruthy();
    const cached = await app().inject({ method: "GET", url, headers: { ...headers, "if-none-match": etag } });
    expect(cached.statusCode).toBe(304);
    const text = await scrape();
    expect(sample(text, "coopgraph_http_cache_reads_total", { result: "hit" })).toBe(1);
    expect(sample(text, "coopgraph_http_cache_reads_total", { result: "miss" })).toBe(1);
    expect(sample(text, "coopgraph_change_feed_subscribers")).toBe(0);
  });

  it("serves /metrics to loopback only by default", async () => {
    const res = await app().inject({ method: "GET", url: "/metrics", remoteAddress: "10.0.0.9" });
    expect(res.statusCode).toBe(403);
    expect(res.json().errors[0].extensions.code).toBe("FORBIDDEN");
  });

  it("makes a span per operation and per Cypher statement, named by file, without values", async () => {
    exporter.reset();
    await execute(app(), NodeIdDocument, { id: "member:jpn" });
    const spans = exporter.getFinishedSpans();
    const operation = spans.find((s) => s.name === "query NodeId");
    expect(operation?.attributes).toMatchObject({ "graphql.operation.type": "query", "graphql.operation.name": "NodeId", "coopgraph.outcome": "ok" });
    const cypher = spans.filter((s) => s.name.startsWith("cypher "));
    expect(cypher.map((s) => s.attributes["db.query.summary"])).toContain("cypher/entity/by-ids.cypher");
    expect(cypher.every((s) => s.parentSpanContext?.spanId === operation?.spanContext().spanId)).toBe(true);
    expect(JSON.stringify(spans.map((s) => s.attributes))).not.toContain("member:jpn");
  });
});

describe("/metrics with COOPGRAPH_METRICS=off", () => {
  const app = useTestApp({ ops: { metrics: "off" } });

  it("is not there", async () => {
    expect((await app().inject({ method: "GET", url: "/metrics" })).statusCode).toBe(404);
  });
});
