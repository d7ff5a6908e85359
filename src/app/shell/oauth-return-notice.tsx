import { useLocation, useRouter } from "@tanstack/react-router";
import { useEffect } from "react";
import { takeOAuthOutcome } from "../../../common/oauth-return";
import { toast } from "../../components/ui/toast";

/**
 * Back from the local OAuth flow (…?oauth=connected&oauthHost=github.com): says whether it worked, once, and takes
 * the parameters out of the address so a reload or a copied link does not say it again.
 */
export function OAuthReturnNotice() {
  const router = useRouter();
  const href = useLocation({ select: (location) => location.href });
  useEffect(() => {
    const { pathname, search, hash } = router.history.location;
    const taken = takeOAuthOutcome(search);
    if (!taken) return;
    const host = taken.host || "the host";
    if (taken.outcome === "connected") {
      toast.success(`Connected to ${host}`, { description: `Your ${host} account is linked; the runner can now act as you there.` });
    } else {
      toast.info(`Not connected to ${host}`, { description: "You denied the authorization, so nothing was stored." });
    }
    router.history.replace(`${pathname}${taken.rest}${hash}`);
  }, [href, router]);
  return null;
}
