import type { DescMessage, DescMethodUnary, MessageInitShape, MessageShape } from "@bufbuild/protobuf";
import { callUnaryMethod, useTransport } from "@connectrpc/connect-query";
import { useCallback, useState } from "react";

/**
 * For RPCs whose answer carries a token shown once (CreateRunner, CreateRunnerToken, CreateRunnerLogsToken):
 * unlike useMutation, the response never enters TanStack's mutation cache — it lives only where the caller puts
 * it (component state), so leaving the page forgets it.
 */
export function useOneTimeSecretCall<I extends DescMessage, O extends DescMessage>(
  method: DescMethodUnary<I, O>,
  onSuccess?: () => void | Promise<void>,
) {
  const transport = useTransport();
  const [isPending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const call = useCallback(
    async (input: MessageInitShape<I>): Promise<MessageShape<O>> => {
      setPending(true);
      setError(null);
      try {
        const response = await callUnaryMethod(transport, method, input);
        await onSuccess?.();
        return response;
      } catch (caught) {
        setError(caught);
        throw caught;
      } finally {
        setPending(false);
      }
    },
    [transport, method, onSuccess],
  );
  return { call, isPending, error };
}
