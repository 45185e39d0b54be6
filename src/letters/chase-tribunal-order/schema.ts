import { z } from 'zod'
import { common, isoDate, optionalText } from '../shared/fields.js'

/** How the appeal ended in the council's duty: a Tribunal order, or the council not opposing the appeal. */
export const ORDER_BASES = ['order', 'unopposed'] as const
export type OrderBasis = (typeof ORDER_BASES)[number]

/** What the council must do: the engine's orders, less ceasing a plan, which a family never chases. */
export const CHASED_ORDERS = ['assess', 'make-plan', 'amend-plan', 'name-school', 'continue-plan'] as const
export type ChasedOrder = (typeof CHASED_ORDERS)[number]

export const chaseTribunalOrderSchema = z.strictObject({
  ...common,
  basis: z.enum(ORDER_BASES, {
    error: 'Select whether the Tribunal made an order or the council did not oppose your appeal',
  }),
  order: z.enum(CHASED_ORDERS, { error: 'Select what the council must do' }),
  startedOn: isoDate("the date of the Tribunal's order, or the date the council told the Tribunal it would not oppose the appeal"),
  referenceNumber: optionalText({ noun: 'the reference number', max: 50 }),
})

export type ChaseTribunalOrderFields = z.output<typeof chaseTribunalOrderSchema>
