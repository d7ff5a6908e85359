import { useEffect, useState } from "react";
import { copyText } from "../../lib/clipboard";
import { Button, type ButtonProps } from "./button";

interface CopyButtonProps extends Omit<ButtonProps, "onClick" | "children"> {
  /** The text put on the clipboard. */
  value: string;
  /** Button text, e.g. "Copy token". */
  label?: string;
}

/** Copies `value`; the button says "Copied" for a moment and a live region announces it. */
export function CopyButton({ value, label = "Copy", size = "sm", ...rest }: CopyButtonProps) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");

  useEffect(() => {
    if (state === "idle") return;
    const timer = setTimeout(() => setState("idle"), 2000);
    return () => clearTimeout(timer);
  }, [state]);

  return (
    <>
      <Button size={size} {...rest} onClick={() => void copyText(value).then((ok) => setState(ok ? "copied" : "failed"))}>
        {state === "copied" ? "Copied" : label}
      </Button>
      <span role="status" className="sr-only">
        {state === "copied" ? "Copied to clipboard" : state === "failed" ? "Could not copy; select the text and copy it by hand" : ""}
      </span>
    </>
  );
}
