import { cn } from "../../lib/cn";
import { ChoiceLayout, type ChoiceProps } from "./choice-layout";

export type CheckboxProps = ChoiceProps;

/** A native checkbox with its label, help and error (works with react-hook-form's register). */
export function Checkbox({ label, help, error, id, className, ...rest }: CheckboxProps) {
  return (
    <ChoiceLayout idPrefix="checkbox" id={id} label={label} help={help} error={error} className={className}>
      {(control) => (
        <input
          type="checkbox"
          {...control}
          className={cn(
            "size-4 rounded border-slate-300 accent-[var(--rc-brand,#4f46e5)]",
            "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand",
          )}
          {...rest}
        />
      )}
    </ChoiceLayout>
  );
}
