import { useId, useState, type FormEvent, type ReactNode } from "react";
import { describeError } from "../../lib/errors";
import { Button } from "./button";
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

function ConfirmForm({ onOpenChange, confirmLabel = "Confirm", cancelLabel = "Cancel", variant = "primary", confirmText, onConfirm, children }: ConfirmDialogProps) {
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

  const readable = error ? describeError(error) : null;
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
      {readable ? (
        <div role="alert" className="rounded-rc bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950/50 dark:text-red-200">
          <p>{readable.title}</p>
          {readable.detail ? <p className="mt-1 font-mono text-xs">{readable.detail}</p> : null}
        </div>
      ) : null}
      <div className="flex justify-end gap-2 pt-2">
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
