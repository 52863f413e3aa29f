// Statistics of directives and register exports (issue 13). The export renders in memory; the
// host writes it where the user chose (Electron's dialog), or the page downloads the bytes.
import { registerFileName, REGISTER_MIME, registerTable, renderRegister, vaultStats } from '../register-export';
import { writeFileAtomic } from '../vault/atomic-file';
import type { HandlerContext, HandlerGroup } from './context';

type FollowUpCalls = 'stats.directives' | 'registers.export';

export function followUpHandlers({ session, platform }: HandlerContext): HandlerGroup<FollowUpCalls> {
  const vault = () => session.require();
  return {
    'stats.directives': ({ by, meetingId, today }) => vaultStats(vault(), by, today ?? platform.today(), meetingId),
    'registers.export': async ({ register, format, by, today, deliver }) => {
      const v = vault();
      const day = today ?? platform.today();
      const table = registerTable(v, register, by, day);
      const fileName = registerFileName(register, format, day);
      const base = { fileName, mime: REGISTER_MIME[format], rows: table.rows.length };
      const chooseSavePath = deliver === 'save-dialog' ? platform.chooseSavePath : undefined;
      const savedTo = chooseSavePath ? await chooseSavePath(fileName, format) : null;
      if (chooseSavePath && savedTo === null) return { ...base, base64: '', savedTo: null, cancelled: true };
      const bytes = await renderRegister(table, format, v.organisation);
      if (savedTo !== null) writeFileAtomic(savedTo, bytes);
      return { ...base, base64: savedTo === null ? bytes.toString('base64') : '', savedTo, cancelled: false };
    },
  };
}
