import type { DescMessage, DescMethodUnary, MessageInitShape } from "@bufbuild/protobuf";
import { useState } from "react";
import type { ApiCallDescription } from "../../api/api-call/describe";
import { Button, type ButtonProps } from "../ui/button";
import { Dialog } from "../ui/dialog";
import { ApiCallView } from "./api-call-view";

interface ShowApiCallButtonProps<I extends DescMessage, O extends DescMessage> extends Omit<ButtonProps, "onClick"> {
  method: DescMethodUnary<I, O>;
  /**
   * The request the form's submit would send, from the same builder (after the form's own checks); undefined when
   * the form is not valid yet (its errors show) — then no dialog opens.
   */
  request: () => MessageInitShape<I> | undefined | Promise<MessageInitShape<I> | undefined>;
}

/** "Show API call": builds the form's request and shows it as curl, Connect JSON and an SDK call. */
export function ShowApiCallButton<I extends DescMessage, O extends DescMessage>({
  method,
  request,
  children = "Show API call",
  ...rest
}: ShowApiCallButtonProps<I, O>) {
  const [call, setCall] = useState<ApiCallDescription | null>(null);
  const [building, setBuilding] = useState(false);
  const open = async () => {
    setBuilding(true);
    try {
      const built = await request();
      if (built === undefined) return;
      // The protobuf JSON runtime loads only here, not with every form.
      const { describeApiCall } = await import("../../api/api-call/describe");
      setCall(describeApiCall(method, built));
    } finally {
      setBuilding(false);
    }
  };
  return (
    <>
      <Button variant="ghost" {...rest} loading={building} onClick={() => void open()}>
        {children}
      </Button>
      <ApiCallDialog call={call} onClose={() => setCall(null)} />
    </>
  );
}

export function ApiCallDialog({ call, onClose }: { call: ApiCallDescription | null; onClose: () => void }) {
  return (
    <Dialog
      open={call !== null}
      onOpenChange={(next) => (next ? undefined : onClose())}
      title={call ? `API call: ${call.rpc.split("/")[1]}` : "API call"}
      description="The exact request the console sends for this form — run it from a script with your own token."
      size="lg"
      footer={<Button onClick={onClose}>Close</Button>}
    >
      {call ? <ApiCallView call={call} /> : null}
    </Dialog>
  );
}
