import { render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { RelativeTime } from "../components/ui/relative-time";
import { observeDateHeader, observeServerTime, resetServerClock, serverNow } from "./server-clock";

// The browser's clock is 4 hours ahead of the server's: times must read as the server means them.
const SERVER_NOW = new Date("2026-11-20T12:00:00Z");
const SKEW_MS = 4 * 3600_000;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(SERVER_NOW.getTime() + SKEW_MS));
  resetServerClock();
});
afterEach(() => {
  resetServerClock();
  vi.useRealTimers();
});

describe("relative times against the server's clock", () => {
  it("a runner seen 5 minutes ago (server time) reads '5 minutes ago', not '4 hours ago'", () => {
    observeServerTime(SERVER_NOW.getTime());
    render(<RelativeTime value={new Date(SERVER_NOW.getTime() - 5 * 60_000)} />);
    expect(screen.getByText("5 minutes ago")).toBeInTheDocument();
  });

  it("an expiry 8 hours ahead (server time) reads 'in 8 hours', not 'in 4 hours'", () => {
    observeServerTime(SERVER_NOW.getTime());
    render(<RelativeTime value={new Date(SERVER_NOW.getTime() + 8 * 3600_000)} tense="any" />);
    expect(screen.getByText("in 8 hours")).toBeInTheDocument();
  });

  it("a past event is never in the future, even before the server's time is known", () => {
    // Browser clock behind the server: "last seen" would read "in 4 hours".
    vi.setSystemTime(new Date(SERVER_NOW.getTime() - SKEW_MS));
    render(<RelativeTime value={SERVER_NOW} />);
    expect(screen.getByText("just now")).toBeInTheDocument();
  });

  it("takes the skew from an API response's Date header; second rounding does not move it", () => {
    observeDateHeader(SERVER_NOW.toUTCString());
    expect(Math.abs(serverNow() - SERVER_NOW.getTime())).toBeLessThan(1000);
    const before = serverNow();
    observeDateHeader(new Date(SERVER_NOW.getTime() + 900).toUTCString());
    expect(serverNow()).toBe(before);
    observeDateHeader("not a date");
    expect(serverNow()).toBe(before);
  });
});
