import { FRAME_CHANNEL, parseFrameMessage, type HostToFrame } from "./frame-protocol";

export interface ConsoleFrameOptions {
  /** Answers the frame's token requests; the token goes to the frame's origin only. */
  getToken: () => Promise<string>;
  onNavigate?: (path: string) => void;
  /** Follow the console's content height (default true). */
  autoHeight?: boolean;
}

export interface AttachedFrame {
  navigate: (path: string) => void;
  detach: () => void;
}

/**
 * The host side of the /embed iframe: attach before setting `iframe.src`. Messages are accepted only from
 * that iframe's window and the console's origin, and tokens are posted to that origin only.
 */
export function attachConsoleFrame(
  iframe: HTMLIFrameElement,
  consoleUrl: string,
  options: ConsoleFrameOptions,
): AttachedFrame {
  const consoleOrigin = new URL(consoleUrl, window.location.href).origin;
  const post = (message: HostToFrame) => iframe.contentWindow?.postMessage(message, consoleOrigin);
  const onMessage = (event: MessageEvent) => {
    if (event.source !== iframe.contentWindow || event.origin !== consoleOrigin) return;
    const message = parseFrameMessage(event.data);
    if (!message) return;
    if (message.type === "token-request") {
      options.getToken().then(
        (token) => post({ channel: FRAME_CHANNEL, type: "token", token }),
        // No token: the frame keeps waiting and shows that it is waiting.
        () => undefined,
      );
    } else if (message.type === "height") {
      if (options.autoHeight !== false) iframe.style.height = `${Math.ceil(message.height)}px`;
    } else {
      options.onNavigate?.(message.path);
    }
  };
  window.addEventListener("message", onMessage);
  return {
    navigate: (path) => post({ channel: FRAME_CHANNEL, type: "navigate", path }),
    detach: () => window.removeEventListener("message", onMessage),
  };
}
