// The DOCX package as Word reads it: parts a clerk never sees but Word does — the footnote
// separators (a footnote-reference run in them makes Word offer to repair the file), the font
// table, the document language, the heading styles its navigation pane lists, and the
// properties that name who made the file.
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBrief, type Brief } from '../../../shared/brief';
import { exportDocx } from '../../../electron/services/export';
import { sampleContext } from '../../unit/brief/fixtures';

let zip: JSZip;
let brief: Brief;
const part = async (path: string): Promise<string> => {
  const file = zip.file(path);
  if (!file) throw new Error(`no ${path} in the package`);
  return file.async('string');
};

beforeAll(async () => {
  // The report cites figures, so it has footnotes, and numbered sections.
  brief = createBrief('report', sampleContext());
  zip = await JSZip.loadAsync(await exportDocx(brief));
});

describe('the DOCX package is one Word opens without complaint', () => {
  it('footnote separators hold only their separator run; each note starts with its reference mark', async () => {
    const xml = await part('word/footnotes.xml');
    const separator =
      /<w:footnote w:type="separator" w:id="-1">(.*?)<\/w:footnote>/.exec(xml)?.[1] ?? '';
    const continuation =
      /<w:footnote w:type="continuationSeparator" w:id="0">(.*?)<\/w:footnote>/.exec(xml)?.[1] ??
      '';
    expect(separator).toContain('<w:separator/>');
    expect(continuation).toContain('<w:continuationSeparator/>');
    for (const s of [separator, continuation]) {
      expect(s).not.toContain('footnoteRef');
      expect(s.match(/<w:r>/g)).toHaveLength(1);
    }
    const notes = [...xml.matchAll(/<w:footnote w:id="(\d+)">(.*?)<\/w:footnote>/g)];
    expect(notes.length).toBeGreaterThan(0);
    for (const [, , body] of notes) expect(body).toContain('<w:footnoteRef/>');
  });

  it('the font table declares Times New Roman', async () => {
    expect(await part('word/fontTable.xml')).toMatch(
      /<w:font w:name="Times New Roman">.*<w:family w:val="roman"\/>/,
    );
  });

  it('the document defaults are Vietnamese (vi-VN), so Word checks the spelling in Vietnamese', async () => {
    const styles = await part('word/styles.xml');
    const defaults = /<w:docDefaults>(.*?)<\/w:docDefaults>/.exec(styles)?.[1] ?? '';
    expect(defaults).toContain('<w:lang w:val="vi-VN"');
  });

  it("headings use Word's built-in heading styles with outline levels, in black Times New Roman", async () => {
    const styles = await part('word/styles.xml');
    const doc = await part('word/document.xml');
    const heading2 =
      /<w:style w:type="paragraph" w:styleId="Heading2">(.*?)<\/w:style>/.exec(styles)?.[1] ?? '';
    expect(heading2).toContain('<w:outlineLvl w:val="1"/>');
    expect(heading2).toContain('<w:color w:val="000000"/>');
    expect(heading2).toContain('w:ascii="Times New Roman"');
    // "I. KẾT QUẢ ĐẠT ĐƯỢC" is a heading 2 of the report.
    const para =
      /<w:p>(?:(?!<\/w:p>).)*KẾT QUẢ ĐẠT ĐƯỢC(?:(?!<\/w:p>).)*<\/w:p>/.exec(doc)?.[0] ?? '';
    expect(para).toContain('<w:pStyle w:val="Heading2"/>');
    // No style named after the app.
    expect(styles).not.toMatch(/Briefing Desk \d+pt/);
  });

  it('the properties name the drafting person and the organisation, not "Un-named"', async () => {
    const core = await part('docProps/core.xml');
    const app = await part('docProps/app.xml');
    expect(core).not.toContain('Un-named');
    expect(core).toContain(`<dc:creator>${brief.header.drafter.initials}</dc:creator>`);
    expect(core).toContain(
      `<cp:lastModifiedBy>${brief.header.drafter.initials}</cp:lastModifiedBy>`,
    );
    expect(app).toContain('<Company>Văn phòng Chính phủ</Company>');
  });

  it('number-symbols and year ranges carry word joiners, so no word processor breaks them', async () => {
    const doc = await part('word/document.xml');
    expect(doc).toContain('59-\u2060NQ/\u2060TW');
    expect(doc).not.toMatch(/59-NQ/);
  });
});
