import { fileTypeFromBuffer } from 'file-type'
import type { Db } from '../store/database.js'
import { newId } from '../store/ids.js'
import { ownedCase, touchOwnedCase } from './access.js'
import { recordAudit } from './audit.js'
import { LIMITS } from './limits.js'
import { changeCase, invalid, limitReached, NOT_FOUND, ok, type Deps, type Result } from './model.js'

/** What can be uploaded, decided by the file's content (its magic bytes), never by its name or the browser's say. */
export const DOCUMENT_TYPES = {
  'application/pdf': 'PDF',
  'image/png': 'PNG image',
  'image/jpeg': 'JPEG image',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word document (.docx)',
} as const
export type DocumentType = keyof typeof DOCUMENT_TYPES

export interface DocumentInfo {
  id: string
  name: string
  type: DocumentType
  size: number
  entryId: string | null
  createdAt: number
}

export interface DocumentFile extends DocumentInfo {
  content: Buffer
}

const isDocumentType = (mime: string): mime is DocumentType => mime in DOCUMENT_TYPES

/** A file name safe to store and to send back in a download: no folders, no control characters, not too long. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? ''
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim()
  return (cleaned || 'document').slice(-LIMITS.documentName)
}

/** Checks and stores an uploaded file in one transaction: it is all saved, or nothing is. */
export async function addDocument(
  { db, clock }: Deps,
  userId: string,
  caseId: string,
  file: { name: string; content: Uint8Array; entryId?: string | undefined },
): Promise<Result<DocumentInfo>> {
  if (file.content.byteLength === 0) return invalid([{ field: 'file', message: 'The selected file is empty' }])
  if (file.content.byteLength > LIMITS.documentBytes) return invalid([{ field: 'file', message: `The selected file must be smaller than ${LIMITS.documentBytes / 1024 / 1024} MB` }])
  const detected = await fileTypeFromBuffer(file.content)
  if (!detected || !isDocumentType(detected.mime)) {
    return invalid([{ field: 'file', message: 'The selected file must be a PDF, a PNG or JPEG image, or a Word document (.docx)' }])
  }
  const now = clock.now()
  const info: DocumentInfo = { id: newId(), name: cleanFileName(file.name), type: detected.mime, size: file.content.byteLength, entryId: file.entryId ?? null, createdAt: now }
  return changeCase(db, async (trx) => {
    if (!(await touchOwnedCase(trx, userId, caseId, now))) return NOT_FOUND
    if (info.entryId !== null && !(await trx.selectFrom('entries').select('id').where('id', '=', info.entryId).where('case_id', '=', caseId).executeTakeFirst())) {
      return invalid([{ field: 'entryId', message: 'There is no diary entry with that id in this case' }])
    }
    const { n } = await trx.selectFrom('documents').select((eb) => eb.fn.countAll().as('n')).where('case_id', '=', caseId).executeTakeFirstOrThrow()
    if (Number(n) >= LIMITS.documentsPerCase) return limitReached('file', `A case can hold up to ${LIMITS.documentsPerCase} documents`)
    await trx
      .insertInto('documents')
      .values({ id: info.id, case_id: caseId, entry_id: info.entryId, name: info.name, type: info.type, size: info.size, content: Buffer.from(file.content), created_by: userId, created_at: now })
      .execute()
    await recordAudit(trx, { userId, caseId, action: 'document.upload', detail: info.id, at: now })
    return ok(info)
  })
}

export async function listDocuments({ db }: Deps, userId: string, caseId: string): Promise<DocumentInfo[] | undefined> {
  if (!(await ownedCase(db, userId, caseId))) return undefined
  return documentsOfCase(db, caseId)
}

/** A case's documents without their bytes, oldest first. Only for callers that have already checked the case is the user's. */
export async function documentsOfCase(db: Db, caseId: string): Promise<DocumentInfo[]> {
  const rows = await db
    .selectFrom('documents')
    .select(['id', 'name', 'type', 'size', 'entry_id', 'created_at'])
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .orderBy('id')
    .execute()
  return rows.map((r) => ({ id: r.id, name: r.name, type: r.type as DocumentType, size: r.size, entryId: r.entry_id, createdAt: r.created_at }))
}

/** A document with its bytes, for download (logged), or undefined if it is not in one of the user's cases. */
export async function downloadDocument({ db, clock }: Deps, userId: string, caseId: string, documentId: string): Promise<DocumentFile | undefined> {
  if (!(await ownedCase(db, userId, caseId))) return undefined
  const r = await db.selectFrom('documents').selectAll().where('id', '=', documentId).where('case_id', '=', caseId).executeTakeFirst()
  if (!r) return undefined
  await recordAudit(db, { userId, caseId, action: 'document.download', detail: documentId, at: clock.now() })
  return { id: r.id, name: r.name, type: r.type as DocumentType, size: r.size, entryId: r.entry_id, createdAt: r.created_at, content: r.content }
}
