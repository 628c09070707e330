import type { Tracer } from "@opentelemetry/api";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BasicTracerProvider, BatchSpanProcessor } from "@opentelemetry/sdk-trace-base";
import type { OpsSettings } from "../config/config.js";
import { SERVICE_VERSION } from "../version.js";

export interface Tracing {
  tracer: Tracer;
  /** Sends the spans still buffered, then stops. */
  shutdown(): Promise<void>;
}

/**
 * The OTLP/HTTP exporter when COOPGRAPH_TRACING is on, else undefined (and no
 * tracing code runs per request). Only this app's own spans are made: no
 * auto-instrumentation, so nothing else is patched. The exporter also honours
 * the standard OTEL_EXPORTER_OTLP_HEADERS and OTEL_EXPORTER_OTLP_TIMEOUT.
 */
export function startTracing(settings: OpsSettings["tracing"]): Tracing | undefined {
  if (!settings.enabled) return undefined;
  const exporter = new OTLPTraceExporter({ url: `${settings.endpoint.replace(/\/+$/, "")}/v1/traces` });
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ "service.name": settings.serviceName, "service.version": SERVICE_VERSION }),
    spanProcessors: [new BatchSpanProcessor(exporter)],
  });
  return { tracer: provider.getTracer("coopgraph", SERVICE_VERSION), shutdown: () => provider.shutdown() };
}
