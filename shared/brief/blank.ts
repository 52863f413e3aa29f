// "Văn bản mới" (issue 10 item 6): a document of one of the seven types not born from a meeting
// — a công văn answering a letter, a báo cáo on indicators. The header comes from the
// organisation profile and the chosen signer; the body holds one guidance line per part the
// type needs, which the pre-export check reports until the drafter replaces it.
import type { IsoDate } from '../domain/common';
import { TEMPLATE_TYPES } from './lifecycle';
import type { BodyBlock, Brief, SignatureBlock } from './model';
import { guide, h } from './templates/build';
import type { BriefOrganisation } from './templates/context';
import type { MeetingTemplateName } from './templates';

const OUTLINE: Record<MeetingTemplateName, { heading?: string; guide: string }[]> = {
  'conclusion-notice': [{ guide: '(Nêu nội dung kết luận.)' }],
  report: [
    { heading: 'Kết quả đạt được', guide: '(Nêu kết quả thực hiện.)' },
    { heading: 'Tồn tại, hạn chế và nguyên nhân', guide: '(Nêu tồn tại, hạn chế.)' },
    { heading: 'Nhiệm vụ, giải pháp thời gian tới', guide: '(Nêu nhiệm vụ, giải pháp.)' },
  ],
  'talking-points': [{ guide: '(Nêu các ý phát biểu.)' }],
  submission: [
    { heading: 'Sự cần thiết', guide: '(Nêu sự cần thiết.)' },
    { heading: 'Nội dung đề xuất', guide: '(Nêu nội dung đề xuất.)' },
    { heading: 'Kiến nghị', guide: '(Nêu kiến nghị.)' },
  ],
  'official-letter': [{ guide: '(Nêu nội dung công văn.)' }],
  plan: [
    { heading: 'Mục đích, yêu cầu', guide: '(Nêu mục đích, yêu cầu.)' },
    { heading: 'Nhiệm vụ', guide: '(Nêu các nhiệm vụ.)' },
    { heading: 'Tổ chức thực hiện', guide: '(Nêu phân công thực hiện.)' },
  ],
  minutes: [{ guide: '(Nêu diễn biến cuộc họp.)' }],
};

export function blankBrief(
  template: MeetingTemplateName,
  org: BriefOrganisation,
  today: IsoDate,
  signer: SignatureBlock = org.signer,
): Brief {
  const type = TEMPLATE_TYPES[template];
  const letter = type.form === 'official-letter';
  const internal = type.form === 'internal';
  const content: BodyBlock[] = OUTLINE[template].flatMap((part) =>
    part.heading ? [h(1, part.heading), guide(part.guide)] : [guide(part.guide)],
  );
  return {
    version: 1,
    template,
    meetingId: null,
    header: {
      form: type.form,
      superiorBody: org.superiorBody,
      issuingBody: org.name,
      numberSymbol: {
        number: null,
        typeAbbrev: letter ? '' : type.typeAbbrev,
        issuerAbbrev: org.abbreviation,
        unitAbbrev: letter ? org.draftingUnit : '',
      },
      place: org.place,
      date: today,
      typeName: type.typeName,
      abstract: '',
      addressees: [],
      legalBases: [],
      signature: internal
        ? { authority: 'none', authorityOf: '', title: '', name: '' }
        : { ...signer },
      secondSignature: type.form === 'minutes' ? { title: 'Thư ký', name: '' } : null,
      recipients: [],
      archiveUnits: org.draftingUnit.trim() ? [org.draftingUnit.trim()] : [],
      drafter: { initials: org.drafterInitials, copies: null },
      urgency: 'none',
      secrecy: 'none',
      circulation: internal ? 'luu-hanh-noi-bo' : 'none',
      draft: true,
    },
    body: { type: 'doc', content },
  };
}
