import { Button, type ButtonProps } from "../../../components/ui/button";
import { toast } from "../../../components/ui/toast";
import { useSignOut } from "../../../api/session/sign-out";

/** Signs out and goes to /sign-in; a failure shows a toast and keeps the user where they are. */
export function SignOutButton(props: Omit<ButtonProps, "onClick" | "loading" | "children">) {
  const signOut = useSignOut();
  return (
    <Button
      {...props}
      loading={signOut.isPending}
      onClick={() => signOut.mutate(undefined, { onError: (error) => toast.error("Could not sign out", error) })}
    >
      Sign out
    </Button>
  );
}
