import { LineCounter, parseDocument } from 'yaml'

export interface ParsedYaml {
  value: unknown
  /** False when the YAML is too broken to validate further. */
  usable: boolean
  problems: string[]
}

/**
 * Parses with the YAML 1.2 core schema, so a bare 2026-01-01 stays a string (no time-zone
 * surprises) and a repeated key is an error rather than a silent overwrite.
 * `firstLine` is where this YAML starts in its file, so line numbers match what authors see.
 */
export function parseYaml(source: string, firstLine = 1): ParsedYaml {
  const lineCounter = new LineCounter()
  const doc = parseDocument(source, { uniqueKeys: true, prettyErrors: false, lineCounter })
  const at = (pos: number) => `line ${lineCounter.linePos(pos).line + firstLine - 1}`
  const problems = [...doc.errors, ...doc.warnings].map((e) => {
    const what = e.code === 'DUPLICATE_KEY' ? 'duplicate key (each key may appear only once)' : e.message.split('\n')[0]
    return `YAML ${at(e.pos[0])}: ${what}`
  })
  // A duplicate key still leaves a well-formed document, so carry on and report schema problems too.
  const usable = doc.errors.every((e) => e.code === 'DUPLICATE_KEY')
  if (!usable) return { value: undefined, usable, problems }
  try {
    return { value: doc.toJS({ maxAliasCount: 20 }), usable, problems }
  } catch (error) {
    return { value: undefined, usable: false, problems: [...problems, `YAML: ${(error as Error).message}`] }
  }
}
