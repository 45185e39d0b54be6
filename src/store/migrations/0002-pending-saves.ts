import type { Kysely, Migration } from 'kysely'

// "Save to my case" from the plan or a letter, begun before signing in: what is to be saved waits here, for a
// short while, under the hash of a secret that only the visitor's browser holds (a cookie). Nothing else in the
// row says who it belongs to; it is claimed by whoever signs in with that cookie, and removed once saved.
export const pendingSaves: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('pending_saves')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('payload', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .execute()
    await db.schema.createIndex('pending_saves_expires').on('pending_saves').column('expires_at').execute()
  },
}
