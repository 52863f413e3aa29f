// A directive as the contract's save takes it, complete in its "6 rõ" unless `over` says
// otherwise: the follow-up tests build their hand-made cases from it.
export function directiveInput(over: Record<string, unknown> = {}) {
  return {
    assignee: 'Vụ Tổng hợp',
    task: 'Xây dựng kế hoạch',
    deadline: null,
    authority: 'Thủ tướng',
    responsibility: 'Bộ trưởng',
    deliverable: 'Kế hoạch',
    leadUnit: 'Bộ Công Thương',
    coordinatingUnits: [],
    pillar: 'economy' as const,
    status: 'not-started' as const,
    completedOn: null,
    progressNotes: [],
    meetingId: null,
    conclusionId: null,
    secrecy: 'none' as const,
    ...over,
  };
}
