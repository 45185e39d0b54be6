// Helpers for writing throwaway content folders in tests.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

export function writeContentDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sendpath-content-'))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}

export const validPage = (slug: string, order: number, body = 'Some plain words about this route.') => `---
title: A page about ${slug}
slug: ${slug}
summary: One short sentence about ${slug}.
order: ${order}
citations:
  - source: CFA 2014
    ref: s.51
    grade: P
---

## What is it?

${body}
`

export const validArea = (id: string) => `id: ${id}
name: ${id[0]?.toUpperCase()}${id.slice(1)}
localAuthority: ${id} Council
sendiass:
  name: Test SENDIASS
  address: 1 High Street, Town, AB1 2CD
  phone: '0800 012 9066'
  email: test@example.org.uk
  website: https://example.org.uk
  opening: Phone for opening times
localOffer:
  name: Test Local Offer
  website: https://example.org.uk/local-offer
senTeam:
  name: Test SEN Team
mediation:
  name: Test mediation
  description: Ask the SEN team for contact details.
disagreementResolution:
  name: Test disagreement resolution
  description: Ask the SEN team for contact details.
complaints:
  council:
    name: Test complaints
`

export const validNational = `services:
  - id: ipsea
    name: IPSEA
    description: Free legal advice.
    website: https://www.ipsea.org.uk
`
