import { Code } from "@connectrpc/connect";
import type { ShareResult } from "../../../api/runners/create-runner-policy";
import { describeError, hasCode } from "../../../lib/errors";

interface ShareResultsProps {
  results: readonly ShareResult[];
  runnerNames: ReadonlyMap<string, string>;
  groupName: string;
  roleLabel: string;
}

function failureText(error: unknown, groupName: string): string {
  if (hasCode(error, Code.AlreadyExists))
    return `already shared with ${groupName}; its role there is unchanged`;
  if (hasCode(error, Code.PermissionDenied))
    return "you may not share this runner (runner admins and org admins can)";
  return describeError(error).title;
}

/** What a bulk share did, runner by runner: shared, or why not. */
export function ShareResults({ results, runnerNames, groupName, roleLabel }: ShareResultsProps) {
  const shared = results.filter((result) => result.error === undefined).length;
  return (
    <div className="space-y-3">
      <p role="status" className="text-sm font-medium">
        Shared {shared} of {results.length} runners with {groupName} as {roleLabel}.
      </p>
      <ul aria-label="Results by runner" className="max-h-72 space-y-1 overflow-y-auto text-sm">
        {results.map(({ runnerId, error }) => (
          <li key={runnerId} className="flex gap-2">
            <span
              aria-hidden="true"
              className={
                error === undefined
                  ? "text-emerald-700 dark:text-emerald-400"
                  : "text-red-700 dark:text-red-400"
              }
            >
              {error === undefined ? "✓" : "✗"}
            </span>
            <span>
              <span className="font-medium">{runnerNames.get(runnerId) ?? "A runner"}</span>:{" "}
              {error === undefined
                ? `shared as ${roleLabel}`
                : `not shared, ${failureText(error, groupName)}`}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
