import { useId, type InputHTMLAttributes, type Ref } from "react";
import { Field } from "../../../components/ui/field";
import { Input } from "../../../components/ui/input";
import { useRunnerManagerSuggestions } from "../use-runner-manager-suggestions";

interface RunnerManagerFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  ref?: Ref<HTMLInputElement>;
  error: string | undefined;
}

/** A Managed runner's runner manager: its id, with the managers the org's managed runners already use offered. */
export function RunnerManagerField({ error, ...input }: RunnerManagerFieldProps) {
  const suggestions = useRunnerManagerSuggestions(true);
  const listId = useId();
  const help =
    suggestions.length > 0
      ? "The runner manager that hosts this managed runner. Pick one your managed runners already use, or paste the id your Gitpod account team gave you."
      : "The runner manager that hosts this managed runner: paste the id your Gitpod account team gave you.";
  return (
    <Field label="Runner manager" required help={help} error={error}>
      <Input autoComplete="off" spellCheck={false} list={suggestions.length > 0 ? listId : undefined} placeholder="182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e" {...input} />
      {suggestions.length > 0 ? (
        <datalist id={listId}>
          {suggestions.map(({ runnerManagerId, runnerNames }) => (
            <option key={runnerManagerId} value={runnerManagerId} label={`Used by ${runnerNames.join(", ")}`} />
          ))}
        </datalist>
      ) : null}
    </Field>
  );
}
