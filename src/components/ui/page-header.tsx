import type { ReactNode } from "react";

interface PageHeaderProps {
  title: ReactNode;
  description?: ReactNode;
  /** Buttons on the right, e.g. "Create runner". */
  actions?: ReactNode;
  /** Above the title, e.g. a back link or breadcrumbs. */
  breadcrumbs?: ReactNode;
}

/** The page's h1 with its description and actions. */
export function PageHeader({ title, description, actions, breadcrumbs }: PageHeaderProps) {
  return (
    <header className="mb-6">
      {breadcrumbs ? <div className="mb-2 text-sm text-slate-500 dark:text-slate-400">{breadcrumbs}</div> : null}
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900 [overflow-wrap:anywhere] dark:text-white">{title}</h1>
          {description ? <p className="mt-1 max-w-3xl text-sm text-slate-600 [overflow-wrap:anywhere] dark:text-slate-400">{description}</p> : null}
        </div>
        {actions ? <div className="flex shrink-0 flex-wrap items-center gap-2">{actions}</div> : null}
      </div>
    </header>
  );
}
