/** Builders for coopgraph/v1 records, for tests that write import files. */
export const SRC = "source:test-doc";

export const source = (id = SRC, props: Record<string, unknown> = {}) => ({
  kind: "node",
  label: "Source",
  id,
  props: { title: "A test document", publisher: "Test Publisher", ...props },
  sources: [],
});

export const member = (slug: string, props: Record<string, unknown> = {}, sources = [SRC]) => ({
  kind: "node",
  label: "Member",
  id: `member:${slug}`,
  props: { name: slug.toUpperCase(), kind: "country", ...props },
  sources,
});

export const event = (slug: string, props: Record<string, unknown> = {}, sources = [SRC]) => ({
  kind: "node",
  label: "Event",
  id: `event:${slug}`,
  props: { title: `Event ${slug}`, kind: "workshop", ...props },
  sources,
});

export const programme = (slug: string, code: string, sources = [SRC]) => ({
  kind: "node",
  label: "Programme",
  id: `programme:${slug}`,
  props: { code, name: `Programme ${code}` },
  sources,
});

export const rel = (type: string, from: string, to: string, props: Record<string, unknown> = {}, sources = [SRC]) => ({
  kind: "rel",
  type,
  from,
  to,
  props,
  sources,
});

export const jsonl = (...records: unknown[]) => records.map((r) => (typeof r === "string" ? r : JSON.stringify(r))).join("\n") + "\n";
