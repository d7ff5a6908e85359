/** Shown when the console cannot even load its configuration (server down, wrong URL). */
export function BootError({ message }: { message: string }) {
  return (
    <main className="mx-auto max-w-lg p-8">
      <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-800 dark:border-red-900 dark:bg-red-950/40 dark:text-red-200">
        <h1 className="text-base font-semibold">Runner Console could not start</h1>
        <p className="mt-1">The console server did not answer with its configuration. Check that it is running, then reload.</p>
        <p className="mt-1 font-mono text-xs">{message}</p>
        <button
          type="button"
          onClick={() => window.location.reload()}
          className="mt-3 rounded-md border border-red-300 bg-white px-3 py-1.5 font-medium text-red-800 hover:bg-red-100 dark:bg-transparent dark:text-red-200"
        >
          Reload
        </button>
      </div>
    </main>
  );
}
