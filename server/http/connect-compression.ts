import { compressionBrotli, compressionGzip } from "@connectrpc/connect-node";

/** The response compressions the Connect routes offer (connect-fastify's default, set explicitly in app.ts). */
export const CONNECT_COMPRESSION = [compressionGzip, compressionBrotli];
/** Connect's default threshold: smaller bodies go uncompressed. */
export const CONNECT_COMPRESS_MIN_BYTES = 1024;
