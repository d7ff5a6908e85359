import { useBlocker, type ShouldBlockFn } from "@tanstack/react-router";
import { Button } from "./button";
import { Dialog } from "./dialog";

// Module-level so the blocker is registered once per `when` change, not on every render.
const leavesPage: ShouldBlockFn = ({ current, next }) => current.pathname !== next.pathname;

/**
 * While `when` holds, leaving the page asks first: a link or Back to another page opens "Leave without saving?",
 * and reloading or closing the tab gets the browser's own prompt (beforeunload). Changes of the search string
 * on the same page (a dialog or view kept in the URL) pass without asking.
 */
export function LeaveGuard({ when }: { when: boolean }) {
  const blocker = useBlocker({
    shouldBlockFn: leavesPage,
    enableBeforeUnload: true,
    disabled: !when,
    withResolver: true,
  });
  const open = blocker.status === "blocked";
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) blocker.reset?.();
      }}
      size="sm"
      title="Leave without saving?"
      description="Your changes on this page have not been saved. If you leave, they are lost."
      footer={
        <>
          <Button onClick={() => blocker.reset?.()}>Stay on this page</Button>
          <Button variant="danger" onClick={() => blocker.proceed?.()}>
            Leave and discard changes
          </Button>
        </>
      }
    />
  );
}
