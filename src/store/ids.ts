import { createHash, randomBytes, randomUUID } from 'node:crypto'

/** Row ids are random UUIDs: never sequential, so an id says nothing about how many others exist. */
export const newId = (): string => randomUUID()

/** A secret for a link or a bearer token: 32 random bytes, URL-safe. Only its hash is stored. */
export const newSecret = (): string => randomBytes(32).toString('base64url')

/** Secrets are stored as SHA-256 hashes, so a copy of the database cannot be used to sign in or follow a link. */
export const hashSecret = (secret: string): string => createHash('sha256').update(secret, 'utf8').digest('hex')
