import { z } from "zod";
import { serverNow } from "../../lib/server-clock";
import { fromLocalInputValue } from "./expiry";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HOST = /^[a-z0-9.-]+(:\d{1,5})?$/i;

const expiryText = z
  .string()
  .refine(
    (value) => value === "" || fromLocalInputValue(value) !== undefined,
    "Enter a date and time, or leave it empty",
  );

/** A new token's expiry: empty, or later than now (the server's clock). */
const futureExpiryText = expiryText.refine((value) => {
  const date = fromLocalInputValue(value);
  return date === undefined || date.getTime() > serverNow();
}, "This time has already passed: choose a later one, or leave it empty for no expiry");

export const createHostTokenSchema = z
  .object({
    runnerId: z.string().min(1, "Choose a runner"),
    host: z
      .string()
      .trim()
      .min(1, "Choose the SCM host")
      .regex(HOST, "A host name such as github.com (no https://, no path)"),
    token: z.string().min(1, "Enter the token"),
    source: z.enum(["OAUTH", "PAT"]),
    expiresAt: futureExpiryText,
    /** Sent only for OAuth tokens. */
    refreshToken: z.string(),
    scopes: z.string(),
    /** "self": the signed-in user; "other": the user whose ID is in subjectId. */
    forWhom: z.enum(["self", "other"]),
    subjectId: z.string().trim(),
  })
  .refine((values) => values.forWhom === "self" || UUID.test(values.subjectId), {
    path: ["subjectId"],
    message: "Paste the user's ID (as shown in the host tokens list, with Copy user ID)",
  });
export type CreateHostTokenValues = z.infer<typeof createHostTokenSchema>;

export const updateHostTokenSchema = z.object({
  /** Empty: keep the current value. */
  token: z.string(),
  refreshToken: z.string(),
  expiresAt: expiryText,
  scopes: z.string(),
});
export type UpdateHostTokenValues = z.infer<typeof updateHostTokenSchema>;
