import { zodResolver } from "@hookform/resolvers/zod";
import type { ReactNode } from "react";
import { useForm } from "react-hook-form";
import { validatedRequest } from "../../../components/api-call/validated-request";
import { llmModelLabel, llmProviderLabels } from "../../../../common/llm-models";
import { Checkbox } from "../../../components/ui/checkbox";
import { CopyableId } from "../../../components/ui/copyable-id";
import { Field } from "../../../components/ui/field";
import { FormFooter, type FormSubmitProps } from "../../../components/ui/form-footer";
import { Input } from "../../../components/ui/input";
import { Select } from "../../../components/ui/select";
import { Switch } from "../../../components/ui/switch";
import { LLMProvider } from "../../../gen/gitpod/v1/runner_configuration_pb";
import type { RunnerChoices } from "../../../api/fleet/use-runner-choices";
import { RunnerPickerControl } from "../../../components/pickers/runner-picker-field";
import { llmFormSchema, modelsOf, type LlmFormValues } from "../llm-form-model";

export interface LlmIntegrationFormProps extends FormSubmitProps<LlmFormValues> {
  /** The integration being edited (shown with a Copy button); undefined when creating one. */
  integrationId?: string;
  defaultValues: LlmFormValues;
  /** The runners the user may add integrations to (useRunnerChoices); the picker searches them. */
  runners: RunnerChoices;
  /** The runner is given (a runner's own tab, or edit): no picker. */
  runnerFixed: boolean;
  /** The given runner's name, shown instead of the picker. */
  runnerName?: string;
  /** Buttons before Cancel, given a validated read of the form (e.g. "Show API call"). */
  extraActions?: (validated: () => Promise<LlmFormValues | undefined>) => ReactNode;
}

const PROVIDERS = [LLMProvider.LLM_PROVIDER_ANTHROPIC, LLMProvider.LLM_PROVIDER_OPENAI];

/** Runner → provider → its models, endpoint, API key (write-only), token limit, availability. Forms don't fetch. */
export function LlmIntegrationForm(props: LlmIntegrationFormProps) {
  const { integrationId, defaultValues, runners, runnerFixed, runnerName: fixedName, onSubmit, onCancel, isSubmitting, error, extraActions } = props;
  const form = useForm<LlmFormValues>({ resolver: zodResolver(llmFormSchema), defaultValues });
  const { register, control, handleSubmit, formState, watch } = form;
  const errors = formState.errors;
  const [runnerId, provider] = watch(["runnerId", "provider"]);
  const editing = integrationId !== undefined;
  const runnerName = fixedName ?? runners.choices.find((choice) => choice.value === runnerId)?.label ?? runnerId;
  const chosenProvider = PROVIDERS.find((p) => String(p) === provider);
  const providerName = chosenProvider === undefined ? "the provider" : llmProviderLabels[chosenProvider];

  return (
    <form
      onSubmit={(event) => void handleSubmit(onSubmit)(event)}
      className="space-y-4"
      noValidate
      aria-label={editing ? "Edit LLM integration" : "New LLM integration"}
    >
      {integrationId ? <CopyableId value={integrationId} label="Integration ID" /> : null}
      {runnerFixed ? (
        <p className="text-sm">
          <span className="text-slate-600 dark:text-slate-400">Runner:</span>{" "}
          <span className="font-medium">{runnerName}</span>
        </p>
      ) : (
        <RunnerPickerControl
          control={control}
          runners={runners}
          notListedNote="Runners where you are not an admin are not listed."
          noMatchText="No runner you may add LLM integrations to has this name"
        />
      )}
      <Field label="Provider" required error={errors.provider?.message} help="One integration serves the models of one provider.">
        <Select
          options={PROVIDERS.map((p) => ({ value: String(p), label: llmProviderLabels[p] }))}
          {...register("provider")}
        />
      </Field>
      <fieldset className="space-y-2" aria-describedby={errors.models ? "llm-models-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">
          Models <span aria-hidden="true" className="text-red-600">*</span>
        </legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {(chosenProvider === undefined ? [] : modelsOf(chosenProvider)).map((model) => (
            <Checkbox key={model} label={llmModelLabel(model)} value={String(model)} {...register("models")} />
          ))}
        </div>
        {errors.models ? (
          <p id="llm-models-error" className="text-xs font-medium text-red-600 dark:text-red-400">
            {errors.models.message}
          </p>
        ) : null}
      </fieldset>
      <Field
        label="Endpoint"
        error={errors.endpoint?.message}
        help={`Leave empty for ${providerName}'s public API, or give your gateway's address, e.g. https://llm-gateway.example.com/v1.`}
      >
        <Input placeholder="https://…" autoComplete="off" spellCheck={false} {...register("endpoint")} />
      </Field>
      <Field
        label="API key"
        required={!defaultValues.apiKeyStored}
        error={errors.apiKey?.message}
        help={
          defaultValues.apiKeyStored
            ? "Stored value: set — type a new key to replace it. The key is sealed to the runner and never shown again."
            : "Sealed to the runner's key before it is stored: nobody can read it back, not even here."
        }
      >
        <Input
          type="password"
          autoComplete="new-password"
          placeholder={defaultValues.apiKeyStored ? "Leave empty to keep the stored key" : undefined}
          {...register("apiKey")}
        />
      </Field>
      <Field
        label="Maximum tokens per request"
        error={errors.maxTokens?.message}
        help="Leave empty for the provider's default."
      >
        <Input type="number" inputMode="numeric" min={0} step={1} {...register("maxTokens")} />
      </Field>
      {editing ? (
        <Switch
          label="Available"
          help="Switch off to stop environments from using this integration without deleting it."
          {...register("available")}
        />
      ) : null}
      <FormFooter onCancel={onCancel} isSubmitting={isSubmitting} error={error} submitLabel={editing ? "Save changes" : "Add integration"}
        extraActions={extraActions?.(validatedRequest(handleSubmit, (values) => values))}
      />
    </form>
  );
}
