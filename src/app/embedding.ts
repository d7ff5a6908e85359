import { createContext, useContext } from "react";

/** The navigation sections a host may show; ids are the first path segment ("overview" is "/"). */
export const CONSOLE_SECTIONS = ["overview", "runners", "environment-classes", "scm-integrations", "llm-integrations", "host-tokens", "policies", "activity", "settings"] as const;
export type ConsoleSection = (typeof CONSOLE_SECTIONS)[number];

/** Set when the console runs inside a host page (library mount or /embed iframe); null standalone. */
export interface Embedding {
  /** Sections in the side navigation, in this order. */
  sections: readonly ConsoleSection[];
}

export const EmbeddingContext = createContext<Embedding | null>(null);

/** Embedded consoles drop the outer chrome (header, page title, full-height layout). */
export function useEmbedding(): Embedding | null {
  return useContext(EmbeddingContext);
}

export function sectionOfPath(to: string): string {
  return to === "/" ? "overview" : (to.split("/")[1] ?? "");
}
