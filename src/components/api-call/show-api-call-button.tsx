import type { DescMessage, DescMethodUnary, MessageInitShape } from "@bufbuild/protobuf";
import { useState, type ReactNode } from "react";
import type { ApiCallDescription } from "../../api/api-call/describe";
import { Button, type ButtonProps } from "../ui/button";
import { Dialog } from "../ui/dialog";

// The protobuf JSON runtime and the views (curl, JSON, SDK renderers, tabs) load on the first "Show API call", not
// with every form that has the button; the dialog opens once they are here (no loading flash).
let view: typeof import("./api-call-view") | undefined;
async function describeWithView<I extends DescMessage, O extends DescMessage>(method: DescMethodUnary<I, O>, request: MessageInitShape<I>) {
  const [{ describeApiCall }, loaded] = await Promise.all([import("../../api/api-call/describe"), view ?? import("./api-call-view")]);
  view = loaded;
  return describeApiCall(method, request);
}

interface ShowApiCallButtonProps<I extends DescMessage, O extends DescMessage> extends Omit<ButtonProps, "onClick"> {
  method: DescMethodUnary<I, O>;
  /**
   * The request the form's submit would send, from the same builder (after the form's own checks); undefined when
   * the form is not valid yet (its errors show) — then no dialog opens.
   */
  request: () => MessageInitShape<I> | undefined | Promise<MessageInitShape<I> | undefined>;
  /** Shown above the request, e.g. "sent once per runner" for a bulk action; a function sees the built request. */
  note?: ReactNode | ((request: MessageInitShape<I>) => ReactNode);
}

/** "Show API call": builds the form's request and shows it as curl, Connect JSON and an SDK call. */
export function ShowApiCallButton<I extends DescMessage, O extends DescMessage>({
  method,
  request,
  children = "Show API call",
  note,
  ...rest
}: ShowApiCallButtonProps<I, O>) {
  const [call, setCall] = useState<ApiCallDescription | null>(null);
  const [shownNote, setShownNote] = useState<ReactNode>(null);
  const [building, setBuilding] = useState(false);
  const open = async () => {
    setBuilding(true);
    try {
      const built = await request();
      if (built === undefined) return;
      setShownNote(typeof note === "function" ? note(built) : note);
      setCall(await describeWithView(method, built));
    } finally {
      setBuilding(false);
    }
  };
  return (
    <>
      <Button variant="ghost" {...rest} loading={building} onClick={() => void open()}>
        {children}
      </Button>
      <ApiCallDialog call={call} note={shownNote} onClose={() => setCall(null)} />
    </>
  );
}

/**
 * "Show API call" opened from something that is not a ShowApiCallButton (a row action): `show` builds and opens,
 * `dialog` is to be rendered once.
 */
export function useApiCallDialog() {
  const [shown, setShown] = useState<{ call: ApiCallDescription; note?: ReactNode } | null>(null);
  const show = async <I extends DescMessage, O extends DescMessage>(
    method: DescMethodUnary<I, O>,
    request: MessageInitShape<I>,
    note?: ReactNode,
  ) => {
    setShown({ call: await describeWithView(method, request), note });
  };
  const dialog = <ApiCallDialog call={shown?.call ?? null} note={shown?.note} onClose={() => setShown(null)} />;
  return { show, dialog };
}

export function ApiCallDialog({ call, note, onClose }: { call: ApiCallDescription | null; note?: ReactNode; onClose: () => void }) {
  return (
    <Dialog
      open={call !== null}
      onOpenChange={(next) => (next ? undefined : onClose())}
      title={call ? `API call: ${call.rpc.split("/")[1]}` : "API call"}
      description="The exact request the console sends for this form — run it from a script with your own token."
      size="lg"
      footer={<Button onClick={onClose}>Close</Button>}
    >
      {call ? (
        <div className="space-y-3">
          {note ? (
            <p role="note" className="rounded-rc bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950/40 dark:text-amber-100">
              {note}
            </p>
          ) : null}
          {view ? <view.ApiCallView call={call} /> : null}
        </div>
      ) : null}
    </Dialog>
  );
}
