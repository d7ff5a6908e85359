import { createFileRoute } from "@tanstack/react-router";

export const Route = createFileRoute("/")({
  component: () => (
    <main className="mx-auto max-w-xl p-8">
      <h1 className="text-2xl font-semibold">Runner Console</h1>
      <p className="mt-2 text-slate-600">Manage Gitpod runners, environment classes and SCM integrations.</p>
    </main>
  ),
});
