// Answers only to its own names. A page on another site can point its own host name at
// 127.0.0.1 (DNS rebinding) and then read a local `tzm serve` as if it were its own origin;
// the browser still sends that site's name in the Host header, so any name not on the list gets
// 421 Misdirected Request. Loopback names always; the real name with `tzm serve --allowed-host`.

import type { MiddlewareHandler } from 'hono';

export const loopbackHosts = ['localhost', '127.0.0.1', '[::1]'];

export function allowedHost(extra: readonly string[] = []): MiddlewareHandler {
  const allowed = new Set([...loopbackHosts, ...extra].map((name) => name.trim().toLowerCase().replace(/\.$/, '')));
  return async (c, next) => {
    const host = new URL(c.req.url).hostname.toLowerCase().replace(/\.$/, '');
    if (!allowed.has(host)) {
      return c.text(`Onbekende hostnaam; deze server antwoordt alleen op zijn eigen naam / unknown host name`, 421);
    }
    await next();
  };
}
