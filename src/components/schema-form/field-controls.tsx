// One control per schema field. Each is memoised and subscribes only to its own error, so typing in one input
// re-renders at most that field; inputs stay uncontrolled (register), the DOM holds the value.
import {
  memo,
  Profiler,
  useState,
  type InputHTMLAttributes,
  type ProfilerOnRenderCallback,
  type ReactNode,
} from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { Field } from "../ui/field";
import { Input } from "../ui/input";
import { Select } from "../ui/select";
import { Switch } from "../ui/switch";
import { Textarea } from "../ui/textarea";
import { useFieldError, type FieldErrorStore } from "./field-error-store";
import type { ExtraEntry, SchemaEntry } from "./form-model";
import { PatternDetails } from "./pattern-help";

/**
 * register() plus the `form` attribute: inputs sit outside the <form> element and join it by id, because Chromium
 * associates controls placed inside a <form> in time growing with the form's size (measured: 5× slower at 1000).
 */
export type BindInput = (name: string) => UseFormRegisterReturn & { form: string };

export interface FieldControlProps {
  entry: SchemaEntry;
  errors: FieldErrorStore;
  bind: BindInput;
  /** Wraps the field in a <Profiler id={field id}>, inside the memo boundary so it reports the field's own renders. */
  onRender?: ProfilerOnRenderCallback;
  /** Below the first screenful: rendered only when scrolled near (content-visibility). */
  belowFold?: boolean;
}

function Help({ children }: { children: ReactNode }) {
  return <span className="block">{children}</span>;
}

const FIELD_BOX = "py-1";
// Fields below the first screenful skip style, layout and paint while off-screen, so a keystroke repaints only what
// is visible however long the form. The padding keeps focus outlines inside the paint containment this implies.
const PAINT_WHEN_NEAR = "-mx-1 px-1 [content-visibility:auto] [contain-intrinsic-size:auto_5rem]";

export const SchemaFieldControl = memo(function SchemaFieldControl({
  onRender,
  belowFold,
  ...props
}: FieldControlProps) {
  const content =
    props.entry.control === "readOnly" || props.entry.control === "unknown" ? (
      <ReadOnlyField entry={props.entry} />
    ) : props.entry.control === "select" ? (
      <EnumField {...props} />
    ) : (
      <EditableField {...props} />
    );
  const placed = belowFold ? <div className={PAINT_WHEN_NEAR}>{content}</div> : content;
  return onRender ? (
    <Profiler id={props.entry.key} onRender={onRender}>
      {placed}
    </Profiler>
  ) : (
    placed
  );
});

function EditableField({ entry, errors, bind }: FieldControlProps) {
  const error = useFieldError(errors, entry.name);
  const description = entry.field.description || undefined;
  const registered = bind(entry.name);
  if (entry.control === "switch") {
    return (
      <Switch
        label={entry.label}
        help={description}
        error={error}
        defaultChecked={entry.initial === "true"}
        className={FIELD_BOX}
        {...registered}
      />
    );
  }
  return (
    <div className={FIELD_BOX}>
      <Field
        label={entry.label}
        required={entry.required}
        error={error}
        help={entry.secret ? <SecretHelp entry={entry} /> : description}
      >
        <Input {...inputAttributes(entry)} {...registered} />
      </Field>
      <PatternDetails field={entry.field} />
    </div>
  );
}

/** What sets a secret, number or text input apart. A secret is never pre-filled: empty keeps the stored value. */
function inputAttributes({
  control,
  field,
  initial,
  secretSet,
}: SchemaEntry): InputHTMLAttributes<HTMLInputElement> {
  switch (control) {
    case "secret":
      return {
        type: "password",
        autoComplete: "new-password",
        placeholder: secretSet ? "Leave empty to keep the stored value" : undefined,
      };
    case "number": {
      const range =
        field.type.case === "int" && (field.type.value.min !== 0 || field.type.value.max !== 0)
          ? field.type.value
          : undefined;
      return {
        type: "number",
        inputMode: "numeric",
        step: 1,
        min: range?.min,
        max: range?.max,
        defaultValue: initial,
      };
    }
    default:
      return { type: "text", autoComplete: "off", spellCheck: false, defaultValue: initial };
  }
}

function SecretHelp({ entry }: { entry: SchemaEntry }) {
  return (
    <>
      <Help>
        Stored value: <strong className="font-medium">{entry.secretSet ? "set" : "not set"}</strong>
        {entry.secretSet ? " — type a new value to replace it." : null}
      </Help>
      {entry.field.description ? <Help>{entry.field.description}</Help> : null}
    </>
  );
}

function EnumField({ entry, errors, bind }: FieldControlProps) {
  const error = useFieldError(errors, entry.name);
  // The help follows the chosen value; only the user changes it (new initial values remount the form).
  const [chosen, setChosen] = useState(entry.initial);
  const registered = bind(entry.name);
  const withEmpty = entry.secret || !entry.required || entry.initial === "";
  const emptyLabel = entry.secret && entry.secretSet ? "Keep the stored value" : entry.required ? "Choose…" : "Not set";
  return (
    <Field
      label={entry.label}
      required={entry.required}
      error={error}
      help={entry.secret ? <SecretHelp entry={entry} /> : <EnumHelp entry={entry} chosen={chosen} />}
      className={FIELD_BOX}
    >
      <Select
        defaultValue={entry.initial}
        {...registered}
        onChange={(event) => {
          setChosen(event.target.value);
          return registered.onChange(event);
        }}
      >
        {withEmpty ? <option value="">{emptyLabel}</option> : null}
        {entry.options.map((option) => (
          <option key={option.title} value={option.title} title={option.detail || undefined}>
            {optionText(entry, option)}
          </option>
        ))}
      </Select>
    </Field>
  );
}

function optionText(entry: SchemaEntry, option: SchemaEntry["options"][number]): string {
  if (entry.kind === "bool") return option.title === "true" ? "On" : "Off";
  return option.subtitle ? `${option.title} — ${option.subtitle}` : option.title;
}

/** The description and the chosen value's subtitle and detail. */
function EnumHelp({ entry, chosen }: { entry: SchemaEntry; chosen: string }) {
  const option = entry.options.find((o) => o.title === chosen);
  const about = option ? [option.subtitle, option.detail].filter(Boolean).join(" · ") : "";
  if (!entry.field.description && !about) return null;
  return (
    <>
      {entry.field.description ? <Help>{entry.field.description}</Help> : null}
      {about ? <Help>{`${option?.title}: ${about}`}</Help> : null}
    </>
  );
}

function ReadOnlyField({ entry }: { entry: SchemaEntry }) {
  const shown = entry.field.secret
    ? entry.secretSet
      ? "set"
      : "not set"
    : entry.kind === "bool"
      ? entry.initial === "true"
        ? "On"
        : "Off"
      : entry.initial;
  const note =
    entry.control === "unknown"
      ? "This console does not know this field's type; it is shown read-only."
      : entry.kind === "display"
        ? undefined
        : "Read-only: this console cannot change this setting.";
  const help =
    entry.field.description || note ? (
      <>
        {entry.field.description ? <Help>{entry.field.description}</Help> : null}
        {note ? <Help>{note}</Help> : null}
      </>
    ) : undefined;
  return (
    <Field label={entry.label} help={help} className={FIELD_BOX}>
      <Input type="text" readOnly defaultValue={shown} className="bg-slate-50 dark:bg-slate-800/60" />
    </Field>
  );
}

export const ExtraFieldControl = memo(function ExtraFieldControl({
  entry,
  errors,
  bind,
}: {
  entry: ExtraEntry;
  errors: FieldErrorStore;
  bind: BindInput;
}) {
  const error = useFieldError(errors, entry.name);
  const { extra } = entry;
  const registered = bind(entry.name);
  return (
    <Field label={extra.label} required={extra.required} error={error} help={extra.description}>
      {extra.multiline ? (
        <Textarea defaultValue={entry.initial} {...registered} />
      ) : (
        <Input type="text" autoComplete="off" defaultValue={entry.initial} {...registered} />
      )}
    </Field>
  );
});
