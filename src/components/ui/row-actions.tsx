import { Button } from "./button";
import { TableCell, TableHeaderCell } from "./table";

export interface RowAction {
  /** The visible verb, e.g. "Edit"; the accessible name is "<label> <item name>". */
  label: string;
  onClick: () => void;
  disabled?: boolean;
  /** The words before the item name in the accessible name, when they say more than the label (must contain it). */
  accessibleLabel?: string;
}

/** The header above a column of row actions: named for screen readers, blank on screen. */
export function ActionsHeaderCell() {
  return (
    <TableHeaderCell>
      <span className="sr-only">Actions</span>
    </TableHeaderCell>
  );
}

interface RowActionsCellProps {
  /** Names the row in each button's accessible name, e.g. "github.com on aws-prod-eu". */
  itemName: string;
  /** No actions leaves the cell empty (the row's item may not be changed by this user). */
  actions: readonly RowAction[];
}

/** Right-aligned ghost buttons at the end of a table row, each named after its row ("Delete github.com …"). */
export function RowActionsCell({ itemName, actions }: RowActionsCellProps) {
  return (
    <TableCell className="text-right whitespace-nowrap">
      {actions.length > 0 ? (
        <span className="inline-flex gap-1">
          {actions.map((action) => (
            <Button
              key={action.label}
              size="sm"
              variant="ghost"
              onClick={action.onClick}
              disabled={action.disabled}
              aria-label={`${action.accessibleLabel ?? action.label} ${itemName}`}
            >
              {action.label}
            </Button>
          ))}
        </span>
      ) : null}
    </TableCell>
  );
}
