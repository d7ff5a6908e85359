import { CopyButton } from "../../../components/ui/copy-button";

interface OneTimeTokenProps {
  /** What the token is, e.g. "Exchange token". */
  label: string;
  token: string;
}

/** A token shown once: readable, selectable, with a copy button and a warning that it will not be shown again. */
export function OneTimeToken({ label, token }: OneTimeTokenProps) {
  return (
    <div className="rounded-rc border border-amber-300 bg-amber-50 p-3 dark:border-amber-800 dark:bg-amber-950/40">
      <p className="text-sm font-medium text-amber-900 dark:text-amber-200">{label} — shown only once. Copy it now.</p>
      <div className="mt-2 flex items-center gap-2">
        <code aria-label={label} className="min-w-0 flex-1 truncate rounded bg-white px-2 py-1.5 font-mono text-xs select-all dark:bg-slate-900">
          {token}
        </code>
        <CopyButton value={token} label={`Copy ${label.toLowerCase()}`} />
      </div>
    </div>
  );
}

/** The local next step: connect the fake runner with the exchange token, to this console (any port). */
export function FakeRunnerHint({ token }: { token: string }) {
  const command = `npm run fake-runner -- ${token} --url ${window.location.origin}`;
  return (
    <div className="space-y-2 text-sm">
      <p>Connect a local (simulated) runner from the console's project folder:</p>
      <div className="flex items-center gap-2">
        <code className="min-w-0 flex-1 truncate rounded bg-slate-100 px-2 py-1.5 font-mono text-xs select-all dark:bg-slate-800">{command}</code>
        <CopyButton value={command} label="Copy command" />
      </div>
    </div>
  );
}
