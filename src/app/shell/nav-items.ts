import type { LinkProps } from "@tanstack/react-router";

export interface NavItem {
  label: string;
  to: NonNullable<LinkProps["to"]>;
  /** Overview is "/": without exact matching it would be active everywhere. */
  exact?: boolean;
}

export const navItems: readonly NavItem[] = [
  { label: "Overview", to: "/", exact: true },
  { label: "Runners", to: "/runners" },
  { label: "Environment classes", to: "/environment-classes" },
  { label: "SCM integrations", to: "/scm-integrations" },
  { label: "LLM integrations", to: "/llm-integrations" },
  { label: "Host tokens", to: "/host-tokens" },
  { label: "Policies", to: "/policies" },
  { label: "Activity", to: "/activity" },
  { label: "Settings", to: "/settings" },
];
