import type { FleetIndexView } from "../../api/fleet/use-fleet-index";
import { describeError } from "../../lib/errors";
import { Button } from "./button";
import { Spinner } from "./spinner";

const count = (n: number) => n.toLocaleString("en-US");

/**
 * Where the fleet index stands, in words: still reading runners ("Indexed 2,300 runners…", with Stop), stopped
 * (with Continue), failed (with Try again). Nothing once the index is complete. The API gives no total, so
 * progress is the number read so far.
 */
export function FleetIndexStatus({ index, noun = "runners" }: { index: FleetIndexView; noun?: string }) {
  if (index.complete && index.state !== "error") return null;
  const read = count(index.indexed);
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
      {index.state === "indexing" ? (
        <>
          <Spinner className="size-3.5" />
          <span>
            Indexed {read} {noun}… counts and results cover these so far.
          </span>
          <Button size="sm" variant="ghost" onClick={index.cancel}>
            Stop
          </Button>
        </>
      ) : index.state === "error" ? (
        <>
          <span className="text-red-700 dark:text-red-400">
            Reading {noun} stopped after {read}: {describeError(index.error).title}
          </span>
          <Button size="sm" onClick={index.resume}>
            Try again
          </Button>
        </>
      ) : (
        <>
          <span>
            Stopped after {read} {noun}: counts and results cover only these.
          </span>
          <Button size="sm" onClick={index.resume}>
            Continue
          </Button>
        </>
      )}
    </p>
  );
}
