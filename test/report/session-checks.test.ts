/**
 * The session rulebook (src/check/session/) on documents made by the real
 * pipeline from fixtures/report/ (invented councils), and on variants of
 * those texts that trigger or explain each rule.
 */
import { describe, expect, it } from 'vitest';
import { checkSessions, type SessionFinding } from '../../src/check/session/index.ts';
import type { ProcessedDocument } from '../../src/domain/index.ts';
import { fixtureTexts, processTexts } from './fixture-store.ts';

type Texts = Array<{ name: string; text: string }>;

function edit(texts: Texts, name: string, f: (t: string) => string): Texts {
  let hit = false;
  const out = texts.map((t) => {
    if (t.name !== name) return t;
    hit = true;
    const text = f(t.text);
    if (text === t.text) throw new Error(`edit of ${name} changed nothing`);
    return { name, text };
  });
  if (!hit) throw new Error(`no fixture ${name}`);
  return out;
}

async function run(texts: Texts): Promise<{ docs: ProcessedDocument[]; found: Array<SessionFinding & { file: string }> }> {
  const docs = await processTexts(texts);
  const found = checkSessions(docs).map((s) => ({ ...s, file: docs.find((d) => d.id === s.document_id)!.file }));
  return { docs, found };
}

const codes = (found: Array<{ file: string; finding: { code: string } }>) => found.map((f) => `${f.file}:${f.finding.code}`).sort();

describe('session checks on the report fixtures', () => {
  it('finds the attendance change, the renewed proxy and the unexplained office count, and nothing else', async () => {
    const { found } = await run(fixtureTexts());
    expect(codes(found)).toEqual([
      'breval-cm-2024-03-28-n12.txt:ATTENDANCE_CHANGED',
      'breval-cm-2024-04-25.txt:PROXY_RENEWED',
      'breval-cm-2024-05-30.txt:OFFICE_COUNT_CHANGED',
    ]);
    const change = found.find((f) => f.finding.code === 'ATTENDANCE_CHANGED')!;
    expect(change).toMatchObject({ level: 'session', finding: { severity: 'warning', deliberation: 0, rule: 'session-attendance-change', actual: 'présent → absent' } });
    expect(change.finding.message).toContain('Gaël PRIOUX est présent(e) pour n° 2024-011 et absent(e) ou excusé(e) pour n° 2024-012');
    expect(change.finding.evidence).toEqual([{ line: 18, text: 'Absents excusés : M. Gaël PRIOUX' }]);
    const proxy = found.find((f) => f.finding.code === 'PROXY_RENEWED')!;
    expect(proxy).toMatchObject({ level: 'body', finding: { severity: 'warning', actual: 4, expected: '≤ 3 séances consécutives' } });
    expect(proxy.finding.message).toContain('2024-01-18, 2024-02-22, 2024-03-28, 2024-04-25');
    expect(proxy.finding.message).toContain('L2121-20');
    expect(proxy.finding.evidence[0]!.text).toBe('Mme Hélène ROCHAS pouvoir à M. Yvon TESTARD');
    const office = found.find((f) => f.finding.code === 'OFFICE_COUNT_CHANGED')!;
    expect(office.finding).toMatchObject({ severity: 'warning', expected: 15, actual: 14, evidence: [{ line: 10, text: 'Nombre de membres en exercice : 14' }] });
  });

  it('accepts a change of attendance when the departure is written', async () => {
    const texts = edit(fixtureTexts(), 'breval-cm-2024-03-28-n12.txt', (t) => t.replace('Absents excusés : M. Gaël PRIOUX', 'Absents excusés : M. Gaël PRIOUX (M. Gaël PRIOUX a quitté la séance après le point 2024-011)'));
    expect(codes((await run(texts)).found)).not.toContain('breval-cm-2024-03-28-n12.txt:ATTENDANCE_CHANGED');
  });

  it('accepts a change of the members in office when a resignation is written', async () => {
    const texts = edit(fixtureTexts(), 'breval-cm-2024-05-30.txt', (t) => t.replace('Nombre de membres en exercice : 14', 'Nombre de membres en exercice : 14 (démission de Mme Rosine LAVERGNE)'));
    expect(codes((await run(texts)).found)).not.toContain('breval-cm-2024-05-30.txt:OFFICE_COUNT_CHANGED');
  });

  it('accepts a change of the members in office across a general municipal election', async () => {
    const texts = edit(fixtureTexts(), 'breval-cm-2024-05-30.txt', (t) =>
      t.replace('Séance du jeudi 30 mai 2024', 'Séance du jeudi 26 mars 2026').replace('Date de convocation : 23 mai 2024', 'Date de convocation : 19 mars 2026').replace("L'an deux mille vingt-quatre, le trente mai", "L'an deux mille vingt-six, le vingt-six mars"),
    );
    const { docs, found } = await run(texts);
    expect(docs.find((d) => d.file === 'breval-cm-2024-05-30.txt')!.parsed!.session.date).toBe('2026-03-26');
    expect(codes(found)).not.toContain('breval-cm-2024-05-30.txt:OFFICE_COUNT_CHANGED');
  });

  it('does not warn for a proxy used in three consecutive sessions only', async () => {
    const texts = edit(fixtureTexts(), 'breval-cm-2024-04-25.txt', (t) => t.replace('Mme Hélène ROCHAS pouvoir à M. Yvon TESTARD', 'Mme Hélène ROCHAS pouvoir à M. Firmin AUBERTOT'));
    expect(codes((await run(texts)).found).filter((c) => c.endsWith('PROXY_RENEWED'))).toEqual([]);
  });

  it('reports members in office that differ between the items of one session (ROSTER_CHANGED)', async () => {
    const texts = edit(fixtureTexts(), 'breval-cm-2024-03-28-n12.txt', (t) => t.replace('Nombre de membres en exercice : 15', 'Nombre de membres en exercice : 16'));
    const { found } = await run(texts);
    const roster = found.filter((f) => f.finding.code === 'ROSTER_CHANGED');
    expect(roster).toHaveLength(1);
    expect(roster[0]).toMatchObject({ file: 'breval-cm-2024-03-28-n12.txt', finding: { severity: 'error', expected: 15, actual: 16 } });
  });

  it('checks the quorum of an extract with the members in office the other extracts of the session state', async () => {
    const texts = edit(fixtureTexts(), 'breval-cm-2024-03-28-n12.txt', (t) =>
      t.replace('Nombre de membres en exercice : 15\n', '').replace('Présents : 13 – Procurations : 1 – Votants : 14', 'Présents : 6 – Procurations : 1 – Votants : 7'),
    );
    const { docs, found } = await run(texts);
    const n12 = docs.find((d) => d.file === 'breval-cm-2024-03-28-n12.txt')!;
    expect(n12.findings.map((f) => f.code)).not.toContain('QUORUM_NOT_MET'); // the extract alone cannot tell
    const q = found.filter((f) => f.finding.code === 'QUORUM_NOT_MET');
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ file: 'breval-cm-2024-03-28-n12.txt', finding: { severity: 'error', rule: 'session-quorum', actual: 6, expected: '≥ 8' } });
    expect(q[0]!.finding.message).toContain('nombre déclaré par les autres extraits');
  });

  it('reports an ACTES stamp whose SIREN is not the body’s, or not a valid SIREN', async () => {
    const stamp = (d: string, siren: string) => `\nEnvoyé en préfecture le ${d}\nReçu en préfecture le ${d}\nID : 099-${siren}-${d.split('/').reverse().join('')}-DCM-DE\n`;
    let texts = edit(fixtureTexts(), 'breval-cm-2024-01-18.txt', (t) => t.replace('Vote : Pour : 14 – Contre : 0 – Abstention : 0\n', `Vote : Pour : 14 – Contre : 0 – Abstention : 0\n${stamp('18/01/2024', '219990017')}`));
    texts = edit(texts, 'breval-cm-2024-02-22.txt', (t) => t.replace('Adopté à l\'unanimité.\n', `Adopté à l'unanimité.\n${stamp('22/02/2024', '219990017')}`));
    const other = edit(texts, 'breval-cm-2024-04-25.txt', (t) => t.replace('099-219990017-20240425', '099-249990029-20240425'));
    const mismatch = (await run(other)).found.filter((f) => f.finding.code === 'ACTES_SIREN_MISMATCH');
    expect(mismatch.map((f) => [f.file, f.finding.actual, f.finding.expected])).toEqual([['breval-cm-2024-04-25.txt', '249990029', '219990017']]);
    const invalid = edit(texts, 'breval-cm-2024-04-25.txt', (t) => t.replace('099-219990017-20240425', '099-219990018-20240425'));
    const bad = (await run(invalid)).found.filter((f) => f.finding.code === 'ACTES_SIREN_MISMATCH');
    expect(bad).toHaveLength(1);
    expect(bad[0]!.finding.message).toContain('n’est pas un SIREN valide');
  });
});

describe('bodies named only « Conseil municipal de la commune »', () => {
  const doc = (commune: string, office: number, wrap: boolean) =>
    [
      `COMMUNE DE ${commune.toUpperCase()}`,
      'Séance du mardi 27 juin 2017',
      wrap ? `Le vingt-sept juin deux mille dix-sept, le Conseil municipal de la commune de\n${commune}, légalement convoqué, s'est réuni en mairie.` : "Le vingt-sept juin deux mille dix-sept, le Conseil municipal de la commune s'est réuni en mairie.",
      `Conseillers en exercice : ${office} – Présents : 5 – Votants : 5`,
      'Présents : Anne ARNAL, Paul BRUN, Luc COSTE, Marc DURAND, Rose ESCOT.',
      '',
      'Délibération n° 2017-31 – Tarifs',
      'Le conseil municipal, à l’unanimité, fixe les tarifs.',
    ].join('\n');

  it('reads the name wrapped after « de » at a line end', async () => {
    const { docs } = await run([{ name: 'a.txt', text: doc('Trébérien-sur-Aulne', 7, true) }]);
    expect(docs[0]!.parsed!.session.body.name).toBe('Conseil municipal de la commune de Trébérien-sur-Aulne');
  });

  it('groups no two communes of the same day into one session when neither is named', async () => {
    const { found } = await run([
      { name: 'a.txt', text: doc('Trébérien-sur-Aulne', 7, false) },
      { name: 'b.txt', text: doc('Lannédern-le-Bas', 9, false) },
    ]);
    expect(codes(found)).toEqual([]);
  });
});
