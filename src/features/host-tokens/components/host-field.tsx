import { Link } from "@tanstack/react-router";
import type { UseFormRegisterReturn } from "react-hook-form";
import { Field } from "../../../components/ui/field";
import { Input } from "../../../components/ui/input";
import { Select } from "../../../components/ui/select";

interface HostFieldProps {
  registration: UseFormRegisterReturn<"host">;
  error?: string;
  /** The chosen runner's SCM integration hosts; none chosen yet: no runner. */
  hosts: readonly string[];
  loading: boolean;
  runnerId: string;
}

/**
 * The host a token is for: one of the runner's SCM integration hosts (the server refuses any other). Free text only
 * when the runner has none yet, with the way to add one.
 */
export function HostField({ registration, error, hosts, loading, runnerId }: HostFieldProps) {
  if (hosts.length > 0 || loading || runnerId === "") {
    return (
      <Field
        label="Host"
        required
        error={error}
        help={runnerId === "" ? "Choose a runner first: its SCM integrations decide the hosts." : "The hosts this runner has an SCM integration for."}
      >
        <Select
          placeholder={loading ? "Loading the runner's hosts…" : "Choose a host"}
          disabled={loading || runnerId === ""}
          options={hosts.map((host) => ({ value: host, label: host }))}
          {...registration}
        />
      </Field>
    );
  }
  return (
    <Field
      label="Host"
      required
      error={error}
      help={
        <>
          This runner has no SCM integration yet, and a token needs one for its host.{" "}
          <Link to="/runners/$runnerId/scm-integrations" params={{ runnerId }} className="font-medium text-link hover:underline">
            Add an SCM integration
          </Link>{" "}
          first, or type the host it will have.
        </>
      }
    >
      <Input placeholder="github.com" autoComplete="off" spellCheck={false} {...registration} />
    </Field>
  );
}
