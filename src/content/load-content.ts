import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { z } from 'zod'
import { renderMarkdown } from './markdown.js'
import { parseYaml } from './parse-yaml.js'
import {
  areaFor,
  guidanceFrontMatterFor,
  NationalFile,
  type Area,
  type Citation,
  type NationalService,
} from './schema.js'

export interface GuidancePage {
  slug: string
  title: string
  summary: string
  order: number
  citations: Citation[]
  /** Extra words search should find the page by (front matter `keywords`). */
  keywords?: string[] | undefined
  html: string
  /** Plain text of the body, for search. */
  text: string
}

export interface Content {
  guidance: GuidancePage[]
  guidanceBySlug: Map<string, GuidancePage>
  areas: Map<string, Area>
  national: NationalService[]
}

export interface ContentProblem {
  /** Path relative to the content directory, e.g. "guidance/mediation.md". */
  file: string
  message: string
}

/** Every problem found in the content, so authors can fix them all in one go. */
export class ContentError extends Error {
  readonly problems: ContentProblem[]

  constructor(problems: ContentProblem[]) {
    const lines = problems.map((p) => `  ${p.file}: ${p.message}`)
    super(`Content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`)
    this.name = 'ContentError'
    this.problems = problems
  }
}

export const DEFAULT_CONTENT_DIR = fileURLToPath(new URL('../../content', import.meta.url))

const formatIssues = (error: z.ZodError): string[] =>
  error.issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')
    return `${path.replace(/^\./, '') || '(top level)'}: ${issue.message}`
  })

/** Lists a content folder's files, reporting anything that is not a `.ext` file. */
function listFiles(dir: string, folder: string, ext: string, problems: ContentProblem[]): string[] {
  const path = join(dir, folder)
  if (!existsSync(path) || !statSync(path).isDirectory()) {
    problems.push({ file: folder, message: 'folder is missing' })
    return []
  }
  return readdirSync(path, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .filter((entry) => {
      if (entry.isFile() && entry.name.endsWith(ext)) return true
      problems.push({ file: `${folder}/${entry.name}`, message: `unexpected entry: only ${ext} files belong here` })
      return false
    })
    .map((entry) => entry.name)
    .sort()
}

// Front matter is split by hand: the file starts with a "---" line and the YAML ends at the next one.
function splitFrontMatter(source: string): { yaml: string; body: string } | undefined {
  const lines = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n')
  if (lines[0]?.trimEnd() !== '---') return undefined
  const end = lines.findIndex((line, i) => i > 0 && line.trimEnd() === '---')
  if (end === -1) return undefined
  return { yaml: lines.slice(1, end).join('\n'), body: lines.slice(end + 1).join('\n') }
}

function loadGuidance(dir: string, problems: ContentProblem[]): GuidancePage[] {
  const pages: GuidancePage[] = []
  for (const name of listFiles(dir, 'guidance', '.md', problems)) {
    const file = `guidance/${name}`
    const report = (message: string) => problems.push({ file, message })
    const parts = splitFrontMatter(readFileSync(join(dir, file), 'utf8'))
    if (!parts) {
      report('must start with YAML front matter between two "---" lines')
      continue
    }
    // The YAML begins on line 2, after the opening "---".
    const yaml = parseYaml(parts.yaml, 2)
    yaml.problems.forEach(report)
    const rendered = renderMarkdown(parts.body)
    rendered.problems.forEach(report)
    if (parts.body.trim() === '') report('has no body text')
    if (!yaml.usable) continue
    const fm = guidanceFrontMatterFor(name.slice(0, -'.md'.length)).safeParse(yaml.value)
    if (!fm.success) {
      formatIssues(fm.error).forEach(report)
      continue
    }
    pages.push({ ...fm.data, html: rendered.html, text: rendered.text })
  }
  return pages
}

function loadAreas(dir: string, problems: ContentProblem[]) {
  const areas = new Map<string, Area>()
  let national: NationalService[] = []
  const names = listFiles(dir, 'areas', '.yaml', problems)
  if (!names.includes('national.yaml')) problems.push({ file: 'areas/national.yaml', message: 'file is missing' })
  for (const name of names) {
    const file = `areas/${name}`
    const report = (message: string) => problems.push({ file, message })
    const yaml = parseYaml(readFileSync(join(dir, file), 'utf8'))
    yaml.problems.forEach(report)
    if (!yaml.usable) continue
    const id = name.slice(0, -'.yaml'.length)
    if (id === 'national') {
      const parsed = NationalFile.safeParse(yaml.value)
      if (parsed.success) national = parsed.data.services
      else formatIssues(parsed.error).forEach(report)
      continue
    }
    const parsed = areaFor(id).safeParse(yaml.value)
    if (parsed.success) areas.set(parsed.data.id, parsed.data)
    else formatIssues(parsed.error).forEach(report)
  }
  return { areas, national }
}

/**
 * Reads, validates and renders all content once, at start-up. Nothing is returned unless
 * everything is valid: a ContentError lists every problem in every file.
 */
export function loadContent(dir: string = DEFAULT_CONTENT_DIR): Content {
  const problems: ContentProblem[] = []
  const guidance = loadGuidance(dir, problems).sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug))
  const { areas, national } = loadAreas(dir, problems)

  // Equal orders would make the page list depend on file names: make authors choose.
  const byOrder = new Map<number, string>()
  for (const page of guidance) {
    const other = byOrder.get(page.order)
    if (other) {
      problems.push({ file: `guidance/${page.slug}.md`, message: `order ${page.order} is also used by ${other}.md` })
    }
    byOrder.set(page.order, page.slug)
  }

  if (problems.length > 0) throw new ContentError(problems)
  return { guidance, guidanceBySlug: new Map(guidance.map((p) => [p.slug, p])), areas, national }
}
