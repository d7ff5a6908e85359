import type { Ref, TextareaHTMLAttributes } from "react";
import { cn } from "../../lib/cn";
import { controlClasses } from "./control-classes";
import { useFieldControlProps } from "./field-context";

export interface TextareaProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  ref?: Ref<HTMLTextAreaElement>;
}

export function Textarea({ className, rows = 3, ...props }: TextareaProps) {
  const wired = useFieldControlProps(props);
  return <textarea rows={rows} className={cn(controlClasses, "py-2", className)} {...wired} />;
}
