// The plan's district form a round leaves out, said where the officer acts first: the example commune's plan names
// «Giấy khen của Chủ tịch UBND huyện» (KH Ta Ma 6/2023, mục IV.1) for a round scored after the district level ended
// (01/07/2025). `thidua papers` said so; `thidua score` — its words and «Đề xuất khen thưởng» of
// tong-hop.xlsx, where the council reads the lists it votes on — said nothing, the form gone from every list in silence.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDateVi, officerDay } from '../../core/values.js';
import type { Run } from '../cli/helpers.js';
import { scoredCommune } from '../council/example-commune.js';

/** The line `thidua papers` gives for the example's district form. */
const DISTRICT =
  `Kế hoạch nêu hình thức «Giấy khen của Chủ tịch UBND huyện» (KH Ta Ma 6/2023, mục IV.1); đợt xét được chấm ngày ${formatDateVi(officerDay())}, khi đã không còn cấp huyện (từ ngày 01/07/2025): thidua không xét hình thức này, giấy tờ không đề nghị. Hội đồng đề nghị hình thức nào thay thì ghi vào bộ tiêu chí, chấm và chốt lại.`;

/** The text cells of a sheet (argv 2) of a workbook (argv 1), read by openpyxl, as JSON: a long line is written over rows, cut at a space. */
const TEXTS = `
import openpyxl, sys, json
ws = openpyxl.load_workbook(sys.argv[1])[sys.argv[2]]
print(json.dumps([c for r in ws.iter_rows(values_only=True) for c in r if isinstance(c, str)]))
`;

describe('the example commune’s district form, left out of its round, said by `thidua score`', () => {
  let run: Run;
  let proposals: string;

  beforeAll(async () => {
    const scored = await scoredCommune();
    run = scored.run;
    proposals = (JSON.parse(execFileSync('/usr/bin/python3', ['-c', TEXTS, join(scored.dir, 'kq', 'tong-hop.xlsx'), 'Đề xuất khen thưởng'], { encoding: 'utf8' })) as string[]).join(' ');
  }, 300_000);

  it('in its words, as `thidua papers` says it', () => {
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Lưu ý: ${DISTRICT}`);
  });

  it('on «Đề xuất khen thưởng», above the lists the council votes on', () => {
    expect(proposals).toContain(DISTRICT);
  });
});

// Made for the meeting pack's gap (a): the district form the papers named as left out was never named by the scoring the
// council reads first.
