// A ministry for the package benches: fresh keys and a card valid from 2025 with no end.
import { issueCard } from '../../electron/services/exchange/card';
import { generateOrgSecrets } from '../../electron/services/exchange/keys';
import type { Party } from '../../electron/services/exchange/package';

export function party(name: string): Party {
  const secrets = generateOrgSecrets();
  const card = issueCard({
    name,
    unit: '',
    secrets,
    validFrom: '2025-01-01',
    validUntil: null,
    now: new Date(),
  });
  return { secrets, card };
}
