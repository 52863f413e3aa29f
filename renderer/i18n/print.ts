// Printing the brief as its A4 preview.
export const printVi = {
  'print.brief': 'In',
  'print.briefTitle': 'In văn bản đúng như bản xem trước khổ A4 (Ctrl+P)',
  'print.register': 'In sổ',
  'print.registerTitle': 'In sổ thành bảng trên khổ A4 ngang, đúng bộ lọc đang chọn (Ctrl+P)',
  'print.caption': 'In lúc {time} · {n} dòng',
  'print.filters': 'Lọc theo: {list}',
} as const;

export const printEn: Record<keyof typeof printVi, string> = {
  'print.brief': 'Print',
  'print.briefTitle': 'Print the document exactly as its A4 preview (Ctrl+P)',
  'print.register': 'Print register',
  'print.registerTitle':
    'Print the register as a table on landscape A4, with the filters applied (Ctrl+P)',
  'print.caption': 'Printed at {time} · {n} rows',
  'print.filters': 'Filtered by: {list}',
};
