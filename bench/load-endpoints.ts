// A bounded loopback load on the dashboard's data endpoints: per endpoint a few warm-up requests,
// then at most `requests` requests (or until `maxSeconds` passed) from `concurrency` parallel
// clients, each timed from sending to the last byte of the body. Only 127.0.0.1 is ever asked.

import { percentile } from './stats.js';

export interface Endpoint {
  name: string;
  path: string;
  /** Fewer requests for heavy downloads (whole-table CSV exports). */
  requests?: number;
}

export interface EndpointResult {
  name: string;
  path: string;
  requests: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** Response size of the last request, bytes. */
  bytes: number;
  /** Status codes seen, e.g. { "200": 200 }: a non-200 endpoint did not measure what it should. */
  statuses: Record<string, number>;
}

export interface LoadOptions {
  baseUrl: string;
  cookie?: string;
  requests?: number;
  concurrency?: number;
  warmup?: number;
  maxSeconds?: number;
}

export async function loadEndpoints(endpoints: Endpoint[], options: LoadOptions): Promise<EndpointResult[]> {
  const host = new URL(options.baseUrl).hostname;
  if (host !== '127.0.0.1' && host !== 'localhost' && host !== '[::1]') throw new Error(`load only loopback, not ${host}`);
  const results: EndpointResult[] = [];
  for (const endpoint of endpoints) results.push(await loadOne(endpoint, options));
  return results;
}

async function loadOne(endpoint: Endpoint, { baseUrl, cookie, requests = 200, concurrency = 4, warmup = 3, maxSeconds = 30 }: LoadOptions): Promise<EndpointResult> {
  const url = new URL(endpoint.path, baseUrl).toString();
  const headers: Record<string, string> = cookie ? { cookie } : {};
  const once = async (): Promise<{ ms: number; status: number; bytes: number }> => {
    const started = performance.now();
    const response = await fetch(url, { headers, redirect: 'manual' });
    const body = await response.arrayBuffer();
    return { ms: performance.now() - started, status: response.status, bytes: body.byteLength };
  };
  for (let i = 0; i < warmup; i++) await once();

  const total = Math.min(requests, endpoint.requests ?? requests);
  const deadline = performance.now() + maxSeconds * 1000;
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let bytes = 0;
  let started = 0;
  const client = async (): Promise<void> => {
    while (started < total && performance.now() < deadline) {
      started++;
      const r = await once();
      latencies.push(r.ms);
      statuses[r.status] = (statuses[r.status] ?? 0) + 1;
      bytes = r.bytes;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  return {
    name: endpoint.name, path: endpoint.path, requests: latencies.length, bytes, statuses,
    p50Ms: percentile(latencies, 50), p95Ms: percentile(latencies, 95), maxMs: Math.max(...latencies),
  };
}
