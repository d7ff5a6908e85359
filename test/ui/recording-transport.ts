// Test-only: the real server's routes over an in-memory transport (like server/testing's createInMemoryTransport)
// that also keeps every request of one method, so a UI test can assert what was sent.
import { isMessage, type DescMessage, type MessageShape } from "@bufbuild/protobuf";
import { createRouterTransport, type Interceptor, type Transport } from "@connectrpc/connect";
import { createAuthInterceptor } from "../../server/auth/interceptor";
import type { ServerContext } from "../../server/context";
import { createRoutes } from "../../server/routes";
import { bearer } from "../../server/testing";

export function createRecordingTransport<I extends DescMessage>(
  ctx: ServerContext,
  token: string | undefined,
  method: { name: string; input: I },
): { transport: Transport; requests: MessageShape<I>[] } {
  const requests: MessageShape<I>[] = [];
  const record: Interceptor = (next) => (req) => {
    if (req.method.name === method.name && isMessage(req.message, method.input)) requests.push(req.message);
    return next(req);
  };
  const transport = createRouterTransport(createRoutes(ctx), {
    router: { interceptors: [createAuthInterceptor(ctx)] },
    transport: { interceptors: [bearer(token), record] },
  });
  return { transport, requests };
}
