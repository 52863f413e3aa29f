// Statistics of directives and register exports (issue 13). The export renders in memory; the
// host writes it where the user chose (Electron's dialog), or the page downloads the bytes.
import {
  registerFileName,
  REGISTER_MIME,
  registerTable,
  renderRegister,
  vaultStats,
} from '../register-export';
import { writeFileAtomic } from '../files/atomic-file';
import { failures } from '../vault/failures';
import { chartStates, refreshCharts } from '../register-export/charts';
import { directiveReport, parseBrief } from '../../../shared/brief';
import { AppFailure } from '../../../shared/result';
import type { HandlerContext, HandlerGroup } from './context';
import { DUE_SOON_DAYS, HOME_LIST_LIMIT } from '../../../shared/home-calls';
import { addDays } from '../../../shared/format/date';

type FollowUpCalls =
  | 'stats.directives'
  | 'home.summary'
  | 'registers.export'
  | 'briefs.createDirectiveReport'
  | 'briefs.chartStates'
  | 'briefs.refreshCharts';

export function followUpHandlers({ vault, platform }: HandlerContext): HandlerGroup<FollowUpCalls> {
  return {
    'stats.directives': ({ by, meetingId, today }) =>
      vaultStats(vault(), by, today ?? platform.today(), meetingId),
    'home.summary': ({ today }) => {
      const v = vault();
      const day = today ?? platform.today();
      return v.followUp.home(day, addDays(day, DUE_SOON_DAYS), HOME_LIST_LIMIT, v.organisation);
    },
    'briefs.createDirectiveReport': ({ meetingId, today }) => {
      const v = vault();
      const day = today ?? platform.today();
      const meeting = meetingId === undefined ? null : v.meetings.get(meetingId);
      const draft = directiveReport({
        meeting,
        // Tasks only: the report is on completion, which recommendations do not have.
        directives: v.directives.list(
          meetingId === undefined
            ? { today: day, kind: 'directive' }
            : { meetingId, today: day, kind: 'directive' },
        ),
        stats: vaultStats(v, 'unit', day, meetingId),
        organisation: v.organisationProfile.get(),
        today: day,
      });
      // Through parseBrief like a client's save: bounds and NFC hold before anything is stored.
      const parsed = parseBrief(draft);
      if (!parsed.ok) throw new AppFailure(parsed.error);
      return v.briefs.create(parsed.value);
    },
    'briefs.chartStates': ({ id, today }) => {
      const v = vault();
      return chartStates(v, v.briefs.get(id).brief, today ?? platform.today());
    },
    'briefs.refreshCharts': ({ id, revision, today }) => {
      const v = vault();
      const current = v.briefs.get(id);
      if (current.revision !== revision) throw failures.conflict();
      const { brief, refreshed } = refreshCharts(v, current.brief, today ?? platform.today());
      // Nothing stale: no new revision (saving identical content would make none anyway).
      return refreshed === 0 ? current : v.briefs.save(id, revision, brief);
    },
    'registers.export': async ({ register, format, by, today, deliver }) => {
      const v = vault();
      const day = today ?? platform.today();
      const table = registerTable(v, register, by, day);
      const fileName = registerFileName(register, format, day);
      const base = { fileName, mime: REGISTER_MIME[format], rows: table.rows.length };
      const chooseSavePath = deliver === 'save-dialog' ? platform.chooseSavePath : undefined;
      const savedTo = chooseSavePath ? await chooseSavePath(fileName, format) : null;
      if (chooseSavePath && savedTo === null)
        return { ...base, base64: '', savedTo: null, cancelled: true };
      const bytes = await renderRegister(table, format, v.organisation);
      // The user chose this exact file in the save dialog, which asked before replacing it.
      if (savedTo !== null) writeFileAtomic(savedTo, bytes, 'replace');
      return {
        ...base,
        base64: savedTo === null ? bytes.toString('base64') : '',
        savedTo,
        cancelled: false,
      };
    },
  };
}
