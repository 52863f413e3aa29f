// Why a card or a package was refused, in words an official can act on (and forward): each
// check of the opening order in security.md has its own code and message.
import type { z } from 'zod';
import { AppFailure } from '../../../shared/result';

/** 2025-09-01 → 1/9/2025, as dates are written in Vietnamese. */
const vnDate = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}/${Number(m)}/${y}`;
};

export const exchangeFailures = {
  /**
   * What is about to be signed (a card, a package's manifest) fails its own schema: the details
   * given cannot make one. Every issue is listed, field by field, for the one who reads the log.
   */
  notBuilt: (message: string, messageEn: string, error: z.ZodError) =>
    AppFailure.of('invalid-input', message, messageEn, {
      issues: error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    }),
  cardInvalid: (why: string, whyEn: string) =>
    AppFailure.of(
      'card-invalid',
      `Thẻ định danh không hợp lệ: ${why}.`,
      `The identity card is not valid: ${whyEn}.`,
    ),
  tooLarge: (limitMb: number) =>
    AppFailure.of(
      'package-too-large',
      `Gói quá lớn (tối đa ${limitMb} MB). Không mở.`,
      `The package is too large (at most ${limitMb} MB). Not opened.`,
    ),
  tooLargeToSeal: (limitMb: number) =>
    AppFailure.of(
      'package-too-large',
      `Nội dung đã chọn vượt quá cỡ gói tối đa (${limitMb} MB). Hãy chia thành nhiều gói.`,
      `The chosen content exceeds the largest package (${limitMb} MB). Split it into several packages.`,
    ),
  notForMe: () =>
    AppFailure.of(
      'package-not-for-me',
      'Gói này không được mã hóa cho đơn vị của bạn: không mở được.',
      'This package was not encrypted for your organisation: it cannot be opened.',
    ),
  corrupt: (detail: string) =>
    AppFailure.of(
      'package-corrupt',
      `Gói bị hỏng hoặc đã bị sửa đổi (${detail}). Không có gì được nhập.`,
      `The package is damaged or was altered (${detail}). Nothing was imported.`,
    ),
  unknownSender: (name: string, fingerprint: string) =>
    AppFailure.of(
      'package-unknown-sender',
      `Gói do "${name}" (dấu vân tay ${fingerprint}) gửi, nhưng đơn vị này chưa có trong danh bạ đã xác minh. Hãy nhập và đối chiếu thẻ định danh của họ trước.`,
      `The package was sent by "${name}" (fingerprint ${fingerprint}), who is not a verified contact. Import and compare their identity card first.`,
    ),
  revokedSender: (name: string) =>
    AppFailure.of(
      'package-revoked-sender',
      `Thẻ định danh của người gửi "${name}" đã bị thu hồi: gói không được chấp nhận.`,
      `The sender "${name}"'s identity card was revoked: the package is not accepted.`,
    ),
  badSignature: () =>
    AppFailure.of(
      'package-bad-signature',
      'Chữ ký của gói không khớp với người gửi: gói có thể đã bị giả mạo. Không có gì được nhập.',
      'The package signature does not match the sender: it may be forged. Nothing was imported.',
    ),
  forwarded: () =>
    AppFailure.of(
      'package-forwarded',
      'Gói này không gửi cho đơn vị của bạn (đã bị chuyển tiếp hoặc gửi nhầm). Hãy đề nghị người gửi gửi trực tiếp.',
      'This package was not addressed to your organisation (forwarded or misaddressed). Ask the sender to send it directly.',
    ),
  hashMismatch: (item: string) =>
    AppFailure.of(
      'package-hash-mismatch',
      `Nội dung "${item}" không khớp với bản kê đã ký: gói đã bị sửa đổi. Không có gì được nhập.`,
      `The content of "${item}" does not match the signed manifest: the package was altered. Nothing was imported.`,
    ),
  replay: (packageId: string) =>
    AppFailure.of(
      'package-replay',
      `Gói ${packageId} đã được mở trước đây: không nhập lại.`,
      `Package ${packageId} was opened before: it is not imported again.`,
    ),
  expired: (at: string) =>
    AppFailure.of(
      'package-expired',
      `Gói đã hết hạn từ ${at}: không mở. Hãy đề nghị người gửi gửi lại.`,
      `The package expired at ${at}: not opened. Ask the sender to send it again.`,
    ),
  cardNotYetValid: (name: string, from: string) =>
    AppFailure.of(
      'card-invalid',
      `Thẻ định danh của "${name}" chỉ có hiệu lực từ ngày ${vnDate(from)}: chưa dùng được.`,
      `The identity card of "${name}" is valid only from ${from}: it cannot be used yet.`,
    ),
  cardExpired: (name: string, until: string) =>
    AppFailure.of(
      'card-invalid',
      `Thẻ định danh của "${name}" đã hết hiệu lực từ sau ngày ${vnDate(until)}. Hãy đề nghị đơn vị gửi thẻ mới.`,
      `The identity card of "${name}" expired after ${until}. Ask the organisation for a new card.`,
    ),
  /**
   * The signed manifest names the sender differently from the pinned card. Refused rather than
   * shown under the pinned name: a verified key signing another ministry's name is either a
   * stale card (the sender re-issued theirs; they send the new one) or an attempt to pass as
   * someone else, and neither should reach an import.
   */
  senderMismatch: (claimed: string, pinned: string) =>
    AppFailure.of(
      'package-sender-mismatch',
      `Gói ghi người gửi là "${claimed}" nhưng thẻ đã xác minh của khóa ký là "${pinned}": không mở. Hãy liên hệ "${pinned}" để đối chiếu.`,
      `The package names its sender "${claimed}" but the verified card of its signing key is "${pinned}": not opened. Check with "${pinned}".`,
    ),
  unsafeAttachment: (name: string) =>
    AppFailure.of(
      'package-unsafe-attachment',
      `Tệp kèm "${name}" không phải tệp .pdf hoặc .docx có tên hợp lệ: gói không được mở. Không có gì được nhập.`,
      `The attachment "${name}" is not a .pdf or .docx file with a clean name: the package is not opened. Nothing was imported.`,
    ),
};
