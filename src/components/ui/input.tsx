import type { InputHTMLAttributes, Ref } from "react";
import { cn } from "../../lib/cn";
import { controlClasses } from "./control-classes";
import { useFieldControlProps } from "./field-context";

export interface InputProps extends InputHTMLAttributes<HTMLInputElement> {
  ref?: Ref<HTMLInputElement>;
}

/** A text-like input; inside <Field> it is labelled and described automatically. */
export function Input({ className, ...props }: InputProps) {
  const wired = useFieldControlProps(props);
  return <input className={cn(controlClasses, "h-9", className)} {...wired} />;
}
