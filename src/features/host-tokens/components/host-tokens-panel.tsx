import { HostTokensList } from "./host-tokens-list";

/** A runner's host tokens (the runner detail tab): the same list and flows as the Host tokens page. */
export function HostTokensPanel({ runnerId }: { runnerId: string }) {
  return <HostTokensList runnerId={runnerId} />;
}
