/**
 * The SIREN in the ACTES identifiers of a body's acts ("ID : 021-242100410-
 * 20240328-…-DE") is the body's: one value across its stamps, and a valid
 * SIREN (Luhn key). A stamp that disagrees with the body's usual SIREN, or
 * whose SIREN is not valid, is a warning on its document.
 */
import type { ActesStamp } from '../../../domain/index.ts';
import { luhnValid } from '../../../export/identifiers.ts';
import type { SessionDocument, SessionRule } from '../types.ts';

export const actesSirenOfBody: SessionRule = {
  name: 'actes-siren',
  description: 'Les tampons ACTES d’un organe portent tous son SIREN (un SIREN valide).',
  level: 'body',
  check(body, report) {
    const stamps: Array<{ doc: SessionDocument; stamp: ActesStamp; index: number }> = [];
    for (const s of body.sessions) {
      for (const doc of s.documents) {
        for (const d of doc.parsed.deliberations) if (d.actes?.siren) stamps.push({ doc, stamp: d.actes, index: d.index });
      }
    }
    const counts = new Map<string, number>();
    for (const s of stamps) counts.set(s.stamp.siren!, (counts.get(s.stamp.siren!) ?? 0) + 1);
    let usual: string | null = null;
    for (const s of stamps) if (usual === null || counts.get(s.stamp.siren!)! > counts.get(usual)!) usual = s.stamp.siren!;
    for (const s of stamps) {
      const siren = s.stamp.siren!;
      const invalid = !luhnValid(siren);
      if (siren === usual && !invalid) continue;
      report(s.doc, {
        code: 'ACTES_SIREN_MISMATCH',
        severity: 'warning',
        message: invalid
          ? `L’identifiant ACTES ${s.stamp.id} porte le SIREN ${siren}, qui n’est pas un SIREN valide (clé de contrôle).`
          : `L’identifiant ACTES ${s.stamp.id} porte le SIREN ${siren}, les autres actes de ${body.body} le SIREN ${usual}.`,
        spans: [s.stamp.span],
        expected: invalid ? 'SIREN valide' : usual,
        actual: siren,
        deliberation: s.index,
      });
    }
  },
};
