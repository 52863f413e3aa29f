// Briefs (issue 3): drafting one from a meeting with a template, saving revisions, viewing and
// restoring old ones, refreshing stale figures, the pre-export check and the export itself.
// The export renders in memory and returns the bytes; the host writes them where the user
// chose (native dialog, browser download, the CLI's --out), and the vault records which
// revision each export came from.
import { createHash } from 'node:crypto';
import { parseBrief, preExportCheck, TEMPLATES, exportFileName, type ExportProblem } from '../../../shared/brief';
import { AppFailure } from '../../../shared/result';
import { exportBrief } from '../export';
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

export function briefHandlers({ session, platform }: HandlerContext): HandlerGroup<BriefCalls> {
  const vault = () => session.require();
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
      return preExportCheck(v.briefs.get(id).brief, { figureState: v.briefs.figureStates() });
    },
    'briefs.refreshFigures': ({ id, revision }) => vault().briefs.refreshFigures(id, revision),
    'briefs.export': async ({ id, format }) => {
      const v = vault();
      const current = v.briefs.get(id);
      let problems: ExportProblem[] = [];
      // Blocking problems throw invalid-input with one issue each, before anything is rendered.
      const bytes = await exportBrief(current.brief, format, {
        figureState: v.briefs.figureStates(),
        onWarnings: (warnings) => (problems = warnings),
      });
      const exportedAt = new Date().toISOString();
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      // The vault may have been locked while the file rendered: then 'locked', and no file.
      vault().briefs.recordExport({ briefId: id, revision: current.revision, format, sha256, exportedAt });
      return {
        fileName: exportFileName(current.brief, format),
        mime: EXPORT_MIME[format],
        base64: Buffer.from(bytes).toString('base64'),
        revision: current.revision,
        problems,
      };
    },
  };
}
