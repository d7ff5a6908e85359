import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from "react";
import { ChoiceLayout, choiceIds } from "./choice-layout";

export interface SwitchProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "role"> {
  label: ReactNode;
  help?: ReactNode;
  error?: ReactNode;
  ref?: Ref<HTMLInputElement>;
}

/**
 * An on/off switch. It is a native checkbox with role="switch" underneath, so Space toggles it,
 * forms and react-hook-form's register work, and screen readers announce "on/off".
 */
export function Switch({ label, help, error, id, className, ...rest }: SwitchProps) {
  const generated = useId();
  const controlId = id ?? `switch-${generated}`;
  const { helpId, errorId, describedBy } = choiceIds(controlId, help, error);
  return (
    <ChoiceLayout
      controlId={controlId}
      label={label}
      help={help}
      error={error}
      helpId={helpId}
      errorId={errorId}
      className={className}
      control={
        <span className="relative inline-flex h-5 w-9 shrink-0">
          <input
            type="checkbox"
            role="switch"
            id={controlId}
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
            className="peer absolute inset-0 z-10 cursor-pointer appearance-none rounded-full focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand disabled:cursor-not-allowed"
            {...rest}
          />
          <span
            aria-hidden="true"
            className="pointer-events-none absolute inset-0 rounded-full bg-slate-300 transition-colors peer-checked:bg-brand peer-disabled:opacity-50 dark:bg-slate-600"
          />
          <span
            aria-hidden="true"
            className="pointer-events-none absolute top-0.5 left-0.5 size-4 rounded-full bg-white shadow transition-transform peer-checked:translate-x-4"
          />
        </span>
      }
    />
  );
}
