import type { SecrecyLevel, UrgencyLevel } from './common';

/** The printed words of each mark, as Decree 30 and the state-secret rules spell them. */
export const SECRECY_MARK: Record<SecrecyLevel, string> = {
  none: '',
  mat: 'MẬT',
  'toi-mat': 'TỐI MẬT',
  'tuyet-mat': 'TUYỆT MẬT',
};

export const URGENCY_MARK: Record<UrgencyLevel, string> = {
  none: '',
  khan: 'KHẨN',
  'thuong-khan': 'THƯỢNG KHẨN',
  'hoa-toc': 'HỎA TỐC',
};

/**
 * Shown whenever a secrecy mark is chosen (security.md, document-format.md §4.1): the law
 * forbids handling state secrets on ordinary connected machines, so the mark is a blocking
 * flag, not a style.
 */
export const SECRECY_WARNING = {
  vi:
    'Cảnh báo: Luật Bảo vệ bí mật nhà nước số 117/2025/QH15 cấm soạn thảo, lưu giữ, truyền đưa ' +
    'bí mật nhà nước trên máy tính, thiết bị có kết nối Internet. Chỉ dùng dấu độ mật trên hệ ' +
    'thống đã được cấp phép; bản ghi mang dấu độ mật sẽ không được đóng gói gửi đi.',
  en:
    'Warning: Law 117/2025/QH15 on the Protection of State Secrets forbids drafting, storing or ' +
    'transmitting state secrets on Internet-connected computers. Use a secrecy mark only on an ' +
    'accredited system; records carrying one will not be put into packages.',
} as const;

export const isSecret = (level: SecrecyLevel): boolean => level !== 'none';
