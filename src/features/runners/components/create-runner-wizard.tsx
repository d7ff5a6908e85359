import { zodResolver } from "@hookform/resolvers/zod";
import { Link, useNavigate, useSearch } from "@tanstack/react-router";
import { useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "../../../components/ui/button";
import { EmptyState } from "../../../components/ui/empty-state";
import { PageHeader } from "../../../components/ui/page-header";
import { toast } from "../../../components/ui/toast";
import { useSingleFlight } from "../../../lib/use-single-flight";
import { RunnerProvider } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { RunnerService, type Runner } from "../../../gen/gitpod/v1/runner_pb";
import { ShowApiCallButton } from "../../../components/api-call/show-api-call-button";
import { validatedRequest } from "../../../components/api-call/validated-request";
import { providerName, PROVIDER_PARAMS } from "../../../api/fleet/fleet-url";
import { useCan } from "../../../api/session/use-can";
import { useCreateRunner } from "../../../api/runners/create-runner";
import { wizardSearchSchema } from "../wizard-search";
import { CreatedRunnerPanel } from "./created-runner-panel";
import { ProviderPicker } from "./provider-picker";
import { providerChoice } from "./providers";
import { RunnerSettingsForm } from "./runner-settings-form";
import { DEFAULT_RUNNER_SETTINGS, runnerSettingsSchema, toCreateRunnerRequest, type RunnerSettings } from "./runner-settings-schema";

interface Created {
  runner: Runner;
  exchangeToken: string;
}

/**
 * Provider → settings → created (token shown once). The step is in the URL (browser Back works); the settings form
 * lives here, above the steps, so what was typed survives going back. The token lives only in this component's state.
 */
export function CreateRunnerWizard() {
  const allowed = useCan();
  const search = wizardSearchSchema.parse(useSearch({ strict: false }));
  const navigate = useNavigate();
  const urlProvider = search.provider ? PROVIDER_PARAMS[search.provider] : undefined;
  const [picked, setPicked] = useState<RunnerProvider | undefined>(urlProvider);
  const [created, setCreated] = useState<Created | undefined>(undefined);
  const providerRef = useRef(urlProvider);
  providerRef.current = urlProvider;
  const form = useForm<RunnerSettings>({
    defaultValues: DEFAULT_RUNNER_SETTINGS,
    resolver: (values, context, options) => zodResolver(runnerSettingsSchema(providerRef.current))(values, context, options),
  });
  const createRunner = useCreateRunner();
  // A second Create while one is in flight is dropped: a double click creates one runner.
  const submit = useSingleFlight(async (values: RunnerSettings) => {
    const provider = providerRef.current;
    if (provider === undefined) return;
    try {
      const response = await createRunner.call(toCreateRunnerRequest(provider, values));
      if (!response.runner) throw new Error("The server did not return the new runner");
      toast.success(`Runner ${response.runner.name} created`);
      setCreated({ runner: response.runner, exchangeToken: response.exchangeToken });
      form.reset(DEFAULT_RUNNER_SETTINGS);
      // Replace: Back from the token page goes to the runners list, not to a form that would create a second runner.
      void navigate({ to: "/runners/new", search: { step: "created" }, replace: true });
    } catch {
      // createRunner.error is shown in the form
    }
  });

  const breadcrumbs = (
    <Link to="/runners" className="hover:underline">
      Runners
    </Link>
  );
  if (!allowed("runners:create")) {
    return (
      <>
        <PageHeader title="Create runner" breadcrumbs={breadcrumbs} />
        <EmptyState title="You cannot create runners" description="Only organization admins can create runners. Ask an admin to create one for you." />
      </>
    );
  }

  const step = search.step === "created" && created ? "created" : search.step === "settings" && urlProvider !== undefined ? "settings" : "provider";
  const provider = step === "settings" ? urlProvider : picked;

  const goToSettings = () => {
    const name = provider === undefined ? undefined : providerName(provider);
    if (name) void navigate({ to: "/runners/new", search: { step: "settings", provider: name } });
  };

  return (
    <>
      <PageHeader
        title="Create runner"
        breadcrumbs={breadcrumbs}
        description={step === "provider" ? "Step 1 of 2: choose a provider." : step === "settings" ? `Step 2 of 2: ${providerChoice(urlProvider ?? RunnerProvider.UNSPECIFIED)?.title ?? ""} runner settings.` : undefined}
      />
      {step === "created" && created ? (
        <CreatedRunnerPanel runner={created.runner} exchangeToken={created.exchangeToken} />
      ) : step === "settings" ? (
        <RunnerSettingsForm
          form={form}
          managed={urlProvider === RunnerProvider.MANAGED}
          onSubmit={submit}
          isSubmitting={createRunner.isPending}
          error={createRunner.error}
          extraActions={
            urlProvider === undefined ? null : (
              <ShowApiCallButton
                method={RunnerService.method.createRunner}
                request={validatedRequest(form.handleSubmit, (values) => toCreateRunnerRequest(urlProvider, values))}
              />
            )
          }
          onBack={() => {
            setPicked(urlProvider);
            void navigate({ to: "/runners/new", search: {} });
          }}
        />
      ) : (
        <div className="space-y-6">
          <ProviderPicker value={provider} onChange={setPicked} />
          <Button variant="primary" disabled={provider === undefined} onClick={goToSettings}>
            Next
          </Button>
        </div>
      )}
    </>
  );
}
