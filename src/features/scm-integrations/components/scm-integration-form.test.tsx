import { create } from "@bufbuild/protobuf";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { RunnerConfigurationSchema_SCMConfigSchemaSchema } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { RunnerSchema } from "../../../gen/gitpod/v1/runner_pb";
import { newScmFormValues } from "../scm-form-model";
import { ScmIntegrationForm } from "./scm-integration-form";

// A runner whose schema offers GitHub with PATs only and an internal GitLab with OAuth only.
const scms = [
  create(RunnerConfigurationSchema_SCMConfigSchemaSchema, {
    scmId: "github",
    name: "GitHub",
    defaultHosts: ["github.com"],
    pat: { description: "A classic token.", docsLink: "" },
  }),
  create(RunnerConfigurationSchema_SCMConfigSchemaSchema, {
    scmId: "gitlab",
    name: "GitLab",
    defaultHosts: ["gitlab.acme.dev"],
    oauth: { callbackUrl: "https://console.acme.dev/api/oauth/callback" },
  }),
];
const runner = create(RunnerSchema, { runnerId: "11111111-1111-4111-8111-111111111111", name: "aws-prod-eu" });

function renderForm() {
  const onSubmit = vi.fn();
  render(
    <ScmIntegrationForm
      defaultValues={newScmFormValues(runner.runnerId)}
      runners={{ choices: [], loading: false, error: undefined, retry: () => {}, status: undefined, excluded: 0 }}
      runnerFixed
      runnerName={runner.name}
      scms={scms}
      onRunnerChange={() => {}}
      serverErrors={[]}
      onSubmit={onSubmit}
      onCancel={() => {}}
      isSubmitting={false}
      error={null}
    />,
  );
  return { onSubmit, user: userEvent.setup() };
}

describe("SCM integration form: the sign-in switches follow the SCM's schema", () => {
  it("disables OAuth with an explanation when the SCM offers none, and saves PAT only", async () => {
    const { onSubmit, user } = renderForm();
    await user.selectOptions(screen.getByRole("combobox", { name: "SCM" }), "github");
    const oauth = screen.getByRole("switch", { name: "OAuth app" });
    expect(oauth).toBeDisabled();
    expect(oauth).not.toBeChecked();
    expect(oauth).toHaveAccessibleDescription("GitHub offers no OAuth sign-in on this runner.");
    expect(screen.getByRole("switch", { name: "Personal access tokens" })).toBeEnabled();
    expect(screen.getByRole("button", { name: "Save & test" })).toHaveAccessibleDescription(
      /saves the integration, then tests whether you can already reach the host through this runner/,
    );
    await user.click(screen.getByRole("button", { name: "Save & test" }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({ scmId: "github", host: "github.com", oauthEnabled: false, pat: true });
  });

  it("switches PATs off and disables them when the SCM offers only OAuth", async () => {
    const { user } = renderForm();
    await user.selectOptions(screen.getByRole("combobox", { name: "SCM" }), "gitlab");
    const pat = screen.getByRole("switch", { name: "Personal access tokens" });
    expect(pat).not.toBeChecked();
    expect(pat).toBeDisabled();
    expect(pat).toHaveAccessibleDescription(/GitLab offers no personal access tokens on this runner\./);
    const oauth = screen.getByRole("switch", { name: "OAuth app" });
    expect(oauth).toBeEnabled();
    await user.click(oauth);
    expect(screen.getByRole("textbox", { name: /Client ID/ })).toBeInTheDocument();
  });
});
