// CSS pixels per millimetre and per point (96 px to the inch), and the height of a single line
// per point of type as both exports set it (the layout's line pitch: single spacing of Times New
// Roman / Liberation Serif, ascent + descent + line gap).
import { LINE_PITCH_PER_PT } from '../../../../shared/brief/layout';

export const PX_PER_MM = 96 / 25.4;
export const PX_PER_PT = 96 / 72;
export const LINE_FACTOR = LINE_PITCH_PER_PT;
