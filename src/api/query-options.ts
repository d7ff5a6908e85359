import type { DescMessage, DescMethodUnary, MessageInitShape, MessageShape } from "@bufbuild/protobuf";
import type { Transport } from "@connectrpc/connect";
import {
  callUnaryMethod,
  createQueryOptions,
  skipToken as connectSkipToken,
} from "@connectrpc/connect-query";
import { queryOptions, skipToken, type SkipToken } from "@tanstack/react-query";

/**
 * TanStack query options for one unary RPC: connect-query's key (so invalidation by service or method matches),
 * fetched with the given transport.
 *
 * Built here rather than with connect-query's createQueryOptions: connect-query-core resolves its own copy of
 * query-core, whose QueryFunction type and `skipToken` symbol are not react-query's.
 */
export function unaryQueryOptions<I extends DescMessage, O extends DescMessage>(
  method: DescMethodUnary<I, O>,
  input: MessageInitShape<I>,
  transport: Transport,
) {
  const { queryKey, structuralSharing } = createQueryOptions(method, input, { transport });
  return queryOptions({
    queryKey,
    queryFn: ({ signal }): Promise<MessageShape<O>> => callUnaryMethod(transport, method, input, { signal }),
    structuralSharing,
  });
}

/** As unaryQueryOptions, for reads that wait for their input (e.g. until a runner is chosen): pass `skipToken`. */
export function skippableQueryOptions<I extends DescMessage, O extends DescMessage>(
  method: DescMethodUnary<I, O>,
  input: MessageInitShape<I> | SkipToken,
  transport: Transport,
) {
  const { queryKey, structuralSharing } =
    input === skipToken
      ? createQueryOptions(method, connectSkipToken, { transport })
      : createQueryOptions(method, input, { transport });
  return queryOptions({
    queryKey,
    queryFn:
      input === skipToken
        ? skipToken
        : ({ signal }): Promise<MessageShape<O>> => callUnaryMethod(transport, method, input, { signal }),
    structuralSharing,
  });
}
