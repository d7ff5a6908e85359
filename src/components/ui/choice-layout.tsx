import type { ReactNode } from "react";

interface ChoiceLayoutProps {
  controlId: string;
  label: ReactNode;
  help?: ReactNode;
  error?: ReactNode;
  helpId?: string;
  errorId?: string;
  control: ReactNode;
  className?: string;
}

/** Control on the left, label + help + error on the right: the layout of checkboxes and switches. */
export function ChoiceLayout({ controlId, label, help, error, helpId, errorId, control, className }: ChoiceLayoutProps) {
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

/** ids for a checkbox-like control and its help/error texts. */
export function choiceIds(controlId: string, help: ReactNode, error: ReactNode) {
  const helpId = help ? `${controlId}-help` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  return { helpId, errorId, describedBy: [errorId, helpId].filter(Boolean).join(" ") || undefined };
}
