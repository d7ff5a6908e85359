import { afterEach, describe, expect, it, vi } from "vitest";
import { afterNextPaint } from "./after-next-paint";

describe("afterNextPaint", () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it("runs once after the next frame, and not when cancelled first", async () => {
    const ran: string[] = [];
    afterNextPaint(() => ran.push("kept"));
    const cancel = afterNextPaint(() => ran.push("cancelled"));
    cancel();
    expect(ran).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(ran).toEqual(["kept"]);
  });

  it("runs after latestMs when no frame comes (a hidden tab)", () => {
    // A hidden tab: no frame is ever painted.
    vi.stubGlobal("requestAnimationFrame", () => 1);
    vi.stubGlobal("cancelAnimationFrame", () => undefined);
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const task = vi.fn();
    afterNextPaint(task, 200);
    vi.advanceTimersByTime(199);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
  });
});

describe("afterNextPaint on a page's first load", () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it("waits until the first contentful paint is on screen, not just drawn", () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "requestAnimationFrame", "cancelAnimationFrame"] });
    const paints: string[] = [];
    let notify: (() => void) | undefined;
    class FakePaintObserver {
      static supportedEntryTypes = ["paint"];
      constructor(callback: () => void) {
        notify = callback;
      }
      observe() {}
      disconnect() {
        notify = undefined;
      }
    }
    vi.stubGlobal("PerformanceObserver", FakePaintObserver);
    vi.spyOn(performance, "getEntriesByName").mockImplementation((name) => (paints.includes(name) ? [{} as PerformanceEntry] : []));
    const task = vi.fn();
    afterNextPaint(task, 200);
    vi.advanceTimersByTime(50);
    expect(task).not.toHaveBeenCalled();
    paints.push("first-contentful-paint");
    notify?.();
    expect(task).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(200);
    expect(task).toHaveBeenCalledTimes(1);
  });
});
