// Deterministic Vietnamese text for the benchmark: sentences drawn from a vocabulary of real
// words and phrases of government meeting reports (with their diacritics, NFC), Vietnamese
// names and agencies. Seeded, so every run (and both databases) get the same records.

/** mulberry32: small, fast, good enough to pick words (and the kill -9 loop's replayable rounds). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const nfcAll = (s: string) => s.split('|').map((w) => w.trim().normalize('NFC'));

export const NOUNS = nfcAll(
  'hội nhập quốc tế|đầu tư|đầu tư nước ngoài|kinh tế|thương mại|xuất khẩu|nhập khẩu|chuyển đổi số|hạ tầng|giao thông|' +
    'năng lượng|nguồn nhân lực|giáo dục|đào tạo|y tế|khoa học|công nghệ|đổi mới sáng tạo|thể chế|pháp luật|' +
    'ngân sách|tài chính|tín dụng|lãi suất|tỷ giá|lạm phát|tăng trưởng|sản xuất|nông nghiệp|thủy sản|' +
    'công nghiệp|dịch vụ|du lịch|văn hóa|xã hội|an sinh|việc làm|lao động|biến đổi khí hậu|môi trường|' +
    'quốc phòng|an ninh|đối ngoại|ngoại giao|hợp tác|đối tác|hiệp định|cam kết|thủ tục hành chính|cải cách|' +
    'doanh nghiệp|hợp tác xã|thị trường|chuỗi cung ứng|logistics|cảng biển|sân bay|đường cao tốc|đường sắt|điện lực|' +
    'dữ liệu|an toàn thông tin|chính phủ điện tử|dịch vụ công|kế hoạch|đề án|chiến lược|chương trình|dự án|nghị quyết|' +
    'nghị định|thông tư|quyết định|chỉ thị|báo cáo|tổng kết|sơ kết|đánh giá|giám sát|kiểm tra|' +
    'địa phương|vùng|tỉnh|thành phố|đồng bằng sông Cửu Long|Tây Nguyên|miền Trung|Đông Nam Bộ|biên giới|hải đảo',
);
export const VERBS = nfcAll(
  'thúc đẩy|tăng cường|hoàn thiện|triển khai|thực hiện|đẩy mạnh|nâng cao|tháo gỡ|giải quyết|rà soát|' +
    'xây dựng|ban hành|sửa đổi|bổ sung|phối hợp|chỉ đạo|đôn đốc|theo dõi|đánh giá|tổng hợp|' +
    'thu hút|mở rộng|phát triển|bảo đảm|củng cố|khắc phục|ưu tiên|huy động|phân bổ|giải ngân',
);
export const QUALIFIERS = nfcAll(
  'sâu rộng|hiệu quả|thực chất|kịp thời|đồng bộ|toàn diện|bền vững|chất lượng cao|quyết liệt|minh bạch|' +
    'trọng tâm|trọng điểm|cấp bách|lâu dài|chủ động|linh hoạt|nhất quán|thống nhất|khả thi|cụ thể',
);
export const CONNECTORS = nfcAll(
  'trong thời gian tới|theo đúng tiến độ|trong năm 2025|trước ngày 31 tháng 12|trên cơ sở|nhằm|để|đồng thời|' +
    'bên cạnh đó|tuy nhiên|mặt khác|qua đó|góp phần|theo chức năng, nhiệm vụ được giao|với sự tham gia của',
);
export const FAMILY = nfcAll(
  'Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý',
);
export const MIDDLE = nfcAll('Văn|Thị|Minh|Đức|Thanh|Quốc|Hữu|Ngọc|Xuân|Hồng|Thế|Anh');
export const GIVEN = nfcAll(
  'Hùng|Lan|Hương|Dũng|Tuấn|Hải|Long|Sơn|Thắng|Hòa|Bình|Phương|Trang|Nam|Khánh|Quỳnh|Tâm|Việt|Cường|Hạnh',
);
export const AGENCIES = nfcAll(
  'Bộ Ngoại giao|Bộ Tài chính|Bộ Công Thương|Bộ Kế hoạch và Đầu tư|Bộ Quốc phòng|Bộ Công an|Bộ Giáo dục và Đào tạo|' +
    'Bộ Y tế|Bộ Khoa học và Công nghệ|Bộ Nông nghiệp và Môi trường|Bộ Xây dựng|Bộ Nội vụ|Bộ Tư pháp|' +
    'Ngân hàng Nhà nước Việt Nam|Văn phòng Chính phủ|Ủy ban nhân dân Thành phố Hồ Chí Minh|Ủy ban nhân dân Thành phố Hà Nội|' +
    'Ủy ban nhân dân tỉnh Cà Mau|Ủy ban nhân dân tỉnh Quảng Ninh|Ủy ban nhân dân Thành phố Đà Nẵng|Phòng Thương mại và Công nghiệp Việt Nam',
);
export const TITLES = nfcAll(
  'Bộ trưởng|Thứ trưởng|Chủ tịch|Phó Chủ tịch|Vụ trưởng|Cục trưởng|Giám đốc|Chánh Văn phòng|Tổng cục trưởng',
);
export const PLACES = nfcAll(
  'Trụ sở Chính phủ, Hà Nội|Hà Nội|Thành phố Hồ Chí Minh|Đà Nẵng|Cần Thơ|Cà Mau|Hải Phòng|Quảng Ninh|Huế|Nghệ An',
);

export class Writer {
  constructor(readonly random: () => number) {}

  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.random() * xs.length)] as T;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.random() < p;
  }

  person(): string {
    return `${this.pick(FAMILY)} ${this.pick(MIDDLE)} ${this.pick(GIVEN)}`;
  }

  /** One sentence: "Thúc đẩy đầu tư hiệu quả, tăng cường hạ tầng đồng bộ trong thời gian tới." */
  sentence(): string {
    const clauses = this.int(1, 3);
    const parts: string[] = [];
    for (let i = 0; i < clauses; i++)
      parts.push(`${this.pick(VERBS)} ${this.pick(NOUNS)} ${this.pick(QUALIFIERS)}`);
    let s = parts.join(', ');
    if (this.chance(0.6)) s += ` ${this.pick(CONNECTORS)} ${this.pick(NOUNS)}`;
    if (this.chance(0.2)) s += ` của ${this.pick(AGENCIES)}`;
    return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
  }

  /** Sentences until at least `chars` characters. */
  paragraph(chars: number): string {
    let out = '';
    while (out.length < chars) out += (out ? ' ' : '') + this.sentence();
    return out;
  }

  /** A short title-like phrase: "Hội nghị tổng kết đầu tư và hạ tầng". */
  title(prefix: string): string {
    return `${prefix} ${this.pick(NOUNS)} và ${this.pick(NOUNS)}`;
  }
}
