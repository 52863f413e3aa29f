// What the extraction engine proposes. Every proposal carries the exact span it was read from
// (offsets into the NFC text the engine was given) and the name of the rule that found it, so
// the review screen can highlight it and say why it is there.
import type { Period } from '../domain/period';

export type FigureKind = 'level' | 'change-yoy' | 'change-prev' | 'share' | 'contribution';

export interface ExtractedPeriod {
  /** Printed the official way: "quý III/2025", "9 tháng đầu năm 2025". */
  label: string;
  start: string;
  end: string;
  period: Period;
  /** Where the period came from: the figure's own words, its sentence, or the context before. */
  source: 'figure' | 'sentence' | 'context' | 'comparison';
}

export interface FigureProposal {
  subject: string;
  /** A dictionary indicator key ("gdp") or, with a vault, an existing indicator's id. */
  indicatorKey?: string;
  indicatorId?: string;
  value: number;
  /** The upper end of a range ("8,3–8,5%"). */
  valueHigh?: number;
  unit: string;
  kind: FigureKind;
  period: ExtractedPeriod | null;
  /** "ước" (estimate) or "khoảng/gần/hơn" (approximate) stood before the value. */
  qualifier?: 'estimate' | 'approximate';
  quote: string;
  start: number;
  end: number;
  rule: string;
  /** True when something was guessed (subject or period from far context): not accepted by default. */
  ambiguous: boolean;
}

export interface DirectiveProposal {
  lead: string;
  coordinating: string[];
  task: string;
  due?: string;
  dueText: string;
  product?: string;
  authority?: string;
  quote: string;
  start: number;
  end: number;
  rule: string;
  ambiguous: boolean;
}

export interface PersonFact {
  name: string;
  title: string;
}

export interface MeetingProposal {
  date?: string;
  dateText?: string;
  chair?: PersonFact;
  place?: string;
  connectionPoints?: number;
  connectionText?: string;
  attendees: PersonFact[];
  title?: string;
  quote: string;
  start: number;
  end: number;
  rule: string;
}

export interface Extraction {
  figures: FigureProposal[];
  directives: DirectiveProposal[];
  meeting?: MeetingProposal;
}
