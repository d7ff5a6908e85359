import { ChoiceLayout, type ChoiceProps } from "./choice-layout";

export type SwitchProps = Omit<ChoiceProps, "role">;

/**
 * An on/off switch. It is a native checkbox with role="switch" underneath, so Space toggles it,
 * forms and react-hook-form's register work, and screen readers announce "on/off".
 */
export function Switch({ label, help, error, id, className, ...rest }: SwitchProps) {
  return (
    <ChoiceLayout idPrefix="switch" id={id} label={label} help={help} error={error} className={className}>
      {(control) => (
        <span className="relative inline-flex h-5 w-9 shrink-0">
          <input
            type="checkbox"
            role="switch"
            {...control}
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
      )}
    </ChoiceLayout>
  );
}
