import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
  type IParagraphOptions,
} from 'docx'
import type { Block, LetterModel } from '../model.js'
import { paragraphDirection } from './bidi.js'
import { printable } from '../characters.js'

// A Word document the family can edit before sending: real Heading 1/2 styles, normal
// paragraphs and a real bulleted list, so screen readers and Word's navigation pane work.

const BULLETS = 'sendpath-bullets'
/**
 * Arial for Latin text; for Arabic script (Arabic, Persian, Sorani, Urdu) and for Chinese, the
 * fonts the PDF letters use (Noto Sans Arabic, Noto Sans CJK SC). Word takes the font for each
 * character's script from these slots, and a computer without Noto puts in its own font for
 * that script.
 */
const FONT = { ascii: 'Arial', hAnsi: 'Arial', cs: 'Noto Sans Arabic', eastAsia: 'Noto Sans CJK SC' }
/** A4 and 1 inch (1440 twips, 72pt) margins, as the PDF. */
const PAGE = { size: { width: 11906, height: 16838 }, margin: { top: 1440, right: 1440, bottom: 1440, left: 1440 } }

/** Runs for one string: its line breaks become Word line breaks. */
const runs = (text: string) =>
  printable(text)
    .split('\n')
    .map((line, i) => new TextRun(i === 0 ? { text: line } : { text: line, break: 1 }))

/**
 * A paragraph that reads right to left when its first strong character does (Arabic, Hebrew).
 * Address lines stay left to right, so the block keeps its alignment; Word still shows any
 * Arabic or Hebrew inside them the right way round.
 */
function para(text: string, options: Omit<IParagraphOptions, 'children'> = {}, autoDirection = true) {
  return new Paragraph({
    ...options,
    ...(autoDirection && paragraphDirection(text) === 'rtl' ? { bidirectional: true } : {}),
    children: runs(text),
  })
}

function block(b: Block): Paragraph[] {
  switch (b.kind) {
    case 'heading':
      return [para(b.text, { heading: HeadingLevel.HEADING_2 })]
    case 'paragraph':
      return [para(b.text)]
    case 'list':
      return b.items.map((item) => para(item, { numbering: { reference: BULLETS, level: 0 } }))
  }
}

/** Lines with no space between them, as in an address block. */
const addressBlock = (lines: string[], alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
  lines.map((line, i) =>
    para(line, { spacing: { after: i === lines.length - 1 ? 240 : 0 }, ...(alignment ? { alignment } : {}) }, false),
  )

export function buildDocx(model: LetterModel): Document {
  const children: Paragraph[] = [
    ...addressBlock([model.sender.name, ...model.sender.lines], AlignmentType.RIGHT),
    ...addressBlock(model.recipient),
    para(model.date, { spacing: { after: 240 } }),
  ]
  if (model.reference !== undefined) children.push(para(model.reference))
  children.push(
    para(model.subject, { heading: HeadingLevel.HEADING_1 }),
    para(model.salutation),
    ...model.blocks.flatMap(block),
    para(model.signOff.closing, { spacing: { before: 240, after: 720 } }),
    para(model.signOff.name),
  )

  return new Document({
    title: printable(model.title),
    subject: printable(model.subject),
    creator: printable(model.signOff.name),
    description: 'Letter written with sendpath',
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 24, language: { value: 'en-GB' } },
          paragraph: { spacing: { after: 160, line: 276 } },
        },
        heading1: {
          run: { font: FONT, size: 32, bold: true, color: '000000' },
          paragraph: { spacing: { before: 240, after: 240 }, keepNext: true, outlineLevel: 0 },
        },
        heading2: {
          run: { font: FONT, size: 26, bold: true, color: '000000' },
          paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, outlineLevel: 1 },
        },
      },
    },
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '\u2022',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 720, hanging: 360 } } },
            },
          ],
        },
      ],
    },
    sections: [{ properties: { page: PAGE }, children }],
  })
}

/** The letter as a .docx file. */
export const renderDocx = (model: LetterModel): Promise<Buffer> => Packer.toBuffer(buildDocx(model))
