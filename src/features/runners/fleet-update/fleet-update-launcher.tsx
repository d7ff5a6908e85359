import { lazy, Suspense, useEffect, useRef, useState } from "react";
import type { RunnerSummary } from "../../../api/fleet/runner-summary";
import { Button } from "../../../components/ui/button";
import type { FleetUpdatePreset } from "../components/runner-list-search-schema";
import { EMPTY_CHANGE, type FleetChangeValues } from "./fleet-change-form";
import { useOpenedOnce } from "../../../lib/use-opened-once";
import { runnersText } from "./plan-text";

// The dialog (Radix, the change form, the plan) loads when first opened, not with the runners list.
const FleetUpdateDialog = lazy(() => import("./fleet-update-dialog").then((module) => ({ default: module.FleetUpdateDialog })));

const presets: Record<FleetUpdatePreset, FleetChangeValues> = { "auto-update": { ...EMPTY_CHANGE, autoUpdate: "on" } };

interface LauncherOptions {
  /** Every runner in the index, and those the list shows (its search and filters applied). */
  rows: readonly RunnerSummary[];
  shown: readonly RunnerSummary[];
  selected: ReadonlySet<string>;
  /** Every runner has been read: "all that match" means all. */
  complete: boolean;
  /** Opens the dialog for every shown runner with this preset once the index is complete (from a link). */
  preset: FleetUpdatePreset | undefined;
  /** Describes what is shown, e.g. "outdated runners" (default "runners shown"). */
  shownText: string;
  onPresetDone: () => void;
}

interface Opened {
  runners: readonly RunnerSummary[];
  values: FleetChangeValues;
  chosenText: string;
}

/** The list's "Update selected" / "Update all shown" buttons and the dialog they open. */
export function useFleetUpdateLauncher({ rows, shown, selected, complete, preset, shownText, onPresetDone }: LauncherOptions) {
  const [opened, setOpened] = useState<Opened | undefined>();
  const openForShown = (values: FleetChangeValues) =>
    setOpened({ runners: shown, values, chosenText: `all ${shown.length.toLocaleString("en-US")} ${shownText}` });

  // Opened once per link: closing clears the URL's preset, which arrives a render later.
  const presetOpened = useRef(false);
  useEffect(() => {
    if (!preset) presetOpened.current = false;
    else if (complete && !presetOpened.current) {
      presetOpened.current = true;
      setOpened({ runners: shown, values: presets[preset], chosenText: `all ${shown.length.toLocaleString("en-US")} ${shownText}` });
    }
  }, [preset, complete, shown, shownText]);

  const buttons = (
    <>
      {selected.size > 0 ? (
        <Button
          size="sm"
          onClick={() => setOpened({ runners: rows.filter((r) => selected.has(r.id)), values: EMPTY_CHANGE, chosenText: `${runnersText(selected.size)} selected` })}
        >
          Update {selected.size.toLocaleString("en-US")} selected
        </Button>
      ) : null}
      {shown.length > 0 ? (
        <Button
          size="sm"
          disabled={!complete}
          title={complete ? undefined : "Available once every runner has been read"}
          onClick={() => openForShown(EMPTY_CHANGE)}
        >
          Update all {shown.length.toLocaleString("en-US")}
        </Button>
      ) : null}
    </>
  );
  const loaded = useOpenedOnce(opened !== undefined);
  const dialog = loaded && (
    <Suspense fallback={null}>
      <FleetUpdateDialog
        open={opened !== undefined}
        onOpenChange={(open) => {
          if (open) return;
          setOpened(undefined);
          if (preset) onPresetDone();
        }}
        runners={opened?.runners ?? []}
        initialValues={opened?.values ?? EMPTY_CHANGE}
        chosenText={opened?.chosenText ?? ""}
      />
    </Suspense>
  );
  return { buttons, dialog };
}
