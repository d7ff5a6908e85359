import { useMemo } from "react";
import type { ApiCallDescription } from "../../api/api-call/describe";
import { apiBaseUrl, curlCommand, jsonBody, requestUrl, sdkSnippet } from "../../api/api-call/render";
import { secretEnvs } from "../../api/api-call/secrets";
import { useConsoleConfig } from "../../lib/console-config";
import { CopyButton } from "../ui/copy-button";
import { Tabs } from "../ui/tabs";

function CodeBlock({ code, label, copyLabel }: { code: string; label: string; copyLabel: string }) {
  return (
    <div className="space-y-2">
      <pre
        aria-label={label}
        tabIndex={0}
        className="max-h-80 overflow-auto rounded-rc bg-slate-100 p-3 font-mono text-xs leading-relaxed whitespace-pre text-slate-900 dark:bg-slate-950 dark:text-slate-100"
      >
        {code}
      </pre>
      <CopyButton value={code} label={copyLabel} />
    </div>
  );
}

/**
 * The request the console sends, three ways: curl against this console's API, the Connect JSON body, and the
 * official TypeScript SDK. Secrets never appear: they are read from shell variables named in the note.
 */
export function ApiCallView({ call }: { call: ApiCallDescription }) {
  const { apiPrefix } = useConsoleConfig();
  const base = apiBaseUrl(window.location.origin, apiPrefix);
  const texts = useMemo(
    () => ({ curl: curlCommand(base, call), json: jsonBody(call), sdk: sdkSnippet(base, call), url: requestUrl(base, call) }),
    [base, call],
  );
  const secrets = secretEnvs(call.body);
  return (
    <div className="space-y-3 text-sm">
      <p className="text-slate-700 dark:text-slate-300">
        Set <code className="font-mono">GITPOD_TOKEN</code> to a personal access token
        {secrets.length > 0 ? (
          <>
            {" "}and{" "}
            {secrets.map((slot, index) => (
              <span key={slot.env}>
                {index > 0 ? ", " : null}
                <code className="font-mono">{slot.env}</code>
              </span>
            ))}{" "}
            to the secret values you typed: they are not shown here
          </>
        ) : null}
        .
      </p>
      <Tabs
        label="Request format"
        items={[
          { id: "curl", label: "curl", content: <CodeBlock code={texts.curl} label="curl command" copyLabel="Copy curl command" /> },
          {
            id: "json",
            label: "HTTP + JSON",
            content: (
              <div className="space-y-2">
                <p className="font-mono text-xs break-all text-slate-700 dark:text-slate-300">POST {texts.url}</p>
                <CodeBlock code={texts.json} label="Request body (Connect JSON)" copyLabel="Copy JSON body" />
              </div>
            ),
          },
          {
            id: "sdk",
            label: "TypeScript SDK",
            content: texts.sdk ? (
              <CodeBlock code={texts.sdk} label="TypeScript SDK call" copyLabel="Copy SDK call" />
            ) : (
              <p className="text-slate-700 dark:text-slate-300">The TypeScript SDK (@gitpod/sdk) has no method for {call.rpc}: use the curl command or the HTTP request.</p>
            ),
          },
        ]}
      />
    </div>
  );
}
