// Headers on every response. The CSP allows scripts only from this server (no inline script,
// no eval); Plot writes inline style attributes, so styles may be inline. API answers are
// never cached: they can hold pupil data.

import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

export const securityHeaders: MiddlewareHandler = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
  xFrameOptions: 'DENY',
  referrerPolicy: 'same-origin',
});

// Set before the answer is made, so it is built in. Set on a finished answer, Hono copies the
// answer into a new Response, which turns a cached JSON text into a stream per request (the
// text scanned and encoded each time: a sixth of the analyst overview's server time).
export const noStore: MiddlewareHandler = async (c, next) => {
  c.header('Cache-Control', 'no-store');
  await next();
  // an answer made without the context (a ready Response) has not got it yet
  if (c.res.headers.get('Cache-Control') !== 'no-store') c.header('Cache-Control', 'no-store');
};
