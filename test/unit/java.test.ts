import { describe, expect, it } from "vitest";
import { javaCommand, parseJavaMajor } from "../../src/local-neo4j/java.js";

describe("java detection", () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_392"', 8],
    ['openjdk version "11.0.2" 2019-01-15', 11],
  ])("reads the major version from %s", (output, major) => {
    expect(parseJavaMajor(output)).toBe(major);
  });

  it("gives undefined for output it does not know", () => {
    expect(parseJavaMajor("command not found")).toBeUndefined();
  });

  it("prefers JAVA_HOME over the PATH", () => {
    expect(javaCommand({ JAVA_HOME: "/opt/jdk" })).toBe("/opt/jdk/bin/java");
    expect(javaCommand({})).toBe("java");
  });
});
