import type { ParsedDirective } from './types';

/** The CLI contract: exactly the keys of `seeds/tb-vkstc-2021-07-20.expected.json`. */
export function toContractJson(d: ParsedDirective) {
  return {
    doc_number: d.doc_number,
    doc_type: d.doc_type,
    title: d.title,
    issued_on: d.issued_on,
    issued_at_place: d.issued_at_place,
    issuer: d.issuer,
    signer: d.signer,
    references: d.references,
    tasks: d.tasks.map((t) => ({
      item: t.item,
      lead_units: t.lead_units,
      coordinating_units: t.coordinating_units,
      due: t.due,
      due_phrase: t.due_phrase,
      recurrence: t.recurrence,
      summary: t.summary,
    })),
    recipients: d.recipients,
  };
}
