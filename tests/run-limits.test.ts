// Heap limits of the worker isolates: the young generation is capped, and the
// old generation follows --max-bytes, so a small cut-off gives a tight heap and
// the largest documents allowed still fit.
import { describe, expect, it } from "vitest";
import { workerLimits } from "../src/run/batch.js";

const MB = 1024 * 1024;

describe("worker heap limits", () => {
  it("caps the young generation below V8's 32 MB default", () => {
    expect(workerLimits(20 * MB).maxYoungGenerationSizeMb).toBeLessThan(32);
  });

  it("gives small cut-offs the floor and large ones room for a document of that size", () => {
    expect(workerLimits(100_000).maxOldGenerationSizeMb).toBe(256);
    const dflt = workerLimits(20 * MB).maxOldGenerationSizeMb!;
    expect(dflt).toBeGreaterThanOrEqual(20 * 25); // a 5 MB text peaks at ~150 MB of heap
    expect(dflt).toBeLessThan(4096); // well under V8's default, so garbage is collected sooner
    expect(workerLimits(100 * MB).maxOldGenerationSizeMb).toBeGreaterThan(dflt);
  });
});
