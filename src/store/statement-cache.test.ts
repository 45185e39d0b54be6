import { test } from 'node:test'
import assert from 'node:assert/strict'
import SQLite from 'better-sqlite3'
import { withStatementCache } from './statement-cache.js'

const open = (max?: number) => {
  const raw = new SQLite(':memory:')
  raw.exec('create table t (id integer primary key, name text)')
  raw.exec("insert into t (name) values ('a'), ('b'), ('c')")
  return { raw, db: withStatementCache(raw, max) }
}

test('the same SQL gets the same prepared statement back, and each run binds its own parameters', () => {
  const { db } = open()
  const sql = 'select name from t where id = ?'
  const first = db.prepare(sql)
  assert.equal(db.prepare(sql), first)
  assert.deepEqual(first.all([1]), [{ name: 'a' }])
  assert.deepEqual(db.prepare(sql).all([3]), [{ name: 'c' }])
  assert.notEqual(db.prepare('select name from t where id > ?'), first)
})

test('a statement still iterating is never handed out twice', () => {
  const { db } = open()
  const sql = 'select name from t order by id'
  const rows = db.prepare(sql).iterate([])
  assert.deepEqual(rows.next().value, { name: 'a' })
  const other = db.prepare(sql)
  assert.deepEqual(other.all([]), [{ name: 'a' }, { name: 'b' }, { name: 'c' }], 'a fresh statement, while the first is mid-way')
  assert.deepEqual([...rows], [{ name: 'b' }, { name: 'c' }])
})

test('a statement kept from before a schema change sees the new schema', () => {
  const { raw, db } = open()
  const sql = 'select * from t where id = ?'
  assert.deepEqual(db.prepare(sql).all([1]), [{ id: 1, name: 'a' }])
  raw.exec("alter table t add column kind text not null default 'x'")
  assert.deepEqual(db.prepare(sql).all([1]), [{ id: 1, name: 'a', kind: 'x' }])
})

test('only the most recently used statements are kept', () => {
  const { db } = open(2)
  const a = db.prepare('select 1')
  const b = db.prepare('select 2')
  assert.equal(db.prepare('select 1'), a, 'used again: now the most recent')
  db.prepare('select 3') // pushes out "select 2", the least recently used
  assert.equal(db.prepare('select 1'), a)
  assert.notEqual(db.prepare('select 2'), b)
})

test('writes go through kept statements too', () => {
  const { db } = open()
  const insert = 'insert into t (name) values (?)'
  db.prepare(insert).run(['d'])
  db.prepare(insert).run(['e'])
  assert.deepEqual(db.prepare('select count(*) as n from t').all([]), [{ n: 5 }])
})
