import type { LabelHTMLAttributes } from "react";
import { cn } from "../../lib/cn";

export interface LabelProps extends LabelHTMLAttributes<HTMLLabelElement> {
  /** Adds a visible "required" marker (the control itself carries aria-required). */
  required?: boolean;
}

export function Label({ required, className, children, ...rest }: LabelProps) {
  return (
    <label className={cn("block text-sm font-medium text-slate-800 dark:text-slate-200", className)} {...rest}>
      {children}
      {required ? (
        <span className="ml-0.5 text-red-600 dark:text-red-400" aria-hidden="true">
          *
        </span>
      ) : null}
    </label>
  );
}
