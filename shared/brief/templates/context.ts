// What a template is given: the meeting the brief starts from, its directives, the indicators
// with their observations, the user's organisation (who issues and signs), and today's date.
import type { IsoDate } from '../../domain/common';
import type { Directive } from '../../domain/directive';
import type { IndicatorWithObservations } from '../../domain/indicator';
import type { Meeting } from '../../domain/meeting';
import type { SignatureBlock } from '../model';

export interface BriefOrganisation {
  /** Issuing body as printed under the superior one: "Văn phòng Chính phủ". */
  name: string;
  /** Direct superior body, if any: "Bộ Ngoại giao" above "Vụ Tổng hợp kinh tế". */
  superiorBody: string;
  /** Abbreviation in number-symbols: "VPCP" in 05/TB-VPCP. */
  abbreviation: string;
  /** Drafting unit: the công văn symbol's second part and the "Lưu: VT, …" line. */
  draftingUnit: string;
  /** Place name of box 4: "Hà Nội". */
  place: string;
  /** The default signer. */
  signer: SignatureBlock;
  /** Other signer profiles the drafter can choose from (issue 10 item 6). */
  otherSigners?: SignatureBlock[];
  drafterInitials: string;
}

export interface TemplateContext {
  meeting: Meeting;
  /** The meeting's directives (others are ignored). */
  directives: readonly Directive[];
  /** Indicators with their series, newest observation first. */
  indicators: readonly IndicatorWithObservations[];
  organisation: BriefOrganisation;
  today: IsoDate;
}
