import { useId, useMemo, type ReactNode } from "react";
import { cn } from "../../lib/cn";
import { FieldContext, type FieldControlProps } from "./field-context";
import { Label } from "./label";

export interface FieldProps {
  label: ReactNode;
  /** Help text under the control, linked with aria-describedby. */
  help?: ReactNode;
  /** Error text; when set the control gets aria-invalid and the message is linked with aria-describedby. */
  error?: ReactNode;
  required?: boolean;
  /** Use a fixed id for the control (e.g. to link from elsewhere); generated otherwise. */
  id?: string;
  className?: string;
  /** One control: Input, Textarea or Select — they pick up id and aria wiring from the field. */
  children: ReactNode;
}

/** Label + control + help + error, wired for screen readers. */
export function Field({ label, help, error, required, id, className, children }: FieldProps) {
  const generated = useId();
  const controlId = id ?? `field-${generated}`;
  const helpId = help ? `${controlId}-help` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const control = useMemo<FieldControlProps>(
    () => ({
      id: controlId,
      "aria-describedby": [errorId, helpId].filter(Boolean).join(" ") || undefined,
      "aria-invalid": error ? true : undefined,
      "aria-required": required ? true : undefined,
    }),
    [controlId, errorId, helpId, error, required],
  );
  return (
    <div className={cn("space-y-1.5", className)}>
      <Label htmlFor={controlId} required={required}>
        {label}
      </Label>
      <FieldContext.Provider value={control}>{children}</FieldContext.Provider>
      {help ? (
        <p id={helpId} className="text-xs text-slate-500 dark:text-slate-400">
          {help}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="text-xs font-medium text-red-600 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}
