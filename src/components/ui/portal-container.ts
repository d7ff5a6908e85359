import { createContext, useContext } from "react";

/**
 * Where overlays (dialogs) portal to. Standalone: document.body (null). Embedded in a shadow root, the
 * console provides an element inside that root so overlays get its styles and stay inside the console.
 */
export const PortalContainerContext = createContext<HTMLElement | null>(null);

export function usePortalContainer(): HTMLElement | null {
  return useContext(PortalContainerContext);
}
