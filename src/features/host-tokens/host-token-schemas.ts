import { z } from "zod";
import { fromLocalInputValue } from "./expiry";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HOST = /^[a-z0-9.-]+(:\d{1,5})?$/i;

const expiryText = z
  .string()
  .refine(
    (value) => value === "" || fromLocalInputValue(value) !== undefined,
    "Enter a date and time, or leave it empty",
  );

export const createHostTokenSchema = z.object({
  runnerId: z.string().min(1, "Choose a runner"),
  host: z
    .string()
    .trim()
    .min(1, "Enter the SCM host, e.g. github.com")
    .regex(HOST, "A host name such as github.com (no https://, no path)"),
  token: z.string().min(1, "Enter the token"),
  source: z.enum(["OAUTH", "PAT"]),
  expiresAt: expiryText,
  refreshToken: z.string(),
  scopes: z.string(),
  /** Empty: the signed-in user. */
  subjectId: z
    .string()
    .trim()
    .refine((value) => value === "" || UUID.test(value), "A user ID (UUID), or empty for yourself"),
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
