// A task a report proposes becomes a new directive of the register the same way whether the
// CLI's `extract --apply` or the review page imports it: the "6 rõ" the text gave (who leads,
// what, by when, on whose authority, the product), everything else as a task not yet started.
import type { DirectiveInput } from '../domain';
import type { DirectiveProposal } from '../extract';

export function proposedDirective(
  proposal: Pick<DirectiveProposal, 'authority' | 'product' | 'coordinating'>,
  task: { task: string; lead: string; deadline: string | null },
  meetingId: string | null,
  progressNotes: DirectiveInput['progressNotes'] = [],
): DirectiveInput {
  return {
    assignee: task.lead,
    task: task.task,
    deadline: task.deadline,
    authority: proposal.authority ?? '',
    responsibility: '',
    deliverable: proposal.product ?? '',
    leadUnit: task.lead,
    coordinatingUnits: proposal.coordinating,
    pillar: 'general',
    status: 'not-started',
    completedOn: null,
    progressNotes,
    meetingId,
    conclusionId: null,
    secrecy: 'none',
  };
}
