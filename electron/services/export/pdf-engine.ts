// Hot spots of pdfmake 0.3 and PDFKit 0.19, replaced by equivalents that compute the same
// values with less work. A profile of the 100-page bench brief put them at about a quarter of a
// warm export, with the garbage they make:
// - pdfmake looks up each of ~20 style properties of every word by pushing the word on its
//   style stack, allocating a closure and a Set per lookup, and walking the stack;
// - PDFKit turns every operator of a page's content stream into a Buffer of its own and joins
//   them once the page ends;
// - PDFKit lays out and encodes each word again every time it is measured or drawn;
// - pdfmake draws a line word by word, and PDFKit wraps each word in a text object of its own
//   (save, transform, colour, opacity, font, position, restore: ~130 bytes of content a word,
//   90 KB a page, all of it built, then compressed).
// The first three return the same values and write the same bytes. The last writes a line of
// same-coloured words as one text object holding each word at the very position PDFKit gave
// it: the pages render to the same pixels and the same text (test/integration/export). Each
// checks the shape it relies on and leaves the library as it is if that changed, which only
// costs the time back.
import { createRequire } from 'node:module';
import { installWholeLines } from './pdf-lines';

type Style = Record<string, unknown>;

interface StyleStack {
  styleDictionary: Record<string, Style | undefined>;
  defaultStyle?: Style;
  styleOverrides?: (string | Style)[];
}

const isValue = (v: unknown): boolean => v !== undefined && v !== null;
/** pdfmake's isString: a string primitive or a String object (a named style either way). */
const isString = (v: unknown): boolean => typeof v === 'string' || v instanceof String;

/** A named style's property, through what it extends (pdfmake's getStylePropertyFromStyle). */
function fromNamedStyle(
  stack: StyleStack,
  name: string,
  property: string,
  visited: Set<string> = new Set(),
): unknown {
  if (visited.has(name)) return undefined;
  visited.add(name);
  const style = stack.styleDictionary[name];
  if (!style) return undefined;
  if (isValue(style[property])) return style[property];
  if (style.extends) {
    const parents = (Array.isArray(style.extends) ? style.extends : [style.extends]) as string[];
    for (let i = parents.length - 1; i >= 0; i--) {
      const value = fromNamedStyle(stack, parents[i]!, property, visited);
      if (isValue(value)) return value;
    }
  }
  return undefined;
}

/** The stack's value of a property, top first, then the default style (pdfmake's getProperty). */
function stackProperty(stack: StyleStack, property: string): unknown {
  const overrides = stack.styleOverrides;
  if (overrides) {
    for (let i = overrides.length - 1; i >= 0; i--) {
      const item = overrides[i]!;
      if (isString(item)) {
        const value = fromNamedStyle(stack, String(item), property);
        if (isValue(value)) return value;
      } else {
        const value = (item as Style)[property];
        if (isValue(value)) return value;
      }
    }
  }
  return stack.defaultStyle && stack.defaultStyle[property];
}

/**
 * pdfmake's StyleContextStack.getStyleProperty without pushing the item: it would be looked at
 * first (its own value, already known to be absent), then its named styles, last one first,
 * then the stack. Strings and sections push nothing.
 */
function styleProperty(
  item: Style | string,
  stack: StyleStack | undefined,
  property: string,
  defaultValue: unknown,
): unknown {
  const own = (item as Style)[property];
  if (isValue(own)) return own;
  if (!stack) return defaultValue;
  const node = item as Style;
  if (!isString(item) && typeof node.section === 'undefined' && node.style) {
    const names = (Array.isArray(node.style) ? node.style : [node.style]) as (string | Style)[];
    for (let i = names.length - 1; i >= 0; i--) {
      const name = names[i]!;
      const value = isString(name)
        ? fromNamedStyle(stack, String(name), property)
        : (name as Style)[property];
      if (isValue(value)) return value;
    }
  }
  const value =
    memo?.stack === stack ? memoProperty(memo, property) : stackProperty(stack, property);
  return isValue(value) ? value : defaultValue;
}

/**
 * While pdfmake breaks and measures one text node into words (TextInlines.buildInlines), its
 * style stack stays as it is: every word asks it the same ~20 questions, answered once here.
 */
interface Memo {
  stack: StyleStack;
  /** The stack's answers by property; `absent` for a property it has no value for. */
  values: Record<string, unknown>;
}

const absent = Symbol('absent');

let memo: Memo | null = null;

function memoProperty(m: Memo, property: string): unknown {
  const known = m.values[property];
  if (known !== undefined) return known === absent ? undefined : known;
  const value = stackProperty(m.stack, property);
  m.values[property] = value === undefined ? absent : value;
  return value;
}

type BuildInlines = (
  this: unknown,
  text: unknown,
  stack: StyleStack,
  ...rest: unknown[]
) => unknown;

function installStyleLookup(require: NodeJS.Require): boolean {
  const mod = require('pdfmake/js/StyleContextStack') as {
    default?: {
      getStyleProperty?: unknown;
      prototype: { getProperty?: unknown; autopush?: unknown };
    };
  };
  const cls = mod.default;
  if (
    typeof cls?.getStyleProperty !== 'function' ||
    typeof cls.prototype.getProperty !== 'function' ||
    typeof cls.prototype.autopush !== 'function'
  )
    return false;
  const inlines = require('pdfmake/js/TextInlines') as {
    default?: { prototype: { buildInlines?: unknown } };
  };
  const buildInlines = inlines.default?.prototype.buildInlines as BuildInlines | undefined;
  if (typeof buildInlines !== 'function') return false;
  inlines.default!.prototype.buildInlines = function (
    this: unknown,
    text: unknown,
    stack: StyleStack,
    ...rest: unknown[]
  ) {
    const outer = memo;
    memo = stack ? { stack, values: Object.create(null) as Record<string, unknown> } : null;
    try {
      return buildInlines.call(this, text, stack, ...rest);
    } finally {
      memo = outer;
    }
  } satisfies BuildInlines;
  cls.getStyleProperty = styleProperty;
  cls.prototype.getProperty = function (this: StyleStack, property: string) {
    return stackProperty(this, property);
  };
  return true;
}

interface Reference {
  document: { compress?: boolean };
  data: { Length?: number | null; Filter?: string };
  compress: boolean;
  uncompressedLength: number;
  buffer: Uint8Array[];
  /** Operators written since the last Buffer, as one string. */
  bdText?: string;
}

type Write = (this: Reference, chunk: unknown) => void;
type Finalize = (this: Reference) => void;

/**
 * PDFKit's PDFReference.write keeps text operators as one string until the stream needs its
 * bytes: `Buffer.from(a + '\n' + b + '\n', 'binary')` is byte for byte the concatenation of the
 * Buffers PDFKit made of each, and Length counts the same (one byte per character in 'binary').
 */
function installContentText(require: NodeJS.Require): boolean {
  const PDFDocument = require('pdfkit') as { prototype: { ref?: unknown } };
  const ref = PDFDocument.prototype.ref;
  if (typeof ref !== 'function') return false;
  // A reference made for a stand-in document: only its class is wanted.
  const probe = (ref as (this: unknown) => Reference).call({
    _offsets: [],
    _waiting: 0,
    compress: false,
  });
  const proto = Object.getPrototypeOf(probe) as {
    write?: unknown;
    finalize?: unknown;
    end?: unknown;
  };
  if (
    typeof proto.write !== 'function' ||
    typeof proto.finalize !== 'function' ||
    typeof proto.end !== 'function' ||
    !Array.isArray(probe.buffer) ||
    probe.uncompressedLength !== 0
  )
    return false;
  const write = proto.write as Write;
  const finalize = proto.finalize as Finalize;
  const flush = (r: Reference) => {
    if (r.bdText) {
      r.buffer.push(Buffer.from(r.bdText, 'binary'));
      r.bdText = '';
    }
  };
  proto.write = function (this: Reference, chunk: unknown) {
    if (chunk instanceof Uint8Array) {
      flush(this);
      write.call(this, chunk);
      return;
    }
    // As PDFKit writes it: `chunk + '\n'`, whatever the chunk is.
    const text = (chunk as string) + '\n';
    this.bdText = (this.bdText ?? '') + text;
    this.uncompressedLength += text.length;
    if (this.data.Length === undefined || this.data.Length === null) this.data.Length = 0;
    this.data.Length += text.length;
    if (this.compress) this.data.Filter = 'FlateDecode';
  } satisfies Write;
  proto.finalize = function (this: Reference) {
    flush(this);
    finalize.call(this);
  } satisfies Finalize;
  return true;
}

interface Layout {
  glyphs: unknown[] | null;
  positions: unknown[] | null;
  advanceWidth: number;
}

interface EmbeddedFont {
  /** PDFKit's per-font cache of laid-out runs; absent when the document turned it off. */
  layoutCache?: object;
  bdLayouts?: Map<string, Layout>;
  bdWidths?: Map<string, Layout>;
  bdEncoded?: Map<string, [string[], unknown[]]>;
}

type FontLayout = (
  this: EmbeddedFont,
  text: string,
  features?: unknown,
  onlyWidth?: boolean,
) => Layout;
type FontEncode = (this: EmbeddedFont, text: string, features?: unknown) => [string[], unknown[]];

/**
 * PDFKit lays out and encodes every word of the document again each time it is measured or
 * drawn, though a word without font features always comes out the same: its runs are already
 * cached per font (layoutCache), and the glyphs it adds to the font subset are added once
 * (includeGlyph and the widths and code points are first-time-only). The word's whole layout
 * and encoding are kept per font, for one document, and handed out as they were made; their
 * readers (measuring, _fragment) only read them.
 */
function cacheFontWork(proto: { layout?: unknown; encode?: unknown }): boolean {
  const layout = proto.layout as FontLayout | undefined;
  const encode = proto.encode as FontEncode | undefined;
  if (typeof layout !== 'function' || typeof encode !== 'function') return false;
  proto.layout = function (this: EmbeddedFont, text, features, onlyWidth) {
    if (features || !this.layoutCache) return layout.call(this, text, features, onlyWidth);
    const cache = onlyWidth ? (this.bdWidths ??= new Map()) : (this.bdLayouts ??= new Map());
    let result = cache.get(text);
    if (!result) {
      result = layout.call(this, text, features, onlyWidth);
      cache.set(text, result);
    }
    return result;
  } satisfies FontLayout;
  proto.encode = function (this: EmbeddedFont, text, features) {
    if (features || !this.layoutCache) return encode.call(this, text, features);
    const cache = (this.bdEncoded ??= new Map());
    let result = cache.get(text);
    if (!result) {
      result = encode.call(this, text, features);
      cache.set(text, result);
    }
    return result;
  } satisfies FontEncode;
  return true;
}

/** The font class is PDFKit's own and not exported: it is reached through the first font. */
function installFontCache(require: NodeJS.Require): boolean {
  const mod = require('pdfmake/js/PDFDocument') as {
    default?: { prototype: { provideFont?: unknown } };
  };
  const proto = mod.default?.prototype;
  const provideFont = proto?.provideFont as ((...args: unknown[]) => unknown) | undefined;
  if (!proto || typeof provideFont !== 'function') return false;
  const done = new WeakSet<object>();
  proto.provideFont = function (this: unknown, ...args: unknown[]) {
    const font = provideFont.apply(this, args);
    const fontProto: unknown = font && Object.getPrototypeOf(font);
    if (fontProto && typeof fontProto === 'object' && !done.has(fontProto)) {
      done.add(fontProto);
      // Only PDFKit's embedded (TrueType) fonts have a layout cache to rely on.
      if ('layoutCache' in (font as object)) cacheFontWork(fontProto);
    }
    return font;
  };
  return true;
}

/** Which of the speedups that keep every byte took (the fourth, lines, is reported beside). */
interface Installed {
  styles: boolean;
  contentText: boolean;
  fonts: boolean;
}

let installed: Installed | null = null;
let linesInstalled: boolean | null = null;

const attempt = (f: () => boolean) => {
  try {
    return f();
  } catch {
    return false;
  }
};

/** Installs every replacement once per process; says which took. */
export function installPdfEngineSpeedups(): Installed & { lines: boolean } {
  const same = installByteForByteSpeedups();
  linesInstalled ??= attempt(() => installWholeLines(createRequire(import.meta.url)));
  return { ...same, lines: linesInstalled };
}

/** The three replacements after which a PDF is byte for byte what it was (tests compare). */
export function installByteForByteSpeedups(): Installed {
  if (installed) return installed;
  // pdfmake's own PDFKit, the one it draws with.
  const fromPdfmake = createRequire(createRequire(import.meta.url).resolve('pdfmake'));
  installed = {
    styles: attempt(() => installStyleLookup(createRequire(import.meta.url))),
    contentText: attempt(() => installContentText(fromPdfmake)),
    fonts: attempt(() => installFontCache(createRequire(import.meta.url))),
  };
  return installed;
}
