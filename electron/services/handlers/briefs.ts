// Briefs (issue 3): drafting one from a meeting with a template, saving revisions, viewing and
// restoring old ones, refreshing stale figures, the pre-export check and the export itself.
// The export renders in memory and returns the bytes; the host writes them where the user
// chose (native dialog, browser download, the CLI's --out), and the vault records which
// revision each export came from.
import { createHash } from 'node:crypto';
import {
  asDraftWarnings,
  draftView,
  exportFileName,
  parseBrief,
  preExportCheck,
  TEMPLATES,
  type ExportProblem,
} from '../../../shared/brief';
import { AppFailure } from '../../../shared/result';
import { renderBrief } from '../export/render-thread';
import { writeFileAtomic } from '../files/atomic-file';
import type { HandlerContext, HandlerGroup } from './context';

type BriefCalls =
  | 'organisation.get'
  | 'organisation.set'
  | 'briefs.list'
  | 'briefs.get'
  | 'briefs.create'
  | 'briefs.save'
  | 'briefs.delete'
  | 'briefs.revisions'
  | 'briefs.revision'
  | 'briefs.restore'
  | 'briefs.check'
  | 'briefs.refreshFigures'
  | 'briefs.export';

export const EXPORT_MIME = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;

export function briefHandlers({ vault, platform }: HandlerContext): HandlerGroup<BriefCalls> {
  return {
    'organisation.get': () => vault().organisationProfile.get(),
    'organisation.set': (profile) => vault().organisationProfile.set(profile),
    'briefs.list': ({ meetingId }) => vault().briefs.list(meetingId),
    'briefs.get': ({ id }) => vault().briefs.get(id),
    'briefs.create': ({ template, meetingId }) => {
      const v = vault();
      const meeting = v.meetings.get(meetingId);
      const today = platform.today();
      const draft = TEMPLATES[template]({
        meeting,
        directives: v.directives.list({ meetingId, today }),
        indicators: v.indicators.list(),
        organisation: v.organisationProfile.get(),
        today,
      });
      // Through parseBrief like a client's save: a meeting whose records overflow a brief's
      // bounds is refused with the reason instead of storing something the editor cannot load.
      const parsed = parseBrief(draft);
      if (!parsed.ok) throw new AppFailure(parsed.error);
      return v.briefs.create(parsed.value);
    },
    'briefs.save': ({ id, revision, brief }) => vault().briefs.save(id, revision, brief),
    'briefs.delete': ({ id, revision }) => {
      vault().briefs.delete(id, revision);
      return { deleted: true } as const;
    },
    'briefs.revisions': ({ id }) => vault().briefs.revisions(id),
    'briefs.revision': ({ id, revision }) => vault().briefs.revision(id, revision),
    'briefs.restore': ({ id, revision, from }) => vault().briefs.restore(id, revision, from),
    'briefs.check': ({ id }) => {
      const v = vault();
      const current = v.briefs.get(id);
      return preExportCheck(current.brief, {
        figureState: v.briefs.figureStates(),
        status: current.status,
      });
    },
    'briefs.refreshFigures': ({ id, revision }) => vault().briefs.refreshFigures(id, revision),
    'briefs.export': async ({ id, format, deliver }) => {
      const v = vault();
      const current = v.briefs.get(id);
      const fileName = exportFileName(current.brief, format);
      const issued = current.status === 'issued';
      const options = { figureState: v.briefs.figureStates(), status: current.status };
      // An issued document prints its frozen revision as issued, the same content every time
      // (it was checked when issued; a figure revised since does not change what was sent).
      // A draft always exports — marked "DỰ THẢO", without number or day — with every problem
      // shown as a warning, so it can circulate for comments.
      const checked = preExportCheck(current.brief, options);
      const problems: ExportProblem[] = issued
        ? checked.filter((p) => p.severity === 'warning')
        : asDraftWarnings(checked);
      const printed = issued ? current.brief : draftView(current.brief, platform.today());
      const chooseSavePath = deliver === 'save-dialog' ? platform.chooseSavePath : undefined;
      const savedTo = chooseSavePath ? await chooseSavePath(fileName, format) : null;
      const base = { fileName, mime: EXPORT_MIME[format], revision: current.revision, problems };
      if (chooseSavePath && savedTo === null)
        return { ...base, base64: '', savedTo: null, cancelled: true };
      const bytes = await renderBrief({ brief: printed, format, asDraft: !issued });
      const exportedAt = new Date().toISOString();
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      // The user chose this exact file in the save dialog, which asked before replacing it.
      if (savedTo !== null) writeFileAtomic(savedTo, bytes, 'replace');
      // The vault may have been locked while the file rendered: then 'locked', and no record.
      vault().briefs.recordExport({
        briefId: id,
        revision: current.revision,
        format,
        sha256,
        exportedAt,
      });
      return {
        ...base,
        base64: savedTo === null ? Buffer.from(bytes).toString('base64') : '',
        savedTo,
        cancelled: false,
      };
    },
  };
}
