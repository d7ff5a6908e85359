import {
  create,
  isMessage,
  toJson,
  type DescMessage,
  type DescMethodUnary,
  type MessageInitShape,
  type MessageShape,
} from "@bufbuild/protobuf";
import { redactSecrets, type RedactedJson } from "./secrets";
import { sdkCallOf, type SdkCall } from "./sdk-methods";

/** One request as the console sends it, secrets replaced: what "Show API call" renders. */
export interface ApiCallDescription {
  /** "gitpod.v1.RunnerService/CreateRunner" */
  rpc: string;
  /** How @gitpod/sdk 1.x calls it, when the SDK has the RPC. */
  sdk: SdkCall | undefined;
  /** The Connect JSON body (toJson of the request message: the wire JSON). */
  body: RedactedJson;
}

/**
 * Describes the request a form sends: `request` is the very object passed to the mutation (a message or its init
 * shape), serialized as connect-web serializes it (protobuf JSON, default options).
 */
export function describeApiCall<I extends DescMessage, O extends DescMessage>(
  method: DescMethodUnary<I, O>,
  request: MessageInitShape<I> | MessageShape<I>,
): ApiCallDescription {
  const message: MessageShape<I> = isMessage(request, method.input) ? request : create(method.input, request);
  return {
    rpc: `${method.parent.typeName}/${method.name}`,
    sdk: sdkCallOf(method),
    body: redactSecrets(method.input, toJson(method.input, message)),
  };
}
