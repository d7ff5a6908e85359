import { useId, useState, type FormEvent, type ReactNode } from "react";
import { Button } from "./button";
import { FormError } from "./form-error";
import { Dialog } from "./dialog";
import { Input } from "./input";
import { Label } from "./label";

export interface ConfirmDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description?: ReactNode;
  confirmLabel?: string;
  cancelLabel?: string;
  /** "danger" paints the confirm button red (deletes, revocations). */
  variant?: "primary" | "danger";
  /** When set, the user must type this text (e.g. the runner's name) before confirming. */
  confirmText?: string;
  /** Runs on confirm; the dialog stays open while it runs and shows its error when it throws. */
  onConfirm: () => void | Promise<void>;
  /** Where the portal mounts (an embedding shadow root); document.body by default. */
  container?: HTMLElement | null;
  children?: ReactNode;
  /** Buttons at the start of the button row (e.g. "Show API call"). */
  extraActions?: ReactNode;
}

/** Are-you-sure dialog with an optional type-to-confirm input; closes itself after onConfirm succeeds. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { open, onOpenChange, title, description, container } = props;
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={title} description={description} container={container} size="sm">
      {/* Mounted only while open, so typed text and errors reset between openings. */}
      {open ? <ConfirmForm {...props} /> : null}
    </Dialog>
  );
}

function ConfirmForm({ onOpenChange, confirmLabel = "Confirm", cancelLabel = "Cancel", variant = "primary", confirmText, onConfirm, children, extraActions }: ConfirmDialogProps) {
  const inputId = useId();
  const [typed, setTyped] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const matches = confirmText === undefined || typed === confirmText;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!matches || pending) return;
    setPending(true);
    setError(null);
    try {
      await onConfirm();
      onOpenChange(false);
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} className="space-y-4">
      {children}
      {confirmText !== undefined ? (
        <div className="space-y-1.5">
          <Label htmlFor={inputId}>
            Type <span className="font-mono font-semibold">{confirmText}</span> to confirm
          </Label>
          <Input id={inputId} value={typed} onChange={(event) => setTyped(event.target.value)} autoComplete="off" spellCheck={false} />
        </div>
      ) : null}
      <FormError error={error} />
      <div className="flex flex-wrap justify-end gap-2 pt-2">
        {extraActions ? <div className="mr-auto">{extraActions}</div> : null}
        <Button onClick={() => onOpenChange(false)} disabled={pending}>
          {cancelLabel}
        </Button>
        <Button type="submit" variant={variant} loading={pending} disabled={!matches}>
          {confirmLabel}
        </Button>
      </div>
    </form>
  );
}
