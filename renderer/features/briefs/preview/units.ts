// CSS pixels per millimetre and per point (96 px to the inch), and the height of a single line
// per point of type as the PDF sets it: pdfmake gives a line the font's ascent plus descent
// (Liberation Serif: 1825 + 443 of 2048 units), without the line gap.
export const PX_PER_MM = 96 / 25.4;
export const PX_PER_PT = 96 / 72;
export const LINE_FACTOR = (1825 + 443) / 2048;
