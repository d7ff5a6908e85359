import { useController, type Control, type Path } from "react-hook-form";
import type { RunnerChoices } from "../../api/fleet/use-runner-choices";
import { Combobox } from "../ui/combobox";
import { ErrorState } from "../ui/error-state";
import { Field } from "../ui/field";
import { SkeletonRows } from "../ui/skeleton";

export interface RunnerPickerFieldProps {
  /** From useRunnerChoices(action): only runners where the user may do the action. */
  runners: RunnerChoices;
  value: string | undefined;
  onChange: (runnerId: string) => void;
  /** e.g. "Runners where you are not an admin are not listed." — shown when some runners were left out. */
  notListedNote?: string;
  /** Shown when the typed text matches no runner the user may choose. */
  noMatchText: string;
  help?: string;
  error?: string;
  label?: string;
  inputRef?: (element: HTMLInputElement | null) => void;
  onBlur?: () => void;
}

/** "Runner": a searchable combobox over the fleet index (every runner, not one page), with loading and error states. */
export function RunnerPickerField(props: RunnerPickerFieldProps) {
  const { runners, value, onChange, notListedNote, noMatchText, help, error, label = "Runner" } = props;
  if (runners.loading) return <SkeletonRows rows={1} label="Loading runners" />;
  if (runners.error) return <ErrorState title="Could not load runners" error={runners.error} onRetry={runners.retry} />;
  const fullHelp = [help, runners.excluded ? notListedNote : undefined].filter(Boolean).join(" ") || undefined;
  return (
    <Field label={label} required help={fullHelp} error={error}>
      <Combobox
        value={value}
        placeholder="Search runners by name"
        options={runners.choices}
        status={runners.status}
        noMatchText={noMatchText}
        onChange={onChange}
        inputRef={props.inputRef}
        onBlur={props.onBlur}
      />
    </Field>
  );
}

type PickerNotes = Omit<RunnerPickerFieldProps, "value" | "onChange" | "error" | "inputRef" | "onBlur">;

/** RunnerPickerField bound to a react-hook-form form's `runnerId` field (value, errors, focus on an invalid submit). */
export function RunnerPickerControl<Values extends { runnerId: string }>({ control, ...notes }: PickerNotes & { control: Control<Values> }) {
  // Every form that picks a runner keeps it as `runnerId`; the constraint on Values makes this path exist.
  const { field, fieldState } = useController({ control, name: "runnerId" as Path<Values> });
  return (
    <RunnerPickerField
      {...notes}
      value={field.value as string | undefined}
      onChange={field.onChange}
      inputRef={field.ref}
      onBlur={field.onBlur}
      error={fieldState.error?.message}
    />
  );
}
