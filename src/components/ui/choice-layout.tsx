import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from "react";

/** What checkboxes and switches take: native input attributes plus their label, help and error. */
export interface ChoiceProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "type"> {
  label: ReactNode;
  help?: ReactNode;
  error?: ReactNode;
  ref?: Ref<HTMLInputElement>;
}

/** The id and aria wiring the layout hands to its control. */
export interface ChoiceControlAttributes {
  id: string;
  "aria-describedby": string | undefined;
  "aria-invalid": true | undefined;
}

interface ChoiceLayoutProps extends Pick<ChoiceProps, "id" | "label" | "help" | "error" | "className"> {
  /** Prefix of the generated id when the caller gives none. */
  idPrefix: string;
  children: (control: ChoiceControlAttributes) => ReactNode;
}

/** Control on the left, label + help + error on the right: the layout of checkboxes and switches. */
export function ChoiceLayout({ id, idPrefix, label, help, error, className, children }: ChoiceLayoutProps) {
  const generated = useId();
  const controlId = id ?? `${idPrefix}-${generated}`;
  const helpId = help ? `${controlId}-help` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const control = children({
    id: controlId,
    "aria-describedby": [errorId, helpId].filter(Boolean).join(" ") || undefined,
    "aria-invalid": error ? true : undefined,
  });
  return (
    <div className={className}>
      <div className="flex items-start gap-3">
        <div className="flex h-5 items-center">{control}</div>
        <div className="min-w-0 text-sm">
          <label htmlFor={controlId} className="font-medium text-slate-800 dark:text-slate-200">
            {label}
          </label>
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
      </div>
    </div>
  );
}
