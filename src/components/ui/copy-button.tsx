import { Button, type ButtonProps } from "./button";
import { useCopy } from "./use-copy";

interface CopyButtonProps extends Omit<ButtonProps, "onClick" | "children"> {
  /** The text put on the clipboard. */
  value: string;
  /** Button text, e.g. "Copy token". */
  label?: string;
}

/** Copies `value`; the button says "Copied" for a moment and a live region announces it. */
export function CopyButton({ value, label = "Copy", size = "sm", ...rest }: CopyButtonProps) {
  const { state, copy, announce } = useCopy();
  return (
    <>
      <Button size={size} {...rest} onClick={() => copy(value)}>
        {state === "copied" ? "Copied" : label}
      </Button>
      <span role="status" className="sr-only">
        {announce}
      </span>
    </>
  );
}
