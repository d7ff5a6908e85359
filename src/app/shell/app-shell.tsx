import { Link, Outlet } from "@tanstack/react-router";
import { ThemeSelect } from "../../components/ui/theme-select";
import type { Session } from "../../lib/session";
import { useEmbedding } from "../embedding";
import { NavMenu } from "./nav-menu";
import { OAuthReturnNotice } from "./oauth-return-notice";
import { SideNav } from "./side-nav";
import { SignInAgain } from "./sign-in-again";
import { UserMenu } from "./user-menu";

/** Header + side navigation + main region around every signed-in page. */
export function AppShell({ session }: { session: Session }) {
  if (useEmbedding()) return <EmbeddedShell />;
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main-content"
        className="sr-only z-50 rounded-rc bg-brand px-3 py-2 text-brand-fg focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        Skip to content
      </a>
      <header className="sticky top-0 z-30 flex h-14 items-center justify-between gap-4 border-b border-slate-200 bg-white/90 px-4 backdrop-blur dark:border-slate-800 dark:bg-slate-950/90">
        <div className="flex min-w-0 items-center gap-3">
          <NavMenu />
          <Link to="/" className="flex min-w-0 items-center gap-2 truncate rounded-rc font-semibold text-slate-900 focus-visible:outline-2 focus-visible:outline-brand dark:text-white">
            <span aria-hidden="true" className="inline-block size-6 shrink-0 rounded-md bg-brand" />
            <span className="truncate">Runner Console</span>
          </Link>
        </div>
        <div className="flex items-center gap-4">
          <ThemeSelect className="hidden md:block" />
          <UserMenu session={session} />
        </div>
      </header>
      <div className="flex flex-1 flex-col md:flex-row">
        <div className="hidden border-r border-slate-200 md:block dark:border-slate-800">
          <SideNav />
        </div>
        <main id="main-content" tabIndex={-1} className="min-w-0 flex-1 px-4 py-6 focus:outline-none md:px-8">
          <Outlet />
        </main>
      </div>
      <SignInAgain />
      <OAuthReturnNotice />
    </div>
  );
}

/** Inside a host page: no header, skip link or page height of its own — the host provides those. */
function EmbeddedShell() {
  return (
    <div className="flex flex-col md:flex-row">
      <div className="border-b border-slate-200 md:border-r md:border-b-0 dark:border-slate-800">
        <SideNav />
      </div>
      <main className="min-w-0 flex-1 px-4 py-6 md:px-8">
        <Outlet />
      </main>
      <OAuthReturnNotice />
    </div>
  );
}
