import { useId, type ReactNode } from "react";
import { Button } from "./button";
import { FormError } from "./form-error";

/** What a dialog or page hands a form that doesn't fetch: it owns the mutation, the form only reports values. */
export interface FormSubmitProps<Values> {
  onSubmit: (values: Values) => void | Promise<void>;
  onCancel: () => void;
  isSubmitting: boolean;
  error: unknown;
}

interface FormFooterProps {
  onCancel: () => void;
  isSubmitting: boolean;
  /** The failed mutation, if any; shown above the buttons by Connect code. */
  error: unknown;
  /** e.g. "Save changes", "Add token". */
  submitLabel: string;
  /** What the submit button does beyond its label (e.g. what "Save & test" tests); its accessible description. */
  submitDescription?: string;
  /** Buttons before Cancel, e.g. "Show API call". */
  extraActions?: ReactNode;
}

/** The end of a form: the mutation's error, then Cancel and the submit button (spinner while submitting). */
export function FormFooter({ onCancel, isSubmitting, error, submitLabel, submitDescription, extraActions }: FormFooterProps) {
  const descriptionId = useId();
  return (
    <>
      <FormError error={error} />
      {submitDescription ? (
        <p id={descriptionId} className="text-xs text-slate-600 dark:text-slate-400">
          {submitDescription}
        </p>
      ) : null}
      <div className="flex flex-wrap justify-end gap-2 pt-2">
        {extraActions}
        <Button onClick={onCancel} disabled={isSubmitting}>
          Cancel
        </Button>
        <Button
          type="submit"
          variant="primary"
          loading={isSubmitting}
          aria-describedby={submitDescription ? descriptionId : undefined}
        >
          {submitLabel}
        </Button>
      </div>
    </>
  );
}
