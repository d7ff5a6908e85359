import { afterEach, describe, expect, it } from "vitest";
import { createFrameChannel } from "./frame-channel";
import { FRAME_CHANNEL } from "./frame-protocol";

const HOST = "https://portal.example.com";

/** A stand-in for window.parent that records what the frame posts to it. */
function fakeParent() {
  const posted: { message: unknown; origin: string }[] = [];
  const target = { postMessage: (message: unknown, origin: string) => posted.push({ message, origin }) };
  return { posted, target };
}

function deliver(data: unknown, origin: string, source: unknown) {
  window.dispatchEvent(new MessageEvent("message", { data, origin, source: source as MessageEventSource }));
}

describe("createFrameChannel", () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

  it("asks the allowed origins for a token and takes the answer of the parent from an allowed origin", async () => {
    const parent = fakeParent();
    const channel = createFrameChannel([HOST], parent.target);
    const token = channel.getToken();
    expect(parent.posted).toEqual([{ message: { channel: FRAME_CHANNEL, type: "token-request" }, origin: HOST }]);
    expect(channel.isWaiting()).toBe(true);
    deliver({ channel: FRAME_CHANNEL, type: "token", token: "t-1" }, HOST, parent.target);
    await expect(token).resolves.toBe("t-1");
    expect(channel.isWaiting()).toBe(false);
  });

  it("ignores tokens from other origins and from windows other than the parent", async () => {
    const parent = fakeParent();
    const channel = createFrameChannel([HOST], parent.target);
    const token = channel.getToken();
    deliver({ channel: FRAME_CHANNEL, type: "token", token: "evil" }, "https://evil.example.com", parent.target);
    deliver({ channel: FRAME_CHANNEL, type: "token", token: "evil" }, HOST, {});
    expect(channel.isWaiting()).toBe(true);
    deliver({ channel: FRAME_CHANNEL, type: "token", token: "good" }, HOST, parent.target);
    await expect(token).resolves.toBe("good");
  });
});
