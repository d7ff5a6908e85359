import { describe, expect, it } from "vitest";
import { runLimited } from "./run-limited";

/** A call that resolves (or rejects) when the test says so. */
function controllable() {
  const pending = new Map<number, { resolve: (v: string) => void; reject: (e: Error) => void }>();
  let inFlight = 0;
  let maxInFlight = 0;
  const work = (item: number) =>
    new Promise<string>((resolve, reject) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const done = () => inFlight--;
      pending.set(item, {
        resolve: (v) => (done(), resolve(v)),
        reject: (e) => (done(), reject(e)),
      });
    });
  return { pending, work, inFlight: () => inFlight, maxInFlight: () => maxInFlight };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("runLimited", () => {
  it("keeps at most `limit` calls in flight and starts the next as one settles", async () => {
    const calls = controllable();
    const started: number[] = [];
    const run = runLimited([1, 2, 3, 4, 5], calls.work, { limit: 2, onStart: (item) => started.push(item) });
    await tick();
    expect(started).toEqual([1, 2]);
    calls.pending.get(2)?.resolve("two");
    await tick();
    expect(started).toEqual([1, 2, 3]);
    expect(calls.inFlight()).toBe(2);
    for (const item of [1, 3, 4, 5]) {
      calls.pending.get(item)?.resolve(String(item));
      await tick();
    }
    const results = await run;
    expect(calls.maxInFlight()).toBe(2);
    expect(results.get(2)).toEqual({ ok: true, value: "two" });
    expect(results.size).toBe(5);
  });

  it("records a failure and goes on with the rest", async () => {
    const settled: string[] = [];
    const results = await runLimited(
      ["a", "b", "c"],
      async (item) => {
        if (item === "b") throw new Error("refused");
        return item.toUpperCase();
      },
      { limit: 8, onSettled: (item, result) => settled.push(`${item}:${result.ok ? "ok" : "failed"}`) },
    );
    expect(settled.sort()).toEqual(["a:ok", "b:failed", "c:ok"]);
    const failed = results.get("b");
    expect(failed?.ok).toBe(false);
    expect(failed && !failed.ok && failed.error instanceof Error ? failed.error.message : "").toBe("refused");
  });

  it("starts nothing new after an abort; calls in flight finish and are reported", async () => {
    const calls = controllable();
    const controller = new AbortController();
    const run = runLimited([1, 2, 3, 4], calls.work, { limit: 2, signal: controller.signal });
    await tick();
    controller.abort();
    calls.pending.get(1)?.resolve("1");
    calls.pending.get(2)?.reject(new Error("late"));
    const results = await run;
    expect([...results.keys()].sort()).toEqual([1, 2]);
    expect(calls.pending.has(3)).toBe(false);
  });

  it("treats a limit below 1 as 1 and an empty list as done", async () => {
    const calls = controllable();
    const run = runLimited([1, 2], calls.work, { limit: 0 });
    await tick();
    expect(calls.inFlight()).toBe(1);
    calls.pending.get(1)?.resolve("1");
    await tick();
    calls.pending.get(2)?.resolve("2");
    expect((await run).size).toBe(2);
    expect((await runLimited([], calls.work, { limit: 4 })).size).toBe(0);
  });
});
