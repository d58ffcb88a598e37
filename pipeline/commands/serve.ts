// `tzm serve --db FILE [--users F]`: the dashboards (dashboard/serve.ts).

import type { Command } from '../cli-flags.js';
import { db, optional, text } from './flags.js';

export const serve: Command = {
  summary: 'de dashboards / the dashboards',
  flags: {
    db,
    port: { value: 'N', help: 'poort', default: '3000', integer: { min: 1, max: 65535 } },
    users: { value: 'F', help: 'gebruikers (JSON); zonder: alleen de openbare pagina' },
    'allowed-host': { value: 'NAAM', help: 'hostnaam waarop de server ook antwoordt (naast localhost)', multiple: true },
    'trusted-proxy': { value: 'ADRES', help: 'proxy waarvan X-Forwarded-For wordt geloofd', multiple: true },
  },
  async run({ flags }) {
    const { serve: start } = await import('../../dashboard/serve.js');
    await start({
      db: text(flags.db),
      port: flags.port as number,
      usersFile: optional(flags.users),
      server: { allowedHosts: flags['allowed-host'] as string[], trustedProxies: flags['trusted-proxy'] as string[] },
    });
    return 0;
  },
};
