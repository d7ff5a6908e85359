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
}

/** The end of a form: the mutation's error, then Cancel and the submit button (spinner while submitting). */
export function FormFooter({ onCancel, isSubmitting, error, submitLabel }: FormFooterProps) {
  return (
    <>
      <FormError error={error} />
      <div className="flex justify-end gap-2 pt-2">
        <Button onClick={onCancel} disabled={isSubmitting}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" loading={isSubmitting}>
          {submitLabel}
        </Button>
      </div>
    </>
  );
}
