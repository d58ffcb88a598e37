// Who is logging in, for the per-address login limiter. The socket's address, unless that is
// one of the configured proxies (`tzm serve --trusted-proxy`): then the address the proxy put in
// X-Forwarded-For. The header is read from the right, skipping our own proxies, so a client
// cannot choose its address by sending the header itself; from anyone else it is ignored.

import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/** `::ffff:10.0.0.1` (IPv4 on an IPv6 socket) is 10.0.0.1. */
const plain = (address: string) => address.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '').toLowerCase();

function socketAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined; // app.request in tests without a socket
  }
}

export function clientAddress(c: Context, trustedProxies: readonly string[]): string {
  const remote = socketAddress(c);
  if (remote === undefined) return 'onbekend';
  const trusted = new Set(trustedProxies.map(plain));
  if (!trusted.has(plain(remote))) return plain(remote);
  const hops = (c.req.header('x-forwarded-for') ?? '').split(',').map(plain).filter((hop) => hop !== '');
  while (hops.length > 0 && trusted.has(hops[hops.length - 1])) hops.pop();
  return hops.pop() ?? plain(remote);
}
