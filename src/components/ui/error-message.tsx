import { Link, useRouter } from "@tanstack/react-router";
import type { ErrorFix } from "../../../common/error-fix";
import { describeError } from "../../lib/errors";

const FIX_LINKS = {
  "runner-scm-integrations": { to: "/runners/$runnerId/scm-integrations", label: "Open the runner's SCM integrations" },
  "runner-host-tokens": { to: "/runners/$runnerId/host-tokens", label: "Open the runner's host tokens" },
} as const;

/** A link to where the error is fixed (e.g. the runner's SCM integrations tab). */
export function ErrorFixLink({ fix, className }: { fix: ErrorFix; className?: string }) {
  const { to, label } = FIX_LINKS[fix.place];
  // Panels rendered outside a router (component harnesses) show where to go as text.
  const router = useRouter({ warn: false });
  if (!router) return <span className={className}>{label.replace("Open", "Fix it in")}</span>;
  return (
    <Link to={to} params={{ runnerId: fix.runnerId }} className={className ?? "font-medium underline underline-offset-2"}>
      {label}
    </Link>
  );
}

/** An error's sentence, the link to its fix, and the server's raw text behind "Details" when the sentence is not it. */
export function ErrorMessage({ error }: { error: unknown }) {
  const readable = describeError(error);
  return (
    <>
      <p>{readable.title}</p>
      {readable.fix ? (
        <p className="mt-1">
          <ErrorFixLink fix={readable.fix} />
        </p>
      ) : null}
      {readable.detail ? (
        <details className="mt-1 text-xs">
          <summary className="cursor-pointer">Details</summary>
          <p className="mt-1 font-mono break-words">{readable.detail}</p>
        </details>
      ) : null}
    </>
  );
}
