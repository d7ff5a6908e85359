import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from "react";
import { cn } from "../../lib/cn";
import { ChoiceLayout, choiceIds } from "./choice-layout";

export interface CheckboxProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "type"> {
  label: ReactNode;
  help?: ReactNode;
  error?: ReactNode;
  ref?: Ref<HTMLInputElement>;
}

/** A native checkbox with its label, help and error (works with react-hook-form's register). */
export function Checkbox({ label, help, error, id, className, ...rest }: CheckboxProps) {
  const generated = useId();
  const controlId = id ?? `checkbox-${generated}`;
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
        <input
          type="checkbox"
          id={controlId}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          className={cn(
            "size-4 rounded border-slate-300 accent-[var(--rc-brand,#4f46e5)]",
            "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand",
          )}
          {...rest}
        />
      }
    />
  );
}
