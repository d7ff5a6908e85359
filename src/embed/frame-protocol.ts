// Messages between the /embed iframe and its host page. Every message carries `channel` so that
// unrelated postMessage traffic on the page is ignored.
export const FRAME_CHANNEL = "runner-console";

export type FrameToHost =
  | { channel: typeof FRAME_CHANNEL; type: "token-request" }
  | { channel: typeof FRAME_CHANNEL; type: "height"; height: number }
  | { channel: typeof FRAME_CHANNEL; type: "navigate"; path: string };

export type HostToFrame =
  | { channel: typeof FRAME_CHANNEL; type: "token"; token: string }
  | { channel: typeof FRAME_CHANNEL; type: "navigate"; path: string };

function record(data: unknown): Record<string, unknown> | undefined {
  return typeof data === "object" && data !== null && !Array.isArray(data) ? { ...data } : undefined;
}

export function parseHostMessage(data: unknown): HostToFrame | undefined {
  const message = record(data);
  if (message?.channel !== FRAME_CHANNEL) return undefined;
  if (message.type === "token" && typeof message.token === "string" && message.token !== "")
    return { channel: FRAME_CHANNEL, type: "token", token: message.token };
  if (message.type === "navigate" && typeof message.path === "string" && message.path.startsWith("/"))
    return { channel: FRAME_CHANNEL, type: "navigate", path: message.path };
  return undefined;
}

export function parseFrameMessage(data: unknown): FrameToHost | undefined {
  const message = record(data);
  if (message?.channel !== FRAME_CHANNEL) return undefined;
  if (message.type === "token-request") return { channel: FRAME_CHANNEL, type: "token-request" };
  if (message.type === "height" && typeof message.height === "number" && Number.isFinite(message.height))
    return { channel: FRAME_CHANNEL, type: "height", height: message.height };
  if (message.type === "navigate" && typeof message.path === "string")
    return { channel: FRAME_CHANNEL, type: "navigate", path: message.path };
  return undefined;
}
