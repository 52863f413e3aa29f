// Handlers of the lifecycle calls (issue 10). The rules live in shared/brief/lifecycle.ts and
// the vault's lifecycle repository (one transaction per issue); these only bind the calls.
import { blankBrief, parseBrief, registerCsv } from '../../../shared/brief';
import { outgoingRegister } from '../../../shared/registers';
import { AppFailure } from '../../../shared/result';
import { REGISTER_MIME, renderRegister } from '../register-export';
import type { HandlerContext, HandlerGroup } from './context';

type LifecycleCalls =
  | 'briefs.setStatus'
  | 'briefs.issue'
  | 'briefs.correct'
  | 'briefs.createBlank'
  | 'register.list'
  | 'register.export';

export function lifecycleHandlers({
  vault,
  platform,
}: HandlerContext): HandlerGroup<LifecycleCalls> {
  return {
    'briefs.setStatus': ({ id, revision, status }) =>
      vault().lifecycle.setStatus(id, revision, status),
    'briefs.issue': ({ id, revision, date }) =>
      vault().lifecycle.issue(id, revision, date ?? platform.today()),
    'briefs.correct': ({ id }) => vault().lifecycle.correct(id),
    'briefs.createBlank': ({ template, signer }) => {
      const v = vault();
      const org = v.organisationProfile.get();
      const signers = [org.signer, ...(org.otherSigners ?? [])];
      const chosen = signers[signer ?? 0];
      if (!chosen) {
        throw AppFailure.of(
          'invalid-input',
          'Không có người ký này trong hồ sơ cơ quan.',
          'No such signer in the organisation profile.',
        );
      }
      const parsed = parseBrief(blankBrief(template, org, platform.today(), chosen));
      if (!parsed.ok) throw new AppFailure(parsed.error);
      return v.briefs.create(parsed.value);
    },
    'register.list': ({ year }) => vault().lifecycle.register(year === undefined ? {} : { year }),
    'register.export': async ({ year, format }) => {
      const v = vault();
      const entries = v.lifecycle.register(year === undefined ? {} : { year });
      const fileName = `so-van-ban-di${year === undefined ? '' : `-${year}`}.${format}`;
      if (format === 'csv')
        return {
          fileName,
          mime: 'text/csv',
          base64: Buffer.from(registerCsv(entries), 'utf8').toString('base64'),
        };
      const table = outgoingRegister(entries, year);
      const bytes = await renderRegister(table, format, v.organisation);
      return { fileName, mime: REGISTER_MIME[format], base64: bytes.toString('base64') };
    },
  };
}
