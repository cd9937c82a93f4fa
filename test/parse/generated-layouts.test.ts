/**
 * Every layout combination the benchmark's generator writes (bench/generate-extracts.ts:
 * list × count × proxy styles, headings and votes in turn) is read without an
 * error finding. The generator writes consistent documents (declared counts
 * equal to the lists, tallies equal to the voters), so an error finding is
 * a parser miss — as it was when « Présents : (6) » followed by a
 * « PRÉSENTS : » list lost all but its last name.
 */
import { describe, expect, it } from 'vitest';
import { COUNT_STYLES, generateExtract, HEADING_STYLES, LIST_STYLES, PROXY_STYLES, VOTE_STYLES } from '../../bench/generate-extracts.ts';
import { checkDocument } from '../../src/check/index.ts';
import { parseText } from '../../src/parse/index.ts';

describe('generated extracts in every layout', () => {
  it('read with the declared present count listed and no error finding', () => {
    const misses: string[] = [];
    let n = 0;
    for (const list of LIST_STYLES)
      for (const counts of COUNT_STYLES)
        for (const proxy of PROXY_STYLES) {
          const heading = HEADING_STYLES[n % HEADING_STYLES.length]!;
          const vote = VOTE_STYLES[n % VOTE_STYLES.length]!;
          const doc = generateExtract(1000 + n, { names: 9 + (n % 23), items: 2, layout: { list, counts, proxy, heading, vote, wordsPreamble: n % 2 === 0 } });
          n++;
          const parsed = parseText(doc.text);
          const errors = checkDocument(parsed, { text: doc.text }).filter((f) => f.severity === 'error');
          const present = parsed.session.attendance.present?.length ?? 0;
          if (errors.length || present === 0) misses.push(`${list}/${counts}/${proxy}: ${present} present, ${errors.map((f) => f.code).join(', ')}`);
        }
    expect(n).toBe(LIST_STYLES.length * COUNT_STYLES.length * PROXY_STYLES.length);
    expect(misses).toEqual([]);
  });
});
