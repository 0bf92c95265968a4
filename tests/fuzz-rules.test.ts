// No catastrophic backtracking: every rule of every language runs over each
// adversarial input within a generous limit (a linear rule takes milliseconds;
// a backtracking one minutes or forever). 256 KB per input keeps `npm test`
// short (107 rules × 7 inputs); the same inputs at 1 MB go through the whole
// pipeline in tests/fuzz.test.ts, and `npm run bench` times every rule at 1 MB.
import { describe, expect, it } from "vitest";
import { adversarial, timeRules } from "../src/bench/adversarial.js";

describe("rules on adversarial input", () => {
  it("every rule of every language finishes 256 KB of each adversarial input in under 2 s", () => {
    const inputs = adversarial(256 * 1024);
    const times = timeRules(inputs);
    expect(times.length).toBeGreaterThan(Object.keys(inputs).length * 10);
    const slow = times.filter((t) => t.ms > 2000).map((t) => `${t.id} on ${t.input}: ${(t.ms / 1000).toFixed(1)} s`);
    expect(slow).toEqual([]);
  }, 600_000);
});
