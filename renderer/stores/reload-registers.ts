// After a write that touches records of several kinds at once — loading or removing the sample
// data, importing a package, undoing an import, restoring from the trash — every register is
// read again, so no page shows a list from before the change.
import { useBriefsStore } from './briefsStore';
import { useDirectivesStore } from './directivesStore';
import { useHomeStore } from './homeStore';
import { useIndicatorsStore } from './indicatorsStore';
import { useMeetingsStore } from './meetingsStore';

export async function reloadRegisters(): Promise<void> {
  await Promise.all([
    useMeetingsStore.getState().loadMeetings(),
    useDirectivesStore.getState().loadDirectives(),
    useIndicatorsStore.getState().loadIndicators(),
    useBriefsStore.getState().loadBriefs(),
    useHomeStore.getState().load(),
  ]);
}
