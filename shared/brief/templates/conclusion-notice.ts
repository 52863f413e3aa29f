// Thông báo kết luận (TB), document-format.md §3.3: opening (when, where, who chaired and
// attended), the chair's numbered conclusions with the tasks each gave — lead and coordinating
// units, deadlines — as points a), b)…, and the closing line of the issuing office.
import { sentenceCaseName } from '../wording';
import type { BodyBlock } from '../body';
import type { Brief } from '../model';
import { numbered, p, sentence } from './build';
import type { TemplateContext } from './context';
import {
  assignmentSentence,
  attendanceSentence,
  baseHeader,
  meetingPhrase,
  openingSentence,
  restates,
  taskedUnits,
  taskSentence,
  meetingBrief,
  meetingParts,
} from './records';

export function conclusionNotice(ctx: TemplateContext): Brief {
  const { m, org, directives, chair } = meetingParts(ctx);

  const opening = [openingSentence(m), attendanceSentence(m)].filter(Boolean).join(' ');
  const intro = `Sau khi nghe báo cáo và ý kiến của các đại biểu dự họp, ${chair} kết luận như sau:`;

  const tasksOf = (conclusionId: string | null) =>
    directives.filter((d) => d.conclusionId === conclusionId);
  const known = new Set(m.conclusions.map((c) => c.id));
  const items: BodyBlock[][] = m.conclusions.map((c) => {
    const tasks = tasksOf(c.id);
    // One task goes in the conclusion's own paragraph: a lone "a)" is not how a clerk writes;
    // a task that restates the conclusion adds only who does it and by when.
    if (tasks.length === 1) {
      const task = tasks[0]!;
      const rest = restates(c.text, task.task) ? assignmentSentence(task) : taskSentence(task);
      return [p(rest ? `${sentence(c.text)} ${rest}` : sentence(c.text))];
    }
    return tasks.length > 0
      ? [
          p(c.text),
          numbered(
            tasks.map((d) => [taskSentence(d)]),
            'point',
          ),
        ]
      : [p(c.text)];
  });
  const loose = directives.filter((d) => d.conclusionId === null || !known.has(d.conclusionId));
  if (loose.length > 0) {
    items.push(
      loose.length === 1
        ? [p(`Giao nhiệm vụ: ${taskSentence(loose[0]!).replace(/^./u, (c) => c.toLowerCase())}`)]
        : [
            p('Giao nhiệm vụ cụ thể như sau:'),
            numbered(
              loose.map((d) => [taskSentence(d)]),
              'point',
            ),
          ],
    );
  }
  if (items.length === 0) items.push([p('…')]);

  const header = baseHeader(org, ctx, {
    form: 'named',
    typeAbbrev: 'TB',
    typeName: 'Thông báo',
    abstract: `Kết luận của ${chair} tại ${meetingPhrase(m.title)}`,
  });
  header.recipients = [`${chair} (để báo cáo)`, ...taskedUnits(directives)];

  return meetingBrief('conclusion-notice', m, header, [
    p(opening),
    p(intro),
    numbered(items),
    p(`${sentenceCaseName(org.name)} thông báo để các cơ quan, đơn vị liên quan biết, thực hiện.`),
  ]);
}
