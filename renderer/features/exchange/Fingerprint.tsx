// A fingerprint as people compare it: twelve groups of five digits, monospace, in two halves
// of six that wrap as units, so a narrow column shows 6 + 6 rather than 8 + 4.
import { formatFingerprint } from '../../../shared/exchange/card';

export function Fingerprint({ digits, testId }: { digits: string; testId?: string }) {
  const groups = formatFingerprint(digits).split(' ');
  return (
    <code className="fingerprint" data-testid={testId}>
      <span className="fingerprint__half">{groups.slice(0, 6).join(' ')}</span>
      {groups.length > 6 && (
        <>
          {' '}
          <span className="fingerprint__half">{groups.slice(6).join(' ')}</span>
        </>
      )}
    </code>
  );
}
