// Printing the brief as its A4 preview.
export const printVi = {
  'print.brief': 'In',
  'print.briefTitle': 'In văn bản đúng như bản xem trước khổ A4 (Ctrl+P)',
} as const;

export const printEn: Record<keyof typeof printVi, string> = {
  'print.brief': 'Print',
  'print.briefTitle': 'Print the document exactly as its A4 preview (Ctrl+P)',
};
