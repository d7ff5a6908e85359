import type { FastifyInstance, FastifyPluginAsync } from "fastify";
import { registerBodyLimit } from "./body-limit";
import { registerBinaryBodyCheck, registerConnectGuard } from "./connect-guard";
import { registerCors } from "./cors";
import { connectErrorHandler } from "./error-handler";
import { registerHostCheck } from "./host-check";
import { registerAuthFailureLimit } from "./auth-failure-limit";
import {
  BODY_LIMIT_BYTES,
  DEFAULT_AUTH_FAILURE_LIMIT,
  DEFAULT_EXCHANGE_TOKEN_LIMIT,
  DEFAULT_SIGN_IN_LIMIT,
  type RateLimitSettings,
} from "./limits";
import { registerRateLimits } from "./rate-limit";
import { registerSecurityHeaders } from "./security-headers";

/** The config fields it reads (ServerConfig has them), plus limits a test may tighten. */
export interface HardeningOptions {
  apiPrefix: string;
  frameAncestors: readonly string[];
  embedAllowedOrigins: readonly string[];
  /** Proxy mode (GITPOD_API_URL): bodies stream upstream untouched, so nothing here may read them. */
  gitpodApiUrl?: string | undefined;
  /** PUBLIC_URL and ALLOWED_HOSTS: the host names answered besides loopback ones. */
  publicUrl?: string | undefined;
  allowedHosts?: readonly string[];
  bodyLimitBytes?: number;
  signInLimit?: RateLimitSettings;
  exchangeTokenLimit?: RateLimitSettings;
  authFailureLimit?: RateLimitSettings;
}

/**
 * Registers the HTTP protections on the root instance, before any route plugin, so that every
 * response — SPA, API, errors, proxied calls — goes through them. Order matters: headers first (every
 * refusal carries them), then the Host check, CORS next (a cross-origin client can read the refusals that follow).
 */
export function registerHardening(app: FastifyInstance, options: HardeningOptions): void {
  registerSecurityHeaders(app, { apiPrefix: options.apiPrefix, frameAncestors: options.frameAncestors });
  registerHostCheck(app, { publicUrl: options.publicUrl, allowedHosts: options.allowedHosts });
  registerCors(app, { apiPrefix: options.apiPrefix, allowedOrigins: options.embedAllowedOrigins });
  const bodyLimit = options.bodyLimitBytes ?? BODY_LIMIT_BYTES;
  registerBodyLimit(app, bodyLimit);
  registerAuthFailureLimit(app, {
    apiPrefix: options.apiPrefix,
    limit: options.authFailureLimit ?? DEFAULT_AUTH_FAILURE_LIMIT,
  });
  registerRateLimits(app, {
    apiPrefix: options.apiPrefix,
    signIn: options.signInLimit ?? DEFAULT_SIGN_IN_LIMIT,
    exchangeToken: options.exchangeTokenLimit ?? DEFAULT_EXCHANGE_TOKEN_LIMIT,
  });
  registerConnectGuard(app, options.apiPrefix);
  if (!options.gitpodApiUrl) registerBinaryBodyCheck(app, options.apiPrefix, bodyLimit);
  app.setErrorHandler(connectErrorHandler);
}

/** The same as a plugin for buildApp's `plugins` option; skip-override keeps the hooks on the root instance. */
export function hardeningPlugin(options: HardeningOptions): FastifyPluginAsync {
  const plugin: FastifyPluginAsync = async (app) => registerHardening(app, options);
  return Object.assign(plugin, { [Symbol.for("skip-override")]: true });
}
