import { createLink } from "@tanstack/react-router";
import type { AnchorHTMLAttributes, KeyboardEvent, ReactNode, Ref } from "react";
import { cn } from "../../lib/cn";
import { nextTabIndex, tabClasses } from "./tab-keys";

interface LinkTabsProps {
  /** Accessible name of the navigation, e.g. "Runner sections". */
  label: string;
  /** <TabLink> elements. */
  children: ReactNode;
  className?: string;
}

/**
 * Tabs whose selection lives in the URL: a nav of links (the active one has aria-current="page").
 * Arrow keys, Home and End move focus between the links; Enter follows one.
 */
export function LinkTabs({ label, children, className }: LinkTabsProps) {
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const links = Array.from(event.currentTarget.querySelectorAll<HTMLAnchorElement>("a[href]"));
    const current = links.findIndex((link) => link === document.activeElement);
    if (current < 0) return;
    const next = nextTabIndex(event, current, links.length);
    if (next === undefined) return;
    event.preventDefault();
    links[next]?.focus();
  };
  return (
    <nav aria-label={label} className={className}>
      <div onKeyDown={onKeyDown} className="flex gap-1 overflow-x-auto overflow-y-hidden pb-px border-b border-slate-200 dark:border-slate-800">
        {children}
      </div>
    </nav>
  );
}

interface TabAnchorProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  ref?: Ref<HTMLAnchorElement>;
}

function TabAnchor({ className, ...rest }: TabAnchorProps) {
  return (
    <a
      className={cn(
        tabClasses,
        "data-[status=active]:border-brand data-[status=active]:text-slate-900 dark:data-[status=active]:text-white",
        className,
      )}
      {...rest}
    />
  );
}

/** A typed router link styled as a tab; use inside <LinkTabs>. Takes the same props as <Link>. */
export const TabLink = createLink(TabAnchor);
