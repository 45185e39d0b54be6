import { sql, type Kysely, type Migration } from 'kysely'
import type { DialectName } from '../dialect.js'

// The first schema: accounts, sessions and the case record. Forward-only: a later change is a new migration.
// Column types are the ones both SQLite and PostgreSQL accept; only the bytes column differs by name.
export const accountsAndCases = (dialect: DialectName): Migration => ({
  async up(db: Kysely<unknown>) {
    const bytes = dialect === 'postgres' ? 'bytea' : 'blob'
    await db.schema
      .createTable('users')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('email', 'text', (c) => c.notNull().unique())
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('family', 'adviser', 'manager', 'admin')`))
      .addColumn('areas', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('verified_at', 'bigint')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute()

    await db.schema
      .createTable('tokens')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('purpose', 'text', (c) => c.notNull().check(sql`purpose in ('verify-email', 'reset-password')`))
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .addColumn('used_at', 'bigint')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute()
    await db.schema.createIndex('tokens_user').on('tokens').column('user_id').execute()

    await db.schema
      .createTable('sessions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('web', 'api')`))
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .execute()
    await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute()

    await db.schema
      .createTable('sign_in_attempts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('throttle_key', 'text', (c) => c.notNull())
      .addColumn('at', 'bigint', (c) => c.notNull())
      .execute()
    await db.schema.createIndex('sign_in_attempts_key_at').on('sign_in_attempts').columns(['throttle_key', 'at']).execute()

    await db.schema
      .createTable('cases')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('child_name', 'text', (c) => c.notNull())
      .addColumn('date_of_birth', 'text')
      .addColumn('school', 'text')
      .addColumn('area', 'text', (c) => c.notNull())
      .addColumn('has_plan', 'integer')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute()
    await db.schema.createIndex('cases_owner').on('cases').columns(['owner_id', 'created_at']).execute()

    const entryColumns = <T extends Parameters<typeof db.schema.createTable>[0]>(name: T) =>
      db.schema
        .createTable(name)
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('date', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('summary', 'text', (c) => c.notNull())
        .addColumn('people', 'text')
        .addColumn('promised_what', 'text')
        .addColumn('promised_by', 'text')
    await entryColumns('entries')
      .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute()
    await db.schema.createIndex('entries_case_date').on('entries').columns(['case_id', 'date', 'created_at']).execute()
    await entryColumns('entry_versions')
      .addColumn('entry_id', 'text', (c) => c.notNull().references('entries.id').onDelete('cascade'))
      .addColumn('edited_by', 'text', (c) => c.notNull())
      .addColumn('edited_at', 'bigint', (c) => c.notNull())
      .addUniqueConstraint('entry_versions_entry_version', ['entry_id', 'version'])
      .execute()

    await db.schema
      .createTable('decisions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
      .addColumn('request', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute()
    await db.schema.createIndex('decisions_case').on('decisions').columns(['case_id', 'created_at']).execute()

    await db.schema
      .createTable('documents')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
      .addColumn('entry_id', 'text', (c) => c.references('entries.id').onDelete('set null'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('size', 'integer', (c) => c.notNull())
      .addColumn('content', bytes, (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute()
    await db.schema.createIndex('documents_case').on('documents').columns(['case_id', 'created_at']).execute()

    await db.schema
      .createTable('audit_log')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('case_id', 'text', (c) => c.references('cases.id').onDelete('cascade'))
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('detail', 'text')
      .addColumn('at', 'bigint', (c) => c.notNull())
      .execute()
    await db.schema.createIndex('audit_log_case_at').on('audit_log').columns(['case_id', 'at']).execute()
    await db.schema.createIndex('audit_log_user').on('audit_log').column('user_id').execute()
    // Append-only: no row is ever changed. Rows go only with the account or case they belong to.
    if (dialect === 'postgres') {
      await sql`create function audit_log_append_only() returns trigger language plpgsql as $$
        begin raise exception 'audit_log is append-only'; end $$`.execute(db)
      await sql`create trigger audit_log_no_update before update on audit_log for each row execute function audit_log_append_only()`.execute(db)
    } else {
      await sql`create trigger audit_log_no_update before update on audit_log begin select raise(abort, 'audit_log is append-only'); end`.execute(db)
    }

    await db.schema
      .createTable('reminders')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('decision_id', 'text', (c) => c.notNull().references('decisions.id').onDelete('cascade'))
      .addColumn('milestone_id', 'text', (c) => c.notNull())
      .addColumn('milestone_date', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('4w', '1w', '1d')`))
      .addColumn('sent_to', 'text', (c) => c.notNull())
      .addColumn('sent_at', 'bigint', (c) => c.notNull())
      .addUniqueConstraint('reminders_once', ['decision_id', 'milestone_id', 'kind'])
      .execute()

    await db.schema
      .createTable('calendar_feeds')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('revoked_at', 'bigint')
      .execute()
    await db.schema.createIndex('calendar_feeds_case').on('calendar_feeds').column('case_id').execute()
  },
})
