import { useEffect, useState } from "react";
import { copyText } from "../../lib/clipboard";

export type CopyState = "idle" | "copied" | "failed";

/** Copies text and remembers the outcome for two seconds (for "Copied" feedback); `announce` is for a live region. */
export function useCopy(copiedMessage = "Copied to clipboard") {
  const [state, setState] = useState<CopyState>("idle");
  useEffect(() => {
    if (state === "idle") return;
    const timer = setTimeout(() => setState("idle"), 2000);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = (value: string) => void copyText(value).then((ok) => setState(ok ? "copied" : "failed"));
  const announce =
    state === "copied"
      ? copiedMessage
      : state === "failed"
        ? "Could not copy; select the text and copy it by hand"
        : "";
  return { state, copy, announce };
}
