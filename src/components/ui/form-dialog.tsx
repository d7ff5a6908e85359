import { useSingleFlight } from "../../lib/use-single-flight";
import { Dialog, type DialogProps } from "./dialog";
import type { FormSubmitProps } from "./form-footer";

/** The parts of a mutation (react-query / connect-query) a dialog with a form drives. */
export interface DialogMutation<Request, Response> {
  mutateAsync: (request: Request) => Promise<Response>;
  reset: () => void;
  isPending: boolean;
  error: unknown;
}

/**
 * A dialog's side of a form: close (forgetting the last error), submit (close on success, keep the dialog and
 * the typed values on failure: the form shows the error) and the props the form's footer needs.
 */
export function useFormDialog<Request, Response>(
  mutation: DialogMutation<Request, Response>,
  onClose: () => void,
) {
  const close = () => {
    mutation.reset();
    onClose();
  };
  // A second submit while the first is in flight is dropped (a double click sends one request).
  const submit = useSingleFlight((request: Request, onDone: (response: Response) => void): Promise<void> =>
    mutation.mutateAsync(request).then(
      (response) => {
        onDone(response);
        close();
      },
      // The error stays on the mutation; the form shows it.
      () => undefined,
    ),
  );
  const formProps: Omit<FormSubmitProps<never>, "onSubmit"> = {
    onCancel: close,
    isSubmitting: mutation.isPending,
    error: mutation.error,
  };
  return { close, submit, formProps };
}

interface FormDialogProps extends Omit<DialogProps, "onOpenChange"> {
  /** Escape, the overlay and Cancel all end here (usually useFormDialog's close). */
  onClose: () => void;
}

/** A dialog holding a form; the form mounts only while open, so every opening starts from its defaults. */
export function FormDialog({ open, onClose, children, ...rest }: FormDialogProps) {
  return (
    <Dialog open={open} onOpenChange={(next) => (next ? undefined : onClose())} {...rest}>
      {open ? children : null}
    </Dialog>
  );
}
