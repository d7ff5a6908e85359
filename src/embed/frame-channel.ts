import { FRAME_CHANNEL, parseHostMessage, type FrameToHost } from "./frame-protocol";

export interface FrameChannel {
  /** Asks the host for a token (a fresh one on every call; concurrent calls share one request). */
  getToken: () => Promise<string>;
  post: (message: FrameToHost) => void;
  onNavigateRequest: (listener: (path: string) => void) => void;
  /** true while a token request is unanswered. */
  isWaiting: () => boolean;
  subscribe: (listener: () => void) => () => void;
}

/**
 * The iframe side: listens only to the parent window and only to EMBED_ALLOWED_ORIGINS. Until the host
 * has answered once, messages go to every allowed origin (postMessage delivers only to the one that matches).
 */
/** The parent window, as far as the channel needs it. */
export interface MessageTarget {
  postMessage(message: unknown, targetOrigin: string): void;
}

export function createFrameChannel(
  allowedOrigins: readonly string[],
  target: MessageTarget = window.parent,
): FrameChannel {
  let hostOrigin: string | undefined;
  let pending: { promise: Promise<string>; resolve: (token: string) => void } | undefined;
  const navigateListeners = new Set<(path: string) => void>();
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());

  const post = (message: FrameToHost) => {
    for (const origin of hostOrigin ? [hostOrigin] : allowedOrigins) target.postMessage(message, origin);
  };

  window.addEventListener("message", (event) => {
    if (event.source !== target || !allowedOrigins.includes(event.origin)) return;
    const message = parseHostMessage(event.data);
    if (!message) return;
    hostOrigin = event.origin;
    if (message.type === "navigate") {
      navigateListeners.forEach((listener) => listener(message.path));
    } else if (pending) {
      const { resolve } = pending;
      pending = undefined;
      resolve(message.token);
      notify();
    }
  });

  return {
    getToken() {
      if (!pending) {
        let resolve: (token: string) => void = () => {};
        const promise = new Promise<string>((done) => (resolve = done));
        pending = { promise, resolve };
        post({ channel: FRAME_CHANNEL, type: "token-request" });
        notify();
      }
      return pending.promise;
    },
    post,
    onNavigateRequest: (listener) => void navigateListeners.add(listener),
    isWaiting: () => pending !== undefined,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
