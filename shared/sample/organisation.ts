// The organisation profile `briefing-desk demo` sets, so a new user can go demo → brief new →
// export → brief issue without editing anything. The signer and drafter are sample people.
import type { BriefOrganisation } from '../brief/templates/context';

/** "Bộ Ngoại giao" → "BNG", "Văn phòng Chính phủ" → "VPCP": the initials of each word. */
export function abbreviationOf(name: string): string {
  return name
    .normalize('NFC')
    .split(/\s+/u)
    .filter(Boolean)
    .map((w) => w.charAt(0).toLocaleUpperCase('vi'))
    .join('')
    .slice(0, 30);
}

export const SAMPLE_ISSUER = 'Bộ Ngoại giao';

export function sampleOrganisation(name: string = SAMPLE_ISSUER): BriefOrganisation {
  return {
    name,
    superiorBody: '',
    abbreviation: abbreviationOf(name),
    draftingUnit: 'TH',
    place: 'Hà Nội',
    signer: {
      authority: 'KT',
      authorityOf: 'Bộ trưởng',
      title: 'Thứ trưởng',
      name: 'Nguyễn Văn An',
    },
    otherSigners: [
      { authority: 'none', authorityOf: '', title: 'Bộ trưởng', name: 'Trần Văn Bình' },
    ],
    drafterInitials: 'TTH',
  };
}
